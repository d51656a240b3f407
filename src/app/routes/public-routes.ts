import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { sessionQueryOptions } from '@/shared/api/session';
import { rootRoute } from './root-route';

/** `/`: the signed-in org's overview, or sign-in. */
export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const credentials = context.credentials.get();
    if (!credentials) throw redirect({ to: '/sign-in' });
    const orgId =
      credentials.orgId ?? (await context.queryClient.ensureQueryData(sessionQueryOptions(context.client))).org.id;
    throw redirect({ to: '/o/$orgId/overview', params: { orgId } });
  },
});

/** Only same-origin paths: `redirect` must never send the admin (and a fresh token) elsewhere. */
const localPath = z
  .string()
  .check(
    z.refine(
      (value) => value.startsWith('/') && !value.startsWith('//') && !value.includes('\\'),
      'must be a path on this site',
    ),
  );

/** Bad values are dropped (`catch`), never an error page: a mangled link still opens sign-in. */
export const SignInSearch = z.object({
  /** Preselects a simulator tenant by its partner orgId (tests and QA links). */
  tenant: z.catch(z.optional(z.string().check(z.minLength(1))), undefined),
  /** Where to go after signing in (set by the guard that sent the admin here). */
  redirect: z.catch(z.optional(localPath), undefined),
  /** Why the admin is here, for the notice on the page. */
  reason: z.catch(z.optional(z.enum(['expired', 'signed-out'])), undefined),
});

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: SignInSearch,
  component: lazyRouteComponent(() => import('@/features/auth/components/sign-in-page'), 'SignInPage'),
});
