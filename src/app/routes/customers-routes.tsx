import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { CustomersSearch } from '@/features/customers/lib/customers-search';
import { createOrgApi } from '@/shared/api/org-api';
import { customersRoute } from './org-routes';

/** `/o/$orgId/customers`: the list, its table state in the URL. */
export const customersIndexRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: '/',
  validateSearch: CustomersSearch,
  component: lazyRouteComponent(() => import('@/features/customers/components/customers-page'), 'CustomersPage'),
});

/**
 * `/o/$orgId/customers/$customerId`. The loader names the breadcrumb after the customer
 * (and so warms the cache the page reads); the customer module is loaded on demand, so
 * the wholesale contract stays out of the entry chunk.
 */
export const customerDetailRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: '$customerId',
  staticData: { crumb: 'Customer' },
  loader: async ({ context, params }) => {
    const { customerCrumb } = await import('@/features/customers/api/customer-crumb');
    const { actingOrg } = context;
    const api = createOrgApi(context.client, { orgId: actingOrg.id, subPartnerOrgId: actingOrg.subPartnerOrgId });
    return { crumb: await customerCrumb(context.queryClient, api, params.customerId) };
  },
  component: lazyRouteComponent(
    () => import('@/features/customers/components/customer-detail-page'),
    'CustomerDetailPage',
  ),
});
