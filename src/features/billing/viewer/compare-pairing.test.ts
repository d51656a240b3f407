// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ListReport } from '@contract/wholesale';
import { comparableReports, pairProblem, previousReportFor } from './compare-pairing';

const report = (id: string, type: string, start: string, end: string, extra: Partial<ListReport> = {}): ListReport => ({
  id,
  type,
  billingStartDate: start,
  billingEndDate: end,
  category: 'RECONCILIATION',
  status: 'COMPLETED',
  ...extra,
});

const reports = [
  report('oct-user', 'USER', '2026-10-01', '2026-10-31'),
  report('sep-user', 'USER', '2026-09-01', '2026-09-30'),
  report('sep-cust', 'CUSTOMER', '2026-09-01', '2026-09-30'),
  report('q2-user', 'USER', '2026-04-01', '2026-06-30'),
  report('q3-user', 'USER', '2026-07-01', '2026-09-30'),
  report('snap', 'USER', '2026-10-01', '2026-10-01', { category: 'POINT_IN_TIME' }),
  report('busy', 'USER', '2026-08-01', '2026-08-31', { status: 'IN_PROGRESS' }),
];

describe('comparison pairing', () => {
  it('offers completed reconciliation reports, latest period first', () => {
    expect(comparableReports(reports).map((r) => r.id)).toEqual([
      'oct-user',
      'sep-cust',
      'sep-user',
      'q3-user',
      'q2-user',
    ]);
  });

  it('pre-selects the previous month of the same type, and the previous quarter for a quarter', () => {
    expect(previousReportFor(reports, reports[0] as ListReport)?.id).toBe('sep-user');
    expect(previousReportFor(reports, reports[4] as ListReport)?.id).toBe('q2-user');
    // No USER report for August: nothing pre-selected for September.
    expect(previousReportFor(reports, reports[1] as ListReport)).toBeUndefined();
  });

  it('says why a pair is not two consecutive periods of one type', () => {
    const [oct, sep, sepCustomer, q2] = reports as [ListReport, ListReport, ListReport, ListReport];
    expect(pairProblem(sep, oct)).toBeNull();
    expect(pairProblem(sepCustomer, oct)).toBe('type');
    expect(pairProblem(oct, sep)).toBe('order');
    expect(pairProblem(q2, oct)).toBe('gap');
  });
});
