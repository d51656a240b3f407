import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { WizardSearch } from '@/shared/wizard/wizard-search';
import { requirePermission } from './guards';
import { customersRoute } from './org-routes';

/** `/customers/$customerId/setup`: the set-up wizard (locations, users, numbers) and its run. */
export const customerSetupRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: '$customerId/setup',
  staticData: { crumb: 'Set up users' },
  validateSearch: WizardSearch,
  beforeLoad: requirePermission('create', 'user'),
  component: lazyRouteComponent(() => import('@/features/users/setup/customer-setup-page'), 'CustomerSetupPage'),
});

/** `/customers/$customerId/import`: bulk user import from a CSV file and its run. */
export const customerImportRoute = createRoute({
  getParentRoute: () => customersRoute,
  path: '$customerId/import',
  staticData: { crumb: 'Import users' },
  beforeLoad: requirePermission('create', 'user'),
  component: lazyRouteComponent(() => import('@/features/users/import/user-import-page'), 'UserImportPage'),
});
