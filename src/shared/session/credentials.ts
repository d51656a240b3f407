import { createContext, useContext, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

/**
 * What "signed in" means in this SPA: a bearer token and where to send it. Kept in
 * localStorage so a reload keeps the session; the token is never logged or put in a URL.
 */
export const CredentialsSchema = z.object({
  backend: z.enum(['simulator', 'webex']),
  apiBaseUrl: z.string().check(z.minLength(1)),
  accessToken: z.string().check(z.minLength(1)),
  /**
   * Scopes known from outside the API: the OAuth token response, or what the admin ticked
   * for a pasted token. `null` when the server reports them (simulator session).
   */
  grantedScopes: z.nullable(z.array(z.string())),
  /** Scopes a 403 proved missing at run time; subtracted from every permission check. */
  deniedScopes: z._default(z.array(z.string()), []),
  /** The signed-in organisation once known, so `/` can redirect without a round trip. */
  orgId: z._default(z.nullable(z.string()), null),
});

export type Credentials = z.infer<typeof CredentialsSchema>;
export type SignOutReason = 'signed-out' | 'expired';

export const CREDENTIALS_KEY = 'wph.session';

type Listener = () => void;

export interface CredentialsStore {
  get(): Credentials | null;
  set(credentials: Credentials): void;
  update(change: (current: Credentials) => Credentials): void;
  clear(reason: SignOutReason): void;
  /** Why the last clear happened (read by the sign-in page for its notice). */
  lastClearReason(): SignOutReason | null;
  subscribe(listener: Listener): () => void;
}

export function createCredentialsStore(storage: Storage | undefined, key = CREDENTIALS_KEY): CredentialsStore {
  const listeners = new Set<Listener>();
  let reason: SignOutReason | null = null;

  function read(): Credentials | null {
    try {
      const raw = storage?.getItem(key);
      if (!raw) return null;
      const parsed = CredentialsSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  // Cached so useSyncExternalStore sees a stable snapshot between changes.
  let current = read();

  function emit() {
    for (const listener of listeners) listener();
  }
  function write(next: Credentials | null) {
    current = next;
    try {
      if (next) storage?.setItem(key, JSON.stringify(next));
      else storage?.removeItem(key);
    } catch {
      // Private mode or a full quota: the session still works for this tab.
    }
    emit();
  }

  // Signing out (or in) in another tab applies here too.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== key) return;
    const wasSignedIn = current !== null;
    current = read();
    if (wasSignedIn && !current) reason = 'signed-out';
    emit();
  });

  return {
    get: () => current,
    set: (credentials) => {
      reason = null;
      write(credentials);
    },
    update: (change) => {
      if (!current) return;
      const next = change(current);
      if (next !== current) write(next);
    },
    clear: (why) => {
      if (!current) return;
      reason = why;
      write(null);
    },
    lastClearReason: () => reason,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const credentialsStore: CredentialsStore = createCredentialsStore(globalThis.localStorage);

/** The app provides its store here (tests provide their own); the default is the browser's. */
export const CredentialsContext = createContext<CredentialsStore>(credentialsStore);

export function useCredentialsStore(): CredentialsStore {
  return useContext(CredentialsContext);
}

export function useCredentials(): Credentials | null {
  const store = useCredentialsStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** Records a scope a 403 proved missing (once). */
export function denyScope(store: CredentialsStore, scope: string): void {
  store.update((c) => (c.deniedScopes.includes(scope) ? c : { ...c, deniedScopes: [...c.deniedScopes, scope] }));
}
