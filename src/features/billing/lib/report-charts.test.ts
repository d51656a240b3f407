// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compareReports, niceStep, perUserQuantityHistogram, quantityByService, topCustomers } from './report-charts';
import { tableFromCsv } from './report-encoder';
import { USER_REPORT_CSV } from './report-fixture.test-data';

const current = tableFromCsv(USER_REPORT_CSV);
const previous = tableFromCsv(
  [
    'CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,USER_ID,WORKSPACE_ID,SKU,DESCRIPTION,QUANTITY,LOCATION_ID,LICENSE_ID',
    'org-a,Acme,u1,,WEBEX_CALLING,Webex Calling,20,loc-1,',
    'org-b,Beta,u3,,WEBEX_MEETINGS,Webex Meetings,10,,',
    'org-d,Delta,u9,,WEBEX_SUITE,Webex Suite,5,,',
  ].join('\n'),
);

describe('report charts', () => {
  it('sums quantity per service, largest first', () => {
    expect(quantityByService(current)).toEqual([
      { key: 'WEBEX_CALLING', label: 'Webex Calling', quantity: 33.2 },
      { key: 'COMMON_AREA_CALLING', label: 'Common Area Calling', quantity: 16 },
      { key: 'WEBEX_MEETINGS', label: 'Webex Meetings', quantity: 9.5 },
      { key: 'WEBEX_VOICE', label: 'Webex Voice', quantity: 0.3 },
      { key: 'ATTENDANT_CONSOLE', label: 'Attendant Console', quantity: 0.1 },
    ]);
  });

  it('keeps the top N customers and sums the others', () => {
    expect(topCustomers(current, 2)).toEqual({
      top: [
        { key: 'org-a', label: 'Acme', quantity: 31.3 },
        { key: 'org-b', label: 'Beta', quantity: 25.5 },
      ],
      others: { customers: 2, quantity: 2.3 },
    });
    expect(topCustomers(current, 10).others).toEqual({ customers: 0, quantity: 0 });
  });

  it('bins per-user totals (a user with two packages counts once) into round-width bins', () => {
    // Per user: u1 31.1, u2 0.2, u3 9.5, w1 16, u4 2, u5 0.1, u6 0.2; max 31.1 / 10 bins → width 5.
    expect(perUserQuantityHistogram(current).map((b) => [b.label, b.users])).toEqual([
      ['0–5', 4],
      ['5–10', 1],
      ['10–15', 0],
      ['15–20', 1],
      ['20–25', 0],
      ['25–30', 0],
      ['30–35', 1],
    ]);
    expect(perUserQuantityHistogram(previous, { bins: 2 }).map((b) => [b.from, b.to, b.users])).toEqual([
      [0, 10, 1],
      [10, 20, 1],
      [20, 30, 1],
    ]);
    expect(perUserQuantityHistogram(tableFromCsv('SKU,QUANTITY\nA,1\n'))).toEqual([]);
  });

  it('picks round bin widths', () => {
    expect([3.11, 0.7, 2, 2.2, 12, 0].map(niceStep)).toEqual([5, 1, 2, 2.5, 20, 1]);
  });

  it('compares consecutive periods per service, per customer and in total, with % of the previous period', () => {
    const { byService, byCustomer, total } = compareReports(previous, current);
    expect(byService.map((g) => [g.key, g.previous, g.current, g.change, g.changePercent])).toEqual([
      ['COMMON_AREA_CALLING', 0, 16, 16, null],
      ['WEBEX_CALLING', 20, 33.2, 13.2, 66],
      ['WEBEX_SUITE', 5, 0, -5, -100],
      ['WEBEX_MEETINGS', 10, 9.5, -0.5, -5],
      ['WEBEX_VOICE', 0, 0.3, 0.3, null],
      ['ATTENDANT_CONSOLE', 0, 0.1, 0.1, null],
    ]);
    expect(byCustomer.map((g) => [g.label, g.previous, g.current, g.change, g.changePercent])).toEqual([
      ['Beta', 10, 25.5, 15.5, 155],
      ['Acme', 20, 31.3, 11.3, 56.5],
      ['Delta', 5, 0, -5, -100],
      ['Gamma (deleted)', 0, 2, 2, null],
      ['Cee', 0, 0.3, 0.3, null],
    ]);
    expect(total).toEqual({
      key: 'total',
      label: 'Total',
      previous: 35,
      current: 59.1,
      change: 24.1,
      changePercent: 68.9,
    });
  });
});
