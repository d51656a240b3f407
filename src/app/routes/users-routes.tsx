import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import { USERS_SEARCH_DEFAULTS, UsersSearch } from '@/features/users/list/lib/users-search';
import { createOrgApi } from '@/shared/api/org-api';
import { usersRoute } from './org-routes';

/** `/o/$orgId/users`: every user of the partner (or of one customer), its table state in the URL. */
export const usersIndexRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '/',
  validateSearch: UsersSearch,
  // Defaults stay out of the address, so links and redirects back to the list stay short and stable.
  search: { middlewares: [stripSearchParams(USERS_SEARCH_DEFAULTS)] },
  component: lazyRouteComponent(() => import('@/features/users/list/components/users-page'), 'UsersPage'),
});

/**
 * `/o/$orgId/users/$subscriberId`. The loader names the breadcrumb after the user's e-mail
 * (and so warms the cache the page reads); the module is loaded on demand, so the
 * wholesale contract stays out of the entry chunk.
 */
export const userDetailRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$subscriberId',
  staticData: { crumb: 'User' },
  loader: async ({ context, params }) => {
    const { userCrumb } = await import('@/features/users/list/api/user-crumb');
    const { actingOrg } = context;
    const api = createOrgApi(context.client, { orgId: actingOrg.id, subPartnerOrgId: actingOrg.subPartnerOrgId });
    return { crumb: await userCrumb(context.queryClient, api, params.subscriberId) };
  },
  component: lazyRouteComponent(() => import('@/features/users/list/components/user-page'), 'UserPage'),
});
