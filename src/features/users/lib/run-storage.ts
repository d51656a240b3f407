/**
 * Saved provisioning runs, one per org, customer and kind (set-up pass or CSV import), so
 * leaving the page (or a reload) comes back to the run's result instead of losing it.
 * IndexedDB, not localStorage: a 20,000-row import's state is several megabytes. Where
 * IndexedDB is missing (private modes, tests) runs live in memory for the session.
 */
import type { RunnerState } from './provisioning-state';

export type RunKind = 'setup' | 'import';

export interface RunKey {
  orgId: string;
  customerId: string;
  kind: RunKind;
}

export interface SavedRun<T, R> {
  kind: RunKind;
  startedAt: string;
  /** Shown above the run: "5 users from the set-up wizard", the file's name. */
  source: string;
  state: RunnerState<T, R>;
}

const DB_NAME = 'wph-provisioning-runs';
const STORE = 'runs';
const memory = new Map<string, unknown>();

export const runStorageKey = ({ orgId, customerId, kind }: RunKey) => `v1:${orgId}:${customerId}:${kind}`;

let opening: Promise<IDBDatabase | null> | null = null;

function openDb(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') {
      resolve(null);
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
}

function inStore<V>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest): Promise<V | undefined> {
  return openDb().then(
    (db) =>
      new Promise<V | undefined>((resolve, reject) => {
        if (!db) {
          resolve(undefined);
          return;
        }
        const request = act(db.transaction(STORE, mode).objectStore(STORE));
        request.onsuccess = () => resolve(request.result as V);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      }),
  );
}

export async function loadRun<T, R>(key: RunKey): Promise<SavedRun<T, R> | null> {
  const id = runStorageKey(key);
  const db = await openDb();
  if (!db) return (memory.get(id) as SavedRun<T, R> | undefined) ?? null;
  return (await inStore<SavedRun<T, R>>('readonly', (store) => store.get(id))) ?? null;
}

export async function saveRun<T, R>(key: RunKey, run: SavedRun<T, R>): Promise<void> {
  const id = runStorageKey(key);
  const db = await openDb();
  if (!db) {
    memory.set(id, run);
    return;
  }
  await inStore('readwrite', (store) => store.put(run, id));
}

export async function deleteRun(key: RunKey): Promise<void> {
  const id = runStorageKey(key);
  memory.delete(id);
  if (await openDb()) await inStore('readwrite', (store) => store.delete(id));
}
