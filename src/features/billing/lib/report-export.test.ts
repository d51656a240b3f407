// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tableFromCsv } from './report-encoder';
import { groupedReportCsv, reportViewCsv } from './report-export';
import { USER_REPORT_CSV } from './report-fixture.test-data';
import { groupReport } from './report-groups';
import { queryReport } from './report-model';

const table = tableFromCsv(USER_REPORT_CSV);

describe('export of the current view', () => {
  it('writes the filtered, searched and sorted rows with the chosen columns only', () => {
    const rows = queryReport(table, {
      filters: { SKU: ['WEBEX_CALLING', 'WEBEX_VOICE'] },
      search: 'c',
      sort: [{ column: 'QUANTITY', direction: 'desc' }],
    });
    // "c" hits Acme/Cee (customer), Webex Calling/Voice (description), loc-*; Gamma's row
    // holds "Webex Calling" too. Sorted by quantity: 31, 2, 0.2, 0.2 (Acme before Cee: file order), 0.1.
    expect(reportViewCsv(table, rows, ['CUSTOMER_EXTERNAL_ID', 'USER_ID', 'QUANTITY'], { bom: false })).toBe(
      [
        'CUSTOMER_EXTERNAL_ID,USER_ID,QUANTITY',
        'Acme,u1,31',
        'Gamma (deleted),u4,2',
        'Acme,u2,0.2',
        'Cee,u6,0.2',
        'Cee,u5,0.1',
        '',
      ].join('\r\n'),
    );
  });

  it('starts with a byte order mark unless asked not to', () => {
    expect(reportViewCsv(table, new Uint32Array(0), ['SKU']).startsWith('\uFEFFSKU\r\n')).toBe(true);
  });

  it('writes one line per group and a total; quantities sum exactly (0.1 + 0.2 = 0.3)', () => {
    const csv = groupedReportCsv(groupReport(table, 'customer'), { bom: false });
    // Acme 31 + 0.1 + 0.2 = 31.3 (users u1, u2); Beta 9.5 + 16 = 25.5 (u3, w1); Cee 0.1 + 0.2 = 0.3;
    // Gamma has no org ID and is keyed by its external ID. Total 59.1 over 8 rows and 7 users.
    expect(csv.split('\r\n')).toEqual([
      'CUSTOMER_EXTERNAL_ID,CUSTOMER_ORG_ID,ROWS,USERS,QUANTITY',
      'Acme,org-a,3,2,31.3',
      'Beta,org-b,2,2,25.5',
      'Gamma (deleted),,1,1,2',
      'Cee,org-c,2,2,0.3',
      'TOTAL,,8,7,59.1',
      '',
    ]);
  });

  it('groups by location without a key column, and only the rows in view', () => {
    const rows = queryReport(table, { filters: { SKU: ['WEBEX_CALLING'] } });
    expect(groupedReportCsv(groupReport(table, 'location', rows), { bom: false }).split('\r\n')).toEqual([
      'LOCATION_ID,ROWS,USERS,QUANTITY',
      'loc-1,1,1,31',
      'No location,1,1,2',
      'loc-2,1,1,0.2',
      'TOTAL,3,3,33.2',
      '',
    ]);
  });
});
