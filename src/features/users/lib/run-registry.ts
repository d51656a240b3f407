/**
 * Live provisioning runs of this tab, by org, customer and kind. A run keeps going when
 * the admin opens another page (its screen re-attaches on return) and saves itself after
 * every change, so a reload finds it in storage and resumes it from there.
 */
import type { OrgApi } from '@/shared/api/org-api';
import type { ImportUser } from './import-validator';
import { ProvisioningRunner } from './provisioning-runner';
import { rememberNumbers } from './known-numbers';
import { findUser, provisionUser, type ProvisionedUser } from './provisioning-requests';
import { deleteRun, loadRun, runStorageKey, saveRun, type RunKey, type SavedRun } from './run-storage';

/** One user of a run; `row` is the file's row number for an import. */
export type RunInput = ImportUser & { row?: number };
export type UserRunner = ProvisioningRunner<RunInput, ProvisionedUser>;
export type SavedUserRun = SavedRun<RunInput, ProvisionedUser>;

export interface LiveRun {
  key: RunKey;
  meta: Omit<SavedUserRun, 'state'>;
  runner: UserRunner;
}

/** Four requests in flight: fast for a few hundred users, gentle on the tenant's rate limit. */
export const RUN_CONCURRENCY = 4;
const SAVE_DELAY_MS = 300;
const live = new Map<string, LiveRun>();

function attach(api: OrgApi, key: RunKey, saved: SavedUserRun): LiveRun {
  const options = {
    concurrency: RUN_CONCURRENCY,
    run: (input: RunInput, { signal }: { signal: AbortSignal }) => provisionUser(api, key.customerId, input, signal),
    verify: (input: RunInput) => findUser(api, key.customerId, input.email),
  };
  const runner = ProvisioningRunner.fromJSON<RunInput, ProvisionedUser>(saved.state, options);
  const meta = { kind: saved.kind, startedAt: saved.startedAt, source: saved.source };
  const run: LiveRun = { key, meta, runner };
  const id = runStorageKey(key);
  let timer: ReturnType<typeof setTimeout> | null = null;
  runner.subscribe(() => {
    timer ??= setTimeout(() => {
      timer = null;
      // A run closed meanwhile stays deleted.
      if (live.get(id) !== run) return;
      const state = runner.toJSON();
      void saveRun(key, { ...meta, state });
      if (runner.progress().idle) {
        const created = state.rows.filter((row) => row.status === 'done').map((row) => row.input);
        rememberNumbers(key.orgId, key.customerId, created);
      }
    }, SAVE_DELAY_MS);
  });
  live.set(id, run);
  return run;
}

/** Starts a new run of these users (replacing a finished one) and saves it at once. */
export async function startRun(
  api: OrgApi,
  key: RunKey,
  source: string,
  users: readonly { key: string; input: RunInput }[],
): Promise<LiveRun> {
  const previous = live.get(runStorageKey(key));
  previous?.runner.dispose();
  const state = ProvisioningRunner.create<RunInput, ProvisionedUser>(users, {
    run: () => Promise.reject(new Error('not sent from here')),
  }).toJSON();
  const saved: SavedUserRun = { kind: key.kind, startedAt: new Date().toISOString(), source, state };
  await saveRun(key, saved);
  const run = attach(api, key, saved);
  void run.runner.start();
  return run;
}

/** The run of this tab, else the saved one (not started: the screen offers Resume), else null. */
export async function openRun(api: OrgApi, key: RunKey): Promise<LiveRun | null> {
  const running = live.get(runStorageKey(key));
  if (running) return running;
  const saved = await loadRun<RunInput, ProvisionedUser>(key);
  if (!saved) return null;
  return live.get(runStorageKey(key)) ?? attach(api, key, saved);
}

export function peekRun(key: RunKey): LiveRun | null {
  return live.get(runStorageKey(key)) ?? null;
}

/** Forgets a finished run (the admin starts another pass). */
export async function closeRun(key: RunKey): Promise<void> {
  const id = runStorageKey(key);
  live.get(id)?.runner.dispose();
  live.delete(id);
  await deleteRun(key);
}
