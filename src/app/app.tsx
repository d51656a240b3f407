import { useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { ApiProvider } from '@/shared/api/api-context';
import { CredentialsContext } from '@/shared/session/credentials';
import type { RouterContext } from './router-context';
import type { AppRouter } from './router';

/**
 * Providers, and the one place that reacts to the session ending (sign-out, a 401, or
 * sign-out in another tab): drop every cached answer and go to sign-in.
 */
export function App({ router, context }: { router: AppRouter; context: RouterContext }) {
  const { credentials, queryClient } = context;
  useEffect(() => {
    let signedIn = credentials.get() !== null;
    return credentials.subscribe(() => {
      const now = credentials.get() !== null;
      if (signedIn && !now) {
        queryClient.clear();
        const reason = credentials.lastClearReason() ?? 'signed-out';
        // After an expiry, come back to where the admin was; after signing out, start afresh.
        const redirect =
          reason === 'expired' && !router.latestLocation.pathname.startsWith('/sign-in')
            ? router.latestLocation.href
            : undefined;
        void router.navigate({ to: '/sign-in', search: { reason, redirect } });
      }
      signedIn = now;
    });
  }, [credentials, queryClient, router]);

  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={context.client}>
        <CredentialsContext.Provider value={credentials}>
          <RouterProvider router={router} />
        </CredentialsContext.Provider>
      </ApiProvider>
    </QueryClientProvider>
  );
}
