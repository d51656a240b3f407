/**
 * Runs one provisioning request per row (set-up wizard, bulk import) with bounded
 * concurrency, and survives throttling, failures and page reloads:
 * - at most `concurrency` requests in flight (default 4);
 * - 429 and 503 pause every new request for Retry-After seconds (capped; a default when
 *   the header is missing), since a rate limit is the tenant's, not the row's; the row
 *   then goes again, up to `maxAttempts` answers of that kind in a row;
 * - a row that is `done` is never sent again, whatever the caller does;
 * - `retryFailed()` re-runs the failed rows only; `pause()` lets requests in flight finish
 *   and starts no new one until `resume()`;
 * - after a reload (`fromJSON`) or an ambiguous failure (no answer, 500/502/504), a row is
 *   first checked with the caller's `verify(input)` (e.g. GET subscribers?email=) and
 *   only sent when the check finds nothing.
 * State changes are announced to `subscribe` listeners; `getSnapshot` suits React's
 * useSyncExternalStore and `toJSON` is what to persist.
 */
import {
  failureOf,
  isAmbiguousFailure,
  isThrottled,
  restoreState,
  type ProvisioningRunnerOptions,
  type RowFailure,
  type RunnerProgress,
  type RunnerRow,
  type RunnerSnapshot,
  type RunnerState,
} from './provisioning-state';

const INTERRUPTED: RowFailure = {
  status: 0,
  errorCode: 'INTERRUPTED',
  description:
    'The request was interrupted and there is no way to check whether it arrived. Check this user before retrying.',
};

type RowPatch<T, R> = Partial<Omit<RunnerRow<T, R>, 'key' | 'input'>>;

export class ProvisioningRunner<T, R = unknown> {
  /** Rows are replaced, never mutated, so snapshots share unchanged rows. */
  private readonly rowsState: RunnerRow<T, R>[];
  private readonly indexOfKey = new Map<string, number>();
  private readonly counts = { pending: 0, running: 0, done: 0, failed: 0 };
  /** No pending row before this index (rows go back to pending only through `set`, which lowers it). */
  private scanFrom = 0;
  private readonly options: Required<Omit<ProvisioningRunnerOptions<T, R>, 'verify'>> &
    Pick<ProvisioningRunnerOptions<T, R>, 'verify'>;
  private readonly listeners = new Set<() => void>();
  private readonly inFlight = new AbortController();
  private paused = true;
  private active = 0;
  private cooldownUntil = 0;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private idleWaiters: ((progress: RunnerProgress) => void)[] = [];
  private snapshot: RunnerSnapshot<T, R> | null = null;

  private constructor(state: RunnerState<T, R>, options: ProvisioningRunnerOptions<T, R>) {
    this.rowsState = state.rows.map((row) => ({ ...row }));
    this.rowsState.forEach((row, index) => {
      if (this.indexOfKey.has(row.key)) throw new Error(`Two rows of a provisioning run have the key "${row.key}".`);
      this.indexOfKey.set(row.key, index);
      this.counts[row.status]++;
    });
    this.options = {
      concurrency: 4,
      maxAttempts: 5,
      maxRetryAfterSeconds: 60,
      defaultRetryAfterSeconds: 5,
      ...options,
    };
  }

  static create<T, R = unknown>(
    rows: readonly { key: string; input: T }[],
    options: ProvisioningRunnerOptions<T, R>,
  ): ProvisioningRunner<T, R> {
    const state: RunnerState<T, R> = {
      version: 1,
      rows: rows.map(({ key, input }) => ({
        key,
        input,
        status: 'pending',
        attempts: 0,
        throttled: 0,
        error: null,
        result: null,
        needsVerify: false,
      })),
    };
    return new ProvisioningRunner(state, options);
  }

  /** Resumes a saved run (see restoreState); call start() to continue it. */
  static fromJSON<T, R = unknown>(saved: unknown, options: ProvisioningRunnerOptions<T, R>): ProvisioningRunner<T, R> {
    return new ProvisioningRunner(restoreState<T, R>(saved), options);
  }

  toJSON(): RunnerState<T, R> {
    return { version: 1, rows: [...this.rowsState] };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getSnapshot(): RunnerSnapshot<T, R> {
    this.snapshot ??= { progress: this.progress(), rows: [...this.rowsState] };
    return this.snapshot;
  }

  row(key: string): Readonly<RunnerRow<T, R>> | undefined {
    const index = this.indexOfKey.get(key);
    return index === undefined ? undefined : this.rowsState[index];
  }

  progress(): RunnerProgress {
    return {
      total: this.rowsState.length,
      ...this.counts,
      paused: this.paused,
      idle: this.active === 0 && (this.paused || this.counts.pending === 0),
      waitingUntil: this.cooldownUntil > Date.now() ? this.cooldownUntil : null,
    };
  }

  /** Starts (or resumes) sending; resolves when the run is idle. */
  start(): Promise<RunnerProgress> {
    this.paused = false;
    const idle = this.whenIdle();
    this.changed();
    this.pump();
    return idle;
  }

  resume(): Promise<RunnerProgress> {
    return this.start();
  }

  /** No new request starts; the ones in flight finish. */
  pause(): void {
    this.paused = true;
    this.clearWake();
    this.changed();
  }

  /**
   * Sends the failed rows again; those whose last outcome is unknown are verified first.
   * Without a verify hook the user's retry is the decision to send them anyway.
   */
  retryFailed(): Promise<RunnerProgress> {
    for (const row of this.rowsState) {
      if (row.status !== 'failed') continue;
      this.set(row.key, {
        status: 'pending',
        throttled: 0,
        needsVerify: row.needsVerify && Boolean(this.options.verify),
      });
    }
    return this.start();
  }

  whenIdle(): Promise<RunnerProgress> {
    const progress = this.progress();
    if (progress.idle) return Promise.resolve(progress);
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops for good (screen unmounted): aborts requests in flight, which are then verified on resume. */
  dispose(): void {
    this.paused = true;
    this.clearWake();
    this.inFlight.abort();
    this.listeners.clear();
  }

  private set(key: string, patch: RowPatch<T, R>): RunnerRow<T, R> {
    const index = this.indexOfKey.get(key) as number;
    const before = this.rowsState[index] as RunnerRow<T, R>;
    const after = { ...before, ...patch };
    this.rowsState[index] = after;
    if (after.status !== before.status) {
      this.counts[before.status]--;
      this.counts[after.status]++;
      if (after.status === 'pending') this.scanFrom = Math.min(this.scanFrom, index);
    }
    return after;
  }

  private changed(): void {
    this.snapshot = null;
    for (const listener of [...this.listeners]) listener();
    const progress = this.progress();
    if (progress.idle && this.idleWaiters.length > 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve(progress);
    }
  }

  private clearWake(): void {
    if (this.wakeTimer !== null) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }

  private nextPending(): RunnerRow<T, R> | undefined {
    while (this.scanFrom < this.rowsState.length) {
      const row = this.rowsState[this.scanFrom] as RunnerRow<T, R>;
      if (row.status === 'pending') return row;
      this.scanFrom++;
    }
    return undefined;
  }

  private pump(): void {
    if (this.paused || this.inFlight.signal.aborted) return;
    const wait = this.cooldownUntil - Date.now();
    if (wait > 0) {
      if (this.wakeTimer === null) {
        this.wakeTimer = setTimeout(() => {
          this.wakeTimer = null;
          this.pump();
        }, wait);
      }
      return;
    }
    while (this.active < this.options.concurrency) {
      const row = this.nextPending();
      if (!row) break;
      void this.launch(row.key);
    }
  }

  private async launch(key: string): Promise<void> {
    let row = this.set(key, { status: 'running' });
    this.active++;
    this.changed();
    try {
      if (row.needsVerify) {
        if (!this.options.verify) {
          this.set(key, { status: 'failed', error: INTERRUPTED });
          return;
        }
        const existing = await this.options.verify(row.input);
        if (existing !== null) {
          this.succeed(key, existing);
          return;
        }
        row = this.set(key, { needsVerify: false });
      }
      row = this.set(key, { attempts: row.attempts + 1 });
      this.changed();
      this.succeed(key, await this.options.run(row.input, { signal: this.inFlight.signal, attempt: row.attempts }));
    } catch (error) {
      this.fail(key, error);
    } finally {
      this.active--;
      this.changed();
      this.pump();
    }
  }

  private succeed(key: string, result: R): void {
    this.set(key, { status: 'done', result, error: null, needsVerify: false, throttled: 0 });
  }

  private fail(key: string, error: unknown): void {
    const { retryAfterSeconds, ...failure } = failureOf(error);
    const row = this.set(key, { error: failure });
    if (this.inFlight.signal.aborted) {
      this.set(key, { status: 'pending', needsVerify: true });
      return;
    }
    if (isThrottled(failure.status) && row.throttled + 1 < this.options.maxAttempts) {
      this.set(key, { status: 'pending', throttled: row.throttled + 1 });
      const seconds = Math.min(
        retryAfterSeconds ?? this.options.defaultRetryAfterSeconds,
        this.options.maxRetryAfterSeconds,
      );
      this.cooldownUntil = Math.max(this.cooldownUntil, Date.now() + seconds * 1000);
      return;
    }
    // A failed verify keeps needsVerify; a failed send needs one when its outcome is unknown.
    this.set(key, {
      status: 'failed',
      throttled: 0,
      needsVerify: row.needsVerify || isAmbiguousFailure(failure.status),
    });
  }
}
