import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { RouteErrorPage } from './pages/route-error-page';
import { PagePending } from './pages/page-pending';
import type { RouterContext } from './router-context';
import { rootRoute } from './routes/root-route';
import { indexRoute, signInRoute } from './routes/public-routes';
import { customerCreateRoute } from './routes/customer-create-routes';
import { customerDetailRoute, customersIndexRoute } from './routes/customers-routes';
import { customerImportRoute, customerSetupRoute } from './routes/customer-setup-routes';
import { indirectProviderRoute, indirectProvidersIndexRoute } from './routes/indirect-providers-routes';
import { billingCostRoute, billingIndexRoute, billingNewRoute, billingPriceBookRoute } from './routes/billing-routes';
import { billingCompareRoute, billingDriftRoute, billingViewRoute } from './routes/billing-viewer-routes';
import {
  templateDetailRoute,
  templateEditRoute,
  templateNewRoute,
  templateRoute,
  templatesIndexRoute,
} from './routes/templates-routes';
import { userDetailRoute, usersIndexRoute } from './routes/users-routes';
import {
  billingRoute,
  customersRoute,
  indirectProvidersRoute,
  orgIndexRoute,
  orgRoute,
  overviewRoute,
  templatesRoute,
  usersRoute,
} from './routes/org-routes';

export const routeTree = rootRoute.addChildren([
  indexRoute,
  signInRoute,
  orgRoute.addChildren([
    orgIndexRoute,
    overviewRoute,
    customersRoute.addChildren([
      customersIndexRoute,
      customerCreateRoute,
      customerDetailRoute,
      customerSetupRoute,
      customerImportRoute,
    ]),
    templatesRoute.addChildren([
      templatesIndexRoute,
      templateNewRoute,
      templateRoute.addChildren([templateDetailRoute, templateEditRoute]),
    ]),
    usersRoute.addChildren([usersIndexRoute, userDetailRoute]),
    billingRoute.addChildren([
      billingIndexRoute,
      billingNewRoute,
      billingPriceBookRoute,
      billingCostRoute,
      billingViewRoute,
      billingCompareRoute,
      billingDriftRoute,
    ]),
    indirectProvidersRoute.addChildren([indirectProvidersIndexRoute, indirectProviderRoute]),
  ]),
]);

/** `history` defaults to the browser's; tests pass a memory history. */
export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    context,
    ...(history ? { history } : {}),
    // Hovering a link preloads its chunk and its guard's data; Query owns caching, so the
    // router keeps no data of its own (preload stale time 0).
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteErrorPage,
    defaultPendingComponent: PagePending,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
  interface StaticDataRouteOption {
    /** Breadcrumb label of the route; a loader may override it by returning `{ crumb }` (e.g. a customer's name). */
    crumb?: string;
  }
}
