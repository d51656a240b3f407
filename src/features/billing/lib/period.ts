/**
 * Billing periods: presets and the date rules of the create-report form.
 *
 * Days are UTC calendar days. Webex and the simulator both count a report's days in UTC,
 * so "today" is the UTC date of the current instant on the tenant's clock (the
 * simulator's clock can be moved; pass its `now`, not the browser's, when they differ),
 * never the browser's local date: at 17:00 on 31 January in California it is already
 * 1 February in UTC, January is complete, and "last month" is January.
 *
 * Periods are inclusive: 2026-01-01 to 2026-01-31 is 31 days. The validity rules are the
 * contract's (`billingPeriodProblems`, which the simulator enforces), so the form refuses
 * exactly what the API would; only the wording is the form's.
 */
import { billingPeriodProblems } from '@contract/wholesale';
import { isCalendarDate, utcDate } from '@contract/validation';

export interface BillingPeriod {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  end: string;
}

export type PeriodPreset = 'lastMonth' | 'lastQuarter' | 'custom';

const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant: what Webex calls today. */
export function utcToday(now: Date): string {
  return utcDate(now);
}

function toUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in the period, both ends included. */
export function daysInPeriod(period: BillingPeriod): number {
  return Math.round((toUtcMs(period.end) - toUtcMs(period.start)) / DAY_MS) + 1;
}

/** The whole calendar month before today's (Date.UTC(y, m, 0) is the last day of the previous month). */
export function lastMonth(today: string): BillingPeriod {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return { start: fromUtc(year, month - 1, 1), end: fromUtc(year, month, 0) };
}

/** The last quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec) that has fully ended before today. */
export function lastFullQuarter(today: string): BillingPeriod {
  const year = Number(today.slice(0, 4));
  const quarterStartMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3;
  return { start: fromUtc(year, quarterStartMonth - 3, 1), end: fromUtc(year, quarterStartMonth, 0) };
}

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): BillingPeriod {
  return preset === 'lastMonth' ? lastMonth(today) : lastFullQuarter(today);
}

/** Which preset a period is, for showing the choice again (e.g. from the URL). */
export function matchPreset(period: BillingPeriod, today: string): PeriodPreset {
  for (const preset of ['lastMonth', 'lastQuarter'] as const) {
    const p = presetPeriod(preset, today);
    if (p.start === period.start && p.end === period.end) return preset;
  }
  return 'custom';
}

function isWholeMonths(period: BillingPeriod, months: number): boolean {
  const start = new Date(toUtcMs(period.start));
  if (start.getUTCDate() !== 1) return false;
  return fromUtc(start.getUTCFullYear(), start.getUTCMonth() + months, 0) === period.end;
}

/**
 * The period just before, to compare against: the previous month for a whole month, the
 * previous quarter for a whole quarter (three whole months), else as many days ending the
 * day before `start`.
 */
export function previousPeriod(period: BillingPeriod): BillingPeriod {
  const start = new Date(toUtcMs(period.start));
  for (const months of [1, 3]) {
    if (isWholeMonths(period, months)) {
      return {
        start: fromUtc(start.getUTCFullYear(), start.getUTCMonth() - months, 1),
        end: fromUtc(start.getUTCFullYear(), start.getUTCMonth(), 0),
      };
    }
  }
  const days = daysInPeriod(period);
  return { start: addDays(period.start, -days), end: addDays(period.start, -1) };
}

/**
 * The earliest start date the API accepts: the same calendar day five years ago, computed
 * like the contract (so 2024-02-29 gives 2019-03-01, as 2019 has no 29 February).
 */
export function earliestStartDate(today: string): string {
  const [year, month, day] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8, 10))];
  return fromUtc(year - 5, month - 1, day);
}

export interface PeriodErrors {
  billingStartDate?: string;
  billingEndDate?: string;
}

function dateError(value: string, which: 'start' | 'end'): string | undefined {
  if (value.trim() === '') return `Enter the ${which} date.`;
  if (!isCalendarDate(value.trim())) return `Enter a real calendar date written YYYY-MM-DD (got "${value}").`;
  return undefined;
}

/**
 * Per-field messages for a reconciliation period, keyed like the request body; an empty
 * object when the API would accept it. Point-in-time reports ignore dates: do not call it.
 */
export function validatePeriod(start: string, end: string, today: string): PeriodErrors {
  const errors: PeriodErrors = {};
  const startError = dateError(start, 'start');
  const endError = dateError(end, 'end');
  if (startError) errors.billingStartDate = startError;
  if (endError) errors.billingEndDate = endError;
  if (startError || endError) return errors;
  const [s, e] = [start.trim(), end.trim()];
  for (const problem of billingPeriodProblems(s, e, new Date(toUtcMs(today)))) {
    if (errors[problem.field]) continue;
    if (problem.errorCode === 'REPORT_PERIOD_END_BEFORE_START') {
      errors.billingEndDate = `The end date must be on or after the start date (${s}).`;
    } else if (problem.errorCode === 'REPORT_PERIOD_NOT_PAST') {
      errors.billingEndDate = `The end date must be before today (${today}, UTC): reports cover whole past days, up to ${addDays(today, -1)}.`;
    } else if (problem.errorCode === 'REPORT_PERIOD_TOO_OLD') {
      errors.billingStartDate = `The start date must be within the last five years (on or after ${earliestStartDate(today)}).`;
    } else {
      errors[problem.field] = problem.message;
    }
  }
  return errors;
}
