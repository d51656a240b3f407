import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { ReportsSearch } from '@/features/billing/reports/lib/reports-search';
import { WizardSearch } from '@/shared/wizard/wizard-search';
import { requirePermission } from './guards';
import { billingRoute } from './org-routes';

/** `/o/$orgId/billing`: the reports list, its filters, sort and page in the URL. */
export const billingIndexRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: '/',
  validateSearch: ReportsSearch,
  component: lazyRouteComponent(() => import('@/features/billing/reports/components/reports-page'), 'ReportsPage'),
});

export const billingNewRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'new',
  staticData: { crumb: 'New report' },
  validateSearch: WizardSearch,
  beforeLoad: requirePermission('create', 'billing-report'),
  component: lazyRouteComponent(
    () => import('@/features/billing/reports/components/report-create-page'),
    'ReportCreatePage',
  ),
});

export const billingPriceBookRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'price-book',
  staticData: { crumb: 'Price book' },
  component: lazyRouteComponent(() => import('@/features/billing/cost/components/price-book-page'), 'PriceBookPage'),
});

export const billingCostRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'cost/$reportId',
  staticData: { crumb: 'Cost summary' },
  component: lazyRouteComponent(
    () => import('@/features/billing/cost/components/cost-summary-page'),
    'CostSummaryPage',
  ),
});
