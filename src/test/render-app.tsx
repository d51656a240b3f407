import { render } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { App } from '@/app/app';
import { createAppContext } from '@/app/create-app-context';
import { createAppRouter } from '@/app/router';
import type { AppConfig } from '@/shared/config/app-config';
import { createCredentialsStore, type Credentials } from '@/shared/session/credentials';
import { SIMULATOR_CONFIG } from './fixtures';

/** An in-memory Storage, so a test's sign-in never leaks into another test. */
export function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

export function signedIn(token = 'test-token', overrides: Partial<Credentials> = {}): Credentials {
  return {
    backend: 'simulator',
    apiBaseUrl: '/v1',
    accessToken: token,
    grantedScopes: null,
    deniedScopes: [],
    orgId: null,
    ...overrides,
  };
}

/**
 * The whole app (router, guards, shell, pages) at `url`, talking to MSW through the real
 * API client. Only the browser's history and storage are replaced.
 */
export function renderApp(url: string, options: { credentials?: Credentials | null; config?: AppConfig } = {}) {
  const storage = memoryStorage();
  const credentials = createCredentialsStore(storage);
  if (options.credentials) credentials.set(options.credentials);
  const context = createAppContext(options.config ?? SIMULATOR_CONFIG, credentials);
  context.queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const router = createAppRouter(context, createMemoryHistory({ initialEntries: [url] }));
  const view = render(<App router={router} context={context} />);
  return { ...view, router, context, credentials };
}
