import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/shared/api/api-error';
import { createApiClient } from '@/shared/api/client';
import type { AppConfig } from '@/shared/config/app-config';
import { denyScope, type CredentialsStore } from '@/shared/session/credentials';
import type { RouterContext } from './router-context';

/** Never retry what retrying cannot fix: client errors, and 429/503 (the API client already waited). */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (
    isApiError(error) &&
    (error.kind === 'parse' || (error.status >= 400 && error.status < 500) || error.status === 503)
  )
    return false;
  return failureCount < 2;
}

export function createAppContext(config: AppConfig, credentials: CredentialsStore): RouterContext {
  const client = createApiClient({
    baseUrls: () => ({
      api: credentials.get()?.apiBaseUrl ?? config.apiBaseUrl,
      hub: config.hubBaseUrl,
      sim: config.simControlUrl,
    }),
    getToken: () => credentials.get()?.accessToken ?? null,
    onUnauthorized: () => credentials.clear('expired'),
    onScopeDenied: (scope) => denyScope(credentials, scope),
  });
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return { config, client, queryClient, credentials };
}
