import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { RouterContext } from '../router-context';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';

/** Thrown (as notFound data) when the org in the URL is not the admin's or one of its sub-partners. */
export interface NotFoundData {
  what: 'page' | 'organisation';
}

function isNotFoundData(data: unknown): data is NotFoundData {
  return typeof data === 'object' && data !== null && 'what' in data;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: ({ data }) => (
    <main id="main">
      <NotFoundPage what={isNotFoundData(data) ? data.what : 'page'} />
    </main>
  ),
  errorComponent: RouteErrorPage,
});
