import { notFound, redirect } from '@tanstack/react-router';
import { isApiError } from '@/shared/api/api-error';
import { actingOrgQueryOptions } from '@/shared/api/orgs';
import { resolveSession, sessionQueryOptions, type Session } from '@/shared/api/session';
import type { ActingOrg } from '@/shared/session/acting-org';
import { checkPermission, describeDenial, type Action, type Resource } from '@/shared/session/permissions';
import type { RouterContext } from '../router-context';

/** Thrown by a section guard; the route's error component renders the access-denied page. */
export class AccessDeniedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AccessDeniedError';
  }
}

/**
 * A section withheld while acting for a sub-partner (`withheldWhenCrossLaunched`): its URL
 * shows "not available when acting for a sub-partner", with the way back to the same
 * section of the signed-in partner, instead of "access denied".
 */
export class WithheldWhenCrossLaunchedError extends AccessDeniedError {
  constructor(
    reason: string,
    readonly actingFor: string,
    readonly parent: { id: string; name: string },
  ) {
    super(reason);
    this.name = 'WithheldWhenCrossLaunchedError';
  }
}

/**
 * Signed in, session loaded, and the org in the URL resolved to the signed-in org or one of
 * its sub-partners. An expired token goes to sign-in (back here afterwards); an org that is
 * not yours is "not found", exactly as the API would answer.
 */
export async function requireOrgContext(
  context: RouterContext,
  orgId: string,
  href: string,
): Promise<{ session: Session; actingOrg: ActingOrg }> {
  const credentials = context.credentials.get();
  if (!credentials) throw redirect({ to: '/sign-in', search: { redirect: href } });
  try {
    const info = await context.queryClient.ensureQueryData(sessionQueryOptions(context.client));
    const session = resolveSession(info, credentials);
    if (credentials.orgId !== session.org.id) context.credentials.update((c) => ({ ...c, orgId: session.org.id }));
    const actingOrg = await context.queryClient.ensureQueryData(
      actingOrgQueryOptions(context.client, session.org, orgId),
    );
    return { session, actingOrg };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      context.credentials.clear('expired');
      throw redirect({ to: '/sign-in', search: { redirect: href, reason: 'expired' } });
    }
    if (isApiError(error) && error.status === 404) throw notFound();
    throw error;
  }
}

/** beforeLoad of a section: the same `can()` the navigation and buttons use. */
export function requirePermission(action: Action, resource: Resource) {
  return ({
    context,
  }: {
    context: { session: Session; actingOrg: ActingOrg; credentials: RouterContext['credentials'] };
  }) => {
    // Scopes a 403 proved missing since the session loaded count too.
    const denied = context.credentials.get()?.deniedScopes ?? [];
    const scopes = context.session.scopes.filter((s) => !denied.includes(s));
    const ctx = { scopes, actingOrg: context.actingOrg };
    const denial = checkPermission(ctx, action, resource);
    if (!denial) return;
    const { crossLaunchedFrom, name } = context.actingOrg;
    if (denial.reason === 'cross-launched' && crossLaunchedFrom)
      throw new WithheldWhenCrossLaunchedError(describeDenial(denial, ctx), name, crossLaunchedFrom);
    throw new AccessDeniedError(describeDenial(denial, ctx));
  };
}
