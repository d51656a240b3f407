/**
 * Asks Webex, row by row, whether each user could be created as entered: the subscriber
 * precheck answers what provisioning would, including a phone number or extension that
 * an existing user of the customer already holds (the list API never shows users'
 * numbers, so nothing else can tell). Requests go through the provisioning runner, so
 * they are bounded in number and pause together on a 429/503 with Retry-After.
 *
 * Verdicts are kept per request (the row's whole content), so a row is asked about once
 * until it changes; a check that got no definite answer is asked again next time.
 * Requests go out only after `arm()` (the admin's Next, Submit or Check again), never
 * while a field is validated as it is typed in or left: that would be a request per
 * keystroke, and a status line changing height under the pointer between the press and
 * the release of Next would lose the click.
 */
import { describeErrorCode } from '@contract/error-codes';
import { ApiError } from '@/shared/api/api-error';
import type { OrgApi } from '@/shared/api/org-api';
import { toProvisionRequest, type ImportUser } from './import-validator';
import { ProvisioningRunner } from './provisioning-runner';
import { failureOf } from './provisioning-state';
import { precheckUser } from './provisioning-requests';

/** The cells of a row a refusal can be about. */
export type CheckCell = 'firstName' | 'lastName' | 'email' | 'package' | 'locationId' | 'phoneNumber' | 'extension';

export type CheckVerdict =
  | { kind: 'ok' }
  /** Webex would refuse the row; `cell` is null when the refusal names no cell of the row. */
  | { kind: 'refused'; cell: CheckCell | null; code: number | null; message: string }
  /** No definite answer (no answer, 5xx, throttled too long, session or permission problem). */
  | { kind: 'failed'; message: string };

export interface CheckProgress {
  running: boolean;
  /** Rows answered so far in the current (or last) batch, and the batch's size. */
  done: number;
  total: number;
  /** Webex asked to slow down (429/503): no request starts before this time (epoch ms). */
  waitingUntil: number | null;
}

const SERVER_FIELDS: Record<string, CheckCell> = {
  email: 'email',
  package: 'package',
  packages: 'package',
  'provisioningParameters.firstName': 'firstName',
  'provisioningParameters.lastName': 'lastName',
  'provisioningParameters.locationId': 'locationId',
  'provisioningParameters.primaryPhoneNumber': 'phoneNumber',
  'provisioningParameters.extension': 'extension',
};

/** A definite "no" about this row, as opposed to a problem with the check itself. */
function isRefusal(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 408, 429].includes(error.status)
  );
}

/**
 * Where a refusal goes and what it says: the field the server names (or, when it names
 * none, the field its error code is about), with the Webex code and the catalogue's plain
 * explanation; the server's own wording when the code is not in the catalogue.
 */
export function refusalVerdict(error: ApiError): Extract<CheckVerdict, { kind: 'refused' }> {
  const item = error.items.find((i) => i.errorCode !== null) ?? error.items[0];
  const code = item?.errorCode ?? null;
  const known = code === null ? undefined : describeErrorCode(code);
  const field = item?.field ?? known?.field;
  const description = item?.description || error.message;
  // The catalogue's explanation says what is wrong and what to do, in a cell's width.
  const text = known ? known.explanation : description;
  return {
    kind: 'refused',
    cell: field === undefined ? null : (SERVER_FIELDS[field] ?? null),
    code,
    message: code === null ? text : `Webex ${code}: ${text}`,
  };
}

function failedVerdict(error: unknown): Extract<CheckVerdict, { kind: 'failed' }> {
  const failure = failureOf(error);
  const what = failure.status === 0 ? 'no answer' : `HTTP ${failure.status}`;
  const detail = failure.description.trim().replace(/[.!?]*$/, '');
  return { kind: 'failed', message: `Could not check this row with Webex (${what}${detail ? `: ${detail}` : ''}).` };
}

/** The request a row makes: equal signatures get the same answer. */
export function checkSignature(customerId: string, user: ImportUser): string {
  return JSON.stringify(toProvisionRequest(user, customerId));
}

export class CustomerCheck {
  private readonly verdicts = new Map<string, CheckVerdict>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private progress: CheckProgress = { running: false, done: 0, total: 0, waitingUntil: null };
  private batches = 0;
  private armed = false;

  constructor(
    private readonly api: OrgApi,
    private readonly customerId: string,
    private readonly options: { concurrency?: number } = {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getProgress = (): CheckProgress => this.progress;

  /** What Webex said about this row as it is now, if it was asked; no request. */
  verdict(user: ImportUser): CheckVerdict | undefined {
    return this.verdicts.get(checkSignature(this.customerId, user));
  }

  /** Lets the next check() send requests. */
  arm(): void {
    this.armed = true;
  }

  /**
   * When armed (the arm is used up): asks about every row that has no answer yet (or whose
   * last check failed) and resolves once each of `users` has a verdict; rows already
   * being asked are not asked twice. Not armed: resolves at once, the verdicts unchanged.
   */
  async check(users: readonly ImportUser[]): Promise<void> {
    if (!this.armed) return;
    this.armed = false;
    const waiting: Promise<void>[] = [];
    const fresh = new Map<string, ImportUser>();
    for (const user of users) {
      const signature = checkSignature(this.customerId, user);
      const pending = this.inFlight.get(signature);
      const known = this.verdicts.get(signature);
      if (pending) waiting.push(pending);
      else if (!known || known.kind === 'failed') fresh.set(signature, user);
    }
    if (fresh.size > 0) waiting.push(this.ask(fresh));
    await Promise.all(waiting);
  }

  private ask(rows: Map<string, ImportUser>): Promise<void> {
    const runner = ProvisioningRunner.create<ImportUser, CheckVerdict>(
      [...rows].map(([key, input]) => ({ key, input })),
      {
        concurrency: this.options.concurrency ?? 4,
        run: async (user) => {
          try {
            await precheckUser(this.api, this.customerId, user);
            return { kind: 'ok' };
          } catch (error) {
            // A refusal is this row's answer; anything else goes to the runner (429 waits, the rest fails).
            if (isRefusal(error)) return refusalVerdict(error);
            throw error;
          }
        },
      },
    );
    this.batches += 1;
    const batch = this.batches;
    const report = () => {
      if (batch !== this.batches) return;
      const p = runner.progress();
      // Still running until the verdicts are in (below), even once the runner is idle.
      this.setProgress({ running: true, done: p.done + p.failed, total: p.total, waitingUntil: p.waitingUntil });
    };
    const unsubscribe = runner.subscribe(report);
    const finished = runner.start().then(() => {
      unsubscribe();
      for (const row of runner.getSnapshot().rows) {
        this.verdicts.set(row.key, row.result ?? failedVerdict(row.error));
        this.inFlight.delete(row.key);
      }
      // New verdicts are news even when the counts did not move.
      const p = runner.progress();
      const last = batch === this.batches;
      this.setProgress(
        last ? { running: false, done: p.done + p.failed, total: p.total, waitingUntil: null } : this.progress,
        true,
      );
    });
    for (const key of rows.keys()) this.inFlight.set(key, finished);
    return finished;
  }

  /** `changed`: verdicts changed, so listeners hear of it even when the counts did not move. */
  private setProgress(next: CheckProgress, changed = false): void {
    const p = this.progress;
    if (!changed && (Object.keys(next) as (keyof CheckProgress)[]).every((k) => p[k] === next[k])) return;
    this.progress = { ...next };
    for (const listener of [...this.listeners]) listener();
  }
}

export interface CheckSummary {
  /** Rows with an answer from Webex (ok, refused or failed). */
  checked: number;
  /** Rows whose number or extension an existing user holds (or Webex refuses otherwise). */
  numberClashes: number;
  /** Rows refused for anything else (e-mail taken, package, location…). */
  otherRefusals: number;
  /** Rows the check could not get an answer for. */
  failed: number;
}

export function summarizeVerdicts(verdicts: readonly (CheckVerdict | undefined)[]): CheckSummary {
  const summary: CheckSummary = { checked: 0, numberClashes: 0, otherRefusals: 0, failed: 0 };
  for (const verdict of verdicts) {
    if (!verdict) continue;
    summary.checked += 1;
    if (verdict.kind === 'failed') summary.failed += 1;
    else if (verdict.kind === 'refused') {
      if (verdict.cell === 'phoneNumber' || verdict.cell === 'extension') summary.numberClashes += 1;
      else summary.otherRefusals += 1;
    }
  }
  return summary;
}
