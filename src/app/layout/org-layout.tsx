import { getRouteApi, Outlet } from '@tanstack/react-router';
import { ActingOrgProvider } from '@/shared/session/acting-org';
import { useCredentials } from '@/shared/session/credentials';
import { AppShell } from './app-shell';

const orgRouteApi = getRouteApi('/o/$orgId');

/** Everything under /o/$orgId: the org context for shared hooks, inside the app shell. */
export function OrgLayout() {
  const { actingOrg, credentials } = orgRouteApi.useRouteContext();
  // Between signing out (or a 401) and the redirect to sign-in, render nothing signed-in.
  const signedIn = useCredentials() !== null;
  if (!signedIn) return null;
  return (
    <ActingOrgProvider org={actingOrg}>
      <AppShell onSignOut={() => credentials.clear('signed-out')}>
        <Outlet />
      </AppShell>
    </ActingOrgProvider>
  );
}
