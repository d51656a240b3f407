/**
 * Which reports the comparison pickers offer and pre-select: reconciliation reports only
 * (a snapshot has no period), the same type on both sides, and for a chosen later report
 * the one covering the period just before it.
 */
import type { ListReport } from '@contract/wholesale';
import { previousPeriod } from '../lib/period';

export function comparableReports(reports: readonly ListReport[]): ListReport[] {
  return reports
    .filter((r) => r.category !== 'POINT_IN_TIME' && r.status === 'COMPLETED' && r.billingStartDate && r.billingEndDate)
    .sort(
      (x, y) => (y.billingStartDate as string).localeCompare(x.billingStartDate as string) || x.id.localeCompare(y.id),
    );
}

/** The report of the same type whose period is the one just before `later`'s, if any. */
export function previousReportFor(reports: readonly ListReport[], later: ListReport): ListReport | undefined {
  if (!later.billingStartDate || !later.billingEndDate) return undefined;
  const wanted = previousPeriod({ start: later.billingStartDate, end: later.billingEndDate });
  return comparableReports(reports).find(
    (r) => r.type === later.type && r.billingStartDate === wanted.start && r.billingEndDate === wanted.end,
  );
}

export type PairProblem = 'type' | 'order' | 'gap' | null;

/** Why a pair is not two consecutive periods of one type (shown beside the result, not blocking). */
export function pairProblem(earlier: ListReport, later: ListReport): PairProblem {
  if (earlier.type !== later.type) return 'type';
  if ((earlier.billingStartDate ?? '') >= (later.billingStartDate ?? '')) return 'order';
  const wanted = previousPeriod({ start: later.billingStartDate ?? '', end: later.billingEndDate ?? '' });
  return wanted.start === earlier.billingStartDate && wanted.end === earlier.billingEndDate ? null : 'gap';
}
