import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import {
  DIRECTORY_DEFAULTS,
  DirectorySearch,
  PROVIDER_DEFAULTS,
  ProviderSearch,
} from '@/features/indirect-providers/lib/directory-search';
import { createOrgApi } from '@/shared/api/org-api';
import { indirectProvidersRoute } from './org-routes';

/** `/o/$orgId/indirect-providers`: the directory of the partner's sub-partners, its table state in the URL. */
export const indirectProvidersIndexRoute = createRoute({
  getParentRoute: () => indirectProvidersRoute,
  path: '/',
  validateSearch: DirectorySearch,
  search: { middlewares: [stripSearchParams(DIRECTORY_DEFAULTS)] },
  component: lazyRouteComponent(
    () => import('@/features/indirect-providers/components/indirect-providers-page'),
    'IndirectProvidersPage',
  ),
});

/**
 * `/o/$orgId/indirect-providers/$subPartnerId`: one sub-partner, its customers (searched
 * explicitly), templates and billing reports. The loader names the breadcrumb after it; a
 * failure leaves the generic crumb and the page shows why (not found for anyone else's org).
 */
export const indirectProviderRoute = createRoute({
  getParentRoute: () => indirectProvidersRoute,
  path: '$subPartnerId',
  staticData: { crumb: 'Indirect provider' },
  validateSearch: ProviderSearch,
  search: { middlewares: [stripSearchParams(PROVIDER_DEFAULTS)] },
  loader: async ({ context, params }) => {
    const { subPartnerEntryQueryOptions } = await import('@/shared/api/sub-partners');
    const api = createOrgApi(context.client, { orgId: context.actingOrg.id, subPartnerOrgId: null });
    try {
      const entry = await context.queryClient.ensureQueryData(subPartnerEntryQueryOptions(api, params.subPartnerId));
      return { crumb: entry.name };
    } catch {
      return { crumb: undefined };
    }
  },
  component: lazyRouteComponent(
    () => import('@/features/indirect-providers/components/indirect-provider-page'),
    'IndirectProviderPage',
  ),
});
