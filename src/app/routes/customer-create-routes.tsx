import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { WizardSearch } from '@/shared/wizard/wizard-search';
import { requirePermission } from './guards';
import { customersRoute } from './org-routes';

/**
 * The wizard's step, and after a 202 the customer being followed (`?customerId=`): the
 * page then shows the provisioning tracker, and a reload keeps following it.
 */
export const CustomerCreateSearch = z.extend(WizardSearch, {
  customerId: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(512))), undefined),
});

/**
 * `/o/$orgId/customers/new`. A static segment, so the router ranks it above the sibling
 * `$customerId` route: "new" never opens a customer's page.
 */
export const customerCreateRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: 'new',
  staticData: { crumb: 'New customer' },
  validateSearch: CustomerCreateSearch,
  beforeLoad: requirePermission('create', 'customer'),
  component: lazyRouteComponent(
    () => import('@/features/customer-create/components/customer-create-page'),
    'CustomerCreatePage',
  ),
});
