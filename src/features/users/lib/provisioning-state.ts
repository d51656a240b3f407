/**
 * State of a provisioning run, row by row, in a JSON-safe shape: the caller saves it
 * (localStorage, IndexedDB) after every change, so a reload resumes the run instead of
 * starting over. The state, not the screen, decides what is sent: a `done` row is never
 * sent again, and a row whose last request may or may not have reached the server is
 * marked `needsVerify` and checked before any resend.
 */

export type RowStatus = 'pending' | 'running' | 'done' | 'failed';

/** Why a row failed, as the API said it (or status 0 for no answer). */
export interface RowFailure {
  status: number;
  errorCode: number | string | null;
  description: string;
}

export interface RunnerRow<T, R> {
  /** Unique per run, e.g. the e-mail address or the file row number. */
  key: string;
  input: T;
  status: RowStatus;
  /** Requests sent for this row, over the whole run. */
  attempts: number;
  /** Consecutive 429/503 answers since the last other outcome (bounded by maxAttempts). */
  throttled: number;
  error: RowFailure | null;
  result: R | null;
  /** The last request's outcome is unknown: check with verify() before sending it again. */
  needsVerify: boolean;
}

export interface RunnerState<T, R> {
  version: 1;
  rows: RunnerRow<T, R>[];
}

/**
 * A rejected request whose effect is unknown: no answer at all (the request may have
 * arrived), or a gateway error after which the server may still have acted. 429 and 503
 * promise that nothing was done; other 4xx are definite refusals.
 */
export function isAmbiguousFailure(status: number): boolean {
  return status === 0 || status === 500 || status === 502 || status === 504;
}

export function isThrottled(status: number): boolean {
  return status === 429 || status === 503;
}

function field(source: unknown, name: string): unknown {
  return source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined;
}

/**
 * Reads any thrown value: the app's ApiError (status, errorCode, retryAfter, items) or
 * anything shaped like it; a plain Error or a TypeError from fetch counts as no answer.
 */
export function failureOf(error: unknown): RowFailure & { retryAfterSeconds: number | null } {
  const status = field(error, 'status');
  const code = field(error, 'errorCode');
  const retryAfter = field(error, 'retryAfter');
  const items = field(error, 'items');
  const first = Array.isArray(items) ? (items[0] as unknown) : undefined;
  const itemDescription = field(first, 'description');
  const description = field(error, 'description');
  return {
    status: typeof status === 'number' ? status : 0,
    errorCode: typeof code === 'number' || typeof code === 'string' ? code : null,
    description:
      typeof itemDescription === 'string' && itemDescription
        ? itemDescription
        : typeof description === 'string'
          ? description
          : error instanceof Error
            ? error.message
            : String(error),
    retryAfterSeconds: typeof retryAfter === 'number' && Number.isFinite(retryAfter) ? retryAfter : null,
  };
}

export interface RunnerProgress {
  total: number;
  pending: number;
  running: number;
  done: number;
  failed: number;
  paused: boolean;
  /** Nothing in flight and nothing that will start by itself (finished, or paused). */
  idle: boolean;
  /** Epoch ms until which new requests wait after a 429/503, else null. */
  waitingUntil: number | null;
}

export interface RunnerSnapshot<T, R> {
  progress: RunnerProgress;
  rows: readonly Readonly<RunnerRow<T, R>>[];
}

export interface ProvisioningRunnerOptions<T, R> {
  /** Sends one row; rejects with the API error (status, errorCode, retryAfter) on failure. */
  run: (input: T, context: { signal: AbortSignal; attempt: number }) => Promise<R>;
  /** Looks for the row's effect on the server: its result when it exists, else null. */
  verify?: (input: T) => Promise<R | null>;
  concurrency?: number;
  maxAttempts?: number;
  maxRetryAfterSeconds?: number;
  defaultRetryAfterSeconds?: number;
}

const STATUSES: readonly RowStatus[] = ['pending', 'running', 'done', 'failed'];

/**
 * Checks a saved state before resuming it. Rows saved while `running` died with the page
 * mid-request: they come back `pending` with `needsVerify`, never as plain pending.
 */
export function restoreState<T, R>(saved: unknown): RunnerState<T, R> {
  if (field(saved, 'version') !== 1 || !Array.isArray(field(saved, 'rows'))) {
    throw new TypeError('Not a saved provisioning run (expected { version: 1, rows: [...] }).');
  }
  const rows = (field(saved, 'rows') as unknown[]).map((raw, index): RunnerRow<T, R> => {
    const key = field(raw, 'key');
    const status = field(raw, 'status');
    if (typeof key !== 'string' || !STATUSES.includes(status as RowStatus)) {
      throw new TypeError(`Saved provisioning run: row ${index} has no key or an unknown status.`);
    }
    const attempts = Number(field(raw, 'attempts') ?? 0);
    const interrupted = status === 'running';
    return {
      key,
      input: field(raw, 'input') as T,
      status: interrupted ? 'pending' : (status as RowStatus),
      attempts,
      throttled: 0,
      error: (field(raw, 'error') as RowFailure | null) ?? null,
      result: (field(raw, 'result') as R | null) ?? null,
      // The save may lag the send by a moment: an interrupted row is always checked first.
      needsVerify: interrupted || Boolean(field(raw, 'needsVerify')),
    };
  });
  return { version: 1, rows };
}
