// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './list';
import type { BillingReportRow } from './reports';

const row = {
  id: 'R1',
  billing_start_date: '2026-01-01',
  billing_end_date: '2026-01-31',
  status: 'COMPLETED',
} as BillingReportRow;

describe('list cursors', () => {
  it('round-trip the sort value and id of the last item for the sort they were issued for', () => {
    expect(decodeCursor(encodeCursor('billingEndDate', row), 'billingEndDate')).toEqual({
      sortBy: 'billingEndDate',
      value: '2026-01-31',
      id: 'R1',
    });
    expect(decodeCursor(encodeCursor('status', row), 'status')?.value).toBe('COMPLETED');
  });

  it('refuse a cursor of another sort order, garbage, or a date cursor without a date', () => {
    expect(decodeCursor(encodeCursor('status', row), 'id')).toBeNull();
    expect(decodeCursor('not base64 json', 'id')).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 'id')).toBeNull();
    const forged = Buffer.from(JSON.stringify(['billingStartDate', "x') OR 1=1", 'R1'])).toString('base64url');
    expect(decodeCursor(forged, 'billingStartDate')).toBeNull();
  });
});
