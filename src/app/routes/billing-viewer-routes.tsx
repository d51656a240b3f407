import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { ReportViewSearch, ReportCompareSearch, ReportDriftSearch } from '@/features/billing/viewer/viewer-search';
import { billingRoute } from './org-routes';

/** `/billing/view/$reportId`: one completed report, streamed and parsed in a worker; grouping, sort and search in the URL. */
export const billingViewRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'view/$reportId',
  staticData: { crumb: 'Report' },
  validateSearch: ReportViewSearch,
  component: lazyRouteComponent(() => import('@/features/billing/viewer/report-viewer-page'), 'ReportViewerPage'),
});

/** `/billing/compare?a=&b=`: growth between two reports of consecutive periods (a the earlier, b the later). */
export const billingCompareRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'compare',
  staticData: { crumb: 'Compare reports' },
  validateSearch: ReportCompareSearch,
  component: lazyRouteComponent(() => import('@/features/billing/viewer/report-compare-page'), 'ReportComparePage'),
});

/** `/billing/drift?report=`: a point-in-time report against the live subscriber list. */
export const billingDriftRoute = createRoute({
  getParentRoute: () => billingRoute,
  path: 'drift',
  staticData: { crumb: 'Drift check' },
  validateSearch: ReportDriftSearch,
  component: lazyRouteComponent(() => import('@/features/billing/viewer/drift-check-page'), 'DriftCheckPage'),
});
