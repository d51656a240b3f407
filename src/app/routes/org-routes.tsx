import { createRoute, isNotFound, lazyRouteComponent, notFound, redirect } from '@tanstack/react-router';
import { NotFoundPage } from '../pages/not-found-page';
import { requireOrgContext, requirePermission } from './guards';
import { WithheldAwareErrorPage } from './withheld-error';
import { rootRoute, type NotFoundData } from './root-route';

/**
 * `/o/$orgId`: the organisation acted for is part of every signed-in URL, so a link or
 * reload always lands in the same org context (own org, or a cross-launched sub-partner).
 */
export const orgRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'o/$orgId',
  beforeLoad: async ({ context, params, location }) => {
    try {
      return await requireOrgContext(context, params.orgId, location.href);
    } catch (error) {
      // The shell cannot render without an org: let the root show "organisation not found".
      if (isNotFound(error))
        throw notFound({ routeId: rootRoute.id, data: { what: 'organisation' } satisfies NotFoundData });
      throw error;
    }
  },
  // The shell is its own chunk: the sign-in page never loads navigation, menus or permissions.
  component: lazyRouteComponent(() => import('./org-home'), 'OrgLayout'),
  notFoundComponent: () => <NotFoundPage />,
});

export const orgIndexRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/o/$orgId/overview', params });
  },
});

export const overviewRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'overview',
  staticData: { crumb: 'Overview' },
  beforeLoad: requirePermission('view', 'overview'),
  component: lazyRouteComponent(() => import('./org-home'), 'OverviewPage'),
});

/**
 * The customers section: guard and breadcrumb only; it renders its children (the list at
 * its index, a customer, the creation wizard), which live in customers-routes.tsx and the
 * customer-create routes.
 */
export const customersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'customers',
  staticData: { crumb: 'Customers' },
  beforeLoad: requirePermission('view', 'customer'),
});

export const templatesRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'templates',
  staticData: { crumb: 'Templates' },
  beforeLoad: requirePermission('view', 'template'),
  // Children (list, wizard, detail, edit) live in templates-routes.tsx.
});

export const usersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'users',
  staticData: { crumb: 'Users' },
  beforeLoad: requirePermission('view', 'user'),
  // Children (the list, one user) live in users-routes.tsx.
});

export const billingRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'billing',
  staticData: { crumb: 'Billing' },
  beforeLoad: requirePermission('view', 'billing-report'),
  // Children (reports list, create wizard, price book, cost summary) live in billing-routes.tsx;
  // the viewer, comparison and drift in billing-viewer-routes.tsx.
});

/**
 * The indirect providers section: guard and breadcrumb; its children (the directory, one
 * sub-partner) live in indirect-providers-routes.tsx. Withheld while cross-launched, its
 * URL then shows "not available when acting for a sub-partner".
 */
export const indirectProvidersRoute = createRoute({
  getParentRoute: () => orgRoute,
  path: 'indirect-providers',
  staticData: { crumb: 'Indirect providers' },
  beforeLoad: requirePermission('view', 'indirect-providers'),
  errorComponent: WithheldAwareErrorPage,
});
