import { describe, expect, it } from 'vitest';
import type { CheckVerdict } from './customer-check';
import { applyCheckVerdicts, rowsWithNumbers } from './import-check';
import { validateImport } from './import-validator';

const HEADER = ['firstName', 'lastName', 'email', 'package', 'location', 'phoneNumber', 'extension'];
const records = [
  HEADER,
  ['Ann', 'A', 'ann@example.com', 'webex_calling', '', '+14085550142', ''],
  ['Bob', 'B', 'bob@example.com', 'webex_calling', '', '', '4142'],
  ['Cy', 'C', 'cy@example.com', 'webex_meetings', '', '', ''],
  ['Dee', 'D', 'not-an-email', 'webex_calling', '', '', '4143'],
  ['Eve', 'E', 'eve@example.com', 'webex_calling', '', '', '4144'],
  ['Fay', 'F', 'fay@example.com', 'webex_calling', '', '', '4145'],
];
const result = validateImport(records, { locations: [] });

describe('import check', () => {
  it('checks only valid calling rows that carry a number or extension', () => {
    expect(rowsWithNumbers(result).map((u) => u.email)).toEqual([
      'ann@example.com',
      'bob@example.com',
      'eve@example.com',
      'fay@example.com',
    ]);
  });

  it('puts refusals on their cells, counts them as problems and leaves failed checks valid', () => {
    const verdicts: Record<string, CheckVerdict> = {
      'ann@example.com': { kind: 'refused', cell: 'phoneNumber', code: 1201, message: 'Webex 1201: taken.' },
      'bob@example.com': { kind: 'refused', cell: 'extension', code: 1202, message: 'Webex 1202: taken.' },
      'eve@example.com': { kind: 'failed', message: 'Could not check this row with Webex (no answer).' },
      'fay@example.com': { kind: 'ok' },
    };
    const before = result.summary;
    expect(before).toMatchObject({ validRows: 5, invalidRows: 1, errorCount: 1, packages: { webex_calling: 4 } });
    const checked = applyCheckVerdicts(result, (u) => verdicts[u.email]);
    expect(checked.refused).toBe(2);
    expect(checked.failed).toBe(1);
    expect(checked.result.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, 'phoneNumber', 'Webex 1201: taken.'],
      [3, 'extension', 'Webex 1202: taken.'],
      [5, 'email', expect.any(String)],
    ]);
    expect(checked.result.summary).toMatchObject({
      totalRows: 6,
      validRows: 3,
      invalidRows: 3,
      errorCount: 3,
      errorsByColumn: { email: 1, phoneNumber: 1, extension: 1 },
      packages: { webex_calling: 2, webex_meetings: 1 },
    });
    expect(checked.result.rows.filter((r) => r.user).map((r) => r.user?.email)).toEqual([
      'cy@example.com',
      'eve@example.com',
      'fay@example.com',
    ]);
    // The result given is left as it was.
    expect(result.summary.validRows).toBe(5);
  });

  it('without refusals the result is the same object', () => {
    expect(applyCheckVerdicts(result, () => ({ kind: 'ok' })).result).toBe(result);
  });
});
