// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BILLING_REPORT_COLUMNS } from '@contract/wholesale';
import {
  defaultColumnLayout,
  type ColumnLayout,
  moveColumn,
  parseColumnLayout,
  reconcileColumnLayout,
  reportColumnLabel,
  setColumnVisible,
  visibleColumns,
} from './report-columns';
import { tableFromCsv } from './report-encoder';
import { reportViewCsv, reportViewCsvChunks } from './report-export';
import { USER_REPORT_CSV } from './report-fixture.test-data';
import { canGroupBy, groupReport } from './report-groups';
import { distinctValues, filterRows, queryReport, searchRows, sortRows, allRows } from './report-model';

const table = tableFromCsv(USER_REPORT_CSV);
const list = (rows: Uint32Array) => Array.from(rows);

describe('report view: filter, search, sort', () => {
  it('filters by column values, all filters together', () => {
    expect(list(filterRows(table, { SKU: ['WEBEX_CALLING'] }))).toEqual([0, 2, 5]);
    expect(
      list(filterRows(table, { SKU: ['WEBEX_CALLING', 'WEBEX_VOICE'], CUSTOMER_EXTERNAL_ID: ['Acme', 'Cee'] })),
    ).toEqual([0, 2, 6, 7]);
    expect(list(filterRows(table, { SKU: [] }))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(list(filterRows(table, { REPORT_DATE: ['2026-01-31'] }))).toEqual([]);
  });

  it('searches case-insensitively in every column or the chosen ones', () => {
    expect(list(searchRows(table, 'ACME'))).toEqual([0, 1, 2]);
    expect(list(searchRows(table, ' W1 '))).toEqual([4]);
    expect(list(searchRows(table, 'loc-'))).toEqual([0, 1, 2, 4]);
    expect(list(searchRows(table, 'calling', ['DESCRIPTION']))).toEqual([0, 2, 4, 5]);
    expect(list(searchRows(table, 'zzz'))).toEqual([]);
    expect(list(searchRows(table, '   '))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('sorts QUANTITY as numbers (16 after 2), keeping file order for ties in both directions', () => {
    expect(list(sortRows(table, allRows(table), [{ column: 'QUANTITY', direction: 'asc' }]))).toEqual([
      1, 6, 2, 7, 5, 3, 4, 0,
    ]);
    expect(list(sortRows(table, allRows(table), [{ column: 'QUANTITY', direction: 'desc' }]))).toEqual([
      0, 4, 3, 5, 2, 7, 1, 6,
    ]);
  });

  it('sorts by several columns, text case-insensitively and numbers inside text naturally', () => {
    const rows = sortRows(table, allRows(table), [
      { column: 'CUSTOMER_EXTERNAL_ID', direction: 'asc' },
      { column: 'QUANTITY', direction: 'desc' },
    ]);
    expect(list(rows)).toEqual([0, 2, 1, 4, 3, 7, 6, 5]);
    const names = tableFromCsv('CUSTOMER_EXTERNAL_ID,SKU,QUANTITY\nCustomer 10,A,1\ncustomer 2,A,1\nCustomer 1,A,1\n');
    expect(list(sortRows(names, allRows(names), [{ column: 'CUSTOMER_EXTERNAL_ID', direction: 'asc' }]))).toEqual([
      2, 1, 0,
    ]);
  });

  it('combines filter, search and sort in queryReport', () => {
    const rows = queryReport(table, {
      filters: { SKU: ['WEBEX_CALLING'] },
      search: 'acme',
      sort: [{ column: 'QUANTITY', direction: 'asc' }],
    });
    expect(list(rows)).toEqual([2, 0]);
  });

  it('lists distinct values with counts for filter menus, most frequent first', () => {
    expect(distinctValues(table, 'SKU')).toEqual([
      { value: 'WEBEX_CALLING', count: 3 },
      { value: 'WEBEX_VOICE', count: 2 },
      { value: 'ATTENDANT_CONSOLE', count: 1 },
      { value: 'COMMON_AREA_CALLING', count: 1 },
      { value: 'WEBEX_MEETINGS', count: 1 },
    ]);
    expect(distinctValues(table, 'SKU', new Uint32Array([3, 4]))).toEqual([
      { value: 'COMMON_AREA_CALLING', count: 1 },
      { value: 'WEBEX_MEETINGS', count: 1 },
    ]);
  });
});

describe('report groups', () => {
  it('totals per customer exactly (0.1 + 0.2 = 0.3), counting each user once, deleted customers by external ID', () => {
    const { groups, total } = groupReport(table, 'customer');
    expect(groups).toEqual([
      { key: 'org-a', label: 'Acme', secondary: 'org-a', rowCount: 3, quantity: 31.3, users: 2 },
      { key: 'org-b', label: 'Beta', secondary: 'org-b', rowCount: 2, quantity: 25.5, users: 2 },
      { key: 'ext:Gamma (deleted)', label: 'Gamma (deleted)', secondary: '', rowCount: 1, quantity: 2, users: 1 },
      { key: 'org-c', label: 'Cee', secondary: 'org-c', rowCount: 2, quantity: 0.3, users: 2 },
    ]);
    expect(total).toEqual({ rowCount: 8, quantity: 59.1, users: 7 });
  });

  it('totals per service and per location, with location names supplied by the caller', () => {
    expect(groupReport(table, 'service').groups.map((g) => [g.key, g.label, g.quantity, g.users])).toEqual([
      ['WEBEX_CALLING', 'Webex Calling', 33.2, 3],
      ['COMMON_AREA_CALLING', 'Common Area Calling', 16, 1],
      ['WEBEX_MEETINGS', 'Webex Meetings', 9.5, 1],
      ['WEBEX_VOICE', 'Webex Voice', 0.3, 2],
      ['ATTENDANT_CONSOLE', 'Attendant Console', 0.1, 1],
    ]);
    const byLocation = groupReport(table, 'location', allRows(table), {
      labelFor: (key) => ({ 'loc-1': 'Head office' })[key],
    });
    expect(byLocation.groups.map((g) => [g.key, g.label, g.quantity, g.rowCount])).toEqual([
      ['loc-1', 'Head office', 31.1, 2],
      ['loc-3', 'loc-3', 16, 1],
      ['', 'No location', 11.8, 4],
      ['loc-2', 'loc-2', 0.2, 1],
    ]);
  });

  it('groups only the given rows, and knows which groupings a report type allows', () => {
    const { groups, total } = groupReport(table, 'service', filterRows(table, { CUSTOMER_EXTERNAL_ID: ['Acme'] }));
    expect(groups.map((g) => [g.key, g.quantity])).toEqual([
      ['WEBEX_CALLING', 31.2],
      ['ATTENDANT_CONSOLE', 0.1],
    ]);
    expect(total).toEqual({ rowCount: 3, quantity: 31.3, users: 2 });
    const partner = tableFromCsv('PARTNER_NAME,SKU,DESCRIPTION,QUANTITY\nP,WEBEX_CALLING,Webex Calling,12.5\n');
    expect(canGroupBy(partner, 'customer')).toBe(false);
    expect(canGroupBy(partner, 'service')).toBe(true);
    expect(groupReport(partner, 'service').total).toEqual({ rowCount: 1, quantity: 12.5, users: null });
  });
});

describe('report export', () => {
  it('writes the chosen columns of the given rows, in that order, under the Webex column names', () => {
    const csv = reportViewCsv(table, new Uint32Array([1, 5]), ['CUSTOMER_EXTERNAL_ID', 'QUANTITY', 'LICENSE_ID']);
    expect(csv).toBe('\uFEFFCUSTOMER_EXTERNAL_ID,QUANTITY,LICENSE_ID\r\nAcme,0.1,L2\r\nGamma (deleted),2,\r\n');
  });

  it('neutralises formulas and quotes commas; pieces add up to the whole file', () => {
    const risky = tableFromCsv('CUSTOMER_EXTERNAL_ID,SKU,QUANTITY\n"=HYPERLINK(""x"")",A,-1.5\n"Acme, Inc",B,3\n');
    const rows = allRows(risky);
    const whole = reportViewCsv(risky, rows, risky.columns, { bom: false });
    expect(whole).toBe('CUSTOMER_EXTERNAL_ID,SKU,QUANTITY\r\n"\'=HYPERLINK(""x"")",A,-1.5\r\n"Acme, Inc",B,3\r\n');
    expect([...reportViewCsvChunks(risky, rows, risky.columns, { bom: false, chunkRows: 1 })]).toHaveLength(3);
    expect([...reportViewCsvChunks(risky, rows, risky.columns, { bom: false, chunkRows: 1 })].join('')).toBe(whole);
  });
});

describe('column chooser', () => {
  const user = BILLING_REPORT_COLUMNS.USER.RECONCILIATION;

  it('hides the partner identifiers and the duplicate SERVICE_NAME by default', () => {
    const layout = defaultColumnLayout(user);
    expect(visibleColumns(layout)).toEqual([
      'CUSTOMER_ORG_ID',
      'CUSTOMER_EXTERNAL_ID',
      'SUBSCRIBER_ID',
      'USER_ID',
      'WORKSPACE_ID',
      'SKU',
      'DESCRIPTION',
      'CONSUMPTION_START_DATE',
      'CONSUMPTION_END_DATE',
      'QUANTITY',
      'LOCATION_ID',
      'LICENSE_ID',
    ]);
    expect(reportColumnLabel('LICENSE_ID')).toBe('Licence ID');
    expect(reportColumnLabel('NEW_COLUMN')).toBe('NEW_COLUMN');
  });

  it('shows, hides and moves columns, but never hides the last visible one', () => {
    let layout: ColumnLayout = { order: ['SKU', 'QUANTITY'], hidden: [] };
    layout = setColumnVisible(layout, 'SKU', false);
    expect(visibleColumns(layout)).toEqual(['QUANTITY']);
    expect(setColumnVisible(layout, 'QUANTITY', false)).toBe(layout);
    layout = setColumnVisible(layout, 'SKU', true);
    expect(visibleColumns(moveColumn(layout, 'QUANTITY', 0))).toEqual(['QUANTITY', 'SKU']);
    expect(moveColumn(layout, 'QUANTITY', 99).order).toEqual(['SKU', 'QUANTITY']);
  });

  it('fits a saved layout to another report type and survives unreadable storage', () => {
    const saved = moveColumn(setColumnVisible(defaultColumnLayout(user), 'USER_ID', false), 'QUANTITY', 0);
    const snapshot = BILLING_REPORT_COLUMNS.CUSTOMER.POINT_IN_TIME;
    const fitted = reconcileColumnLayout(saved, snapshot);
    expect(fitted.order[0]).toBe('QUANTITY');
    expect(fitted.order.at(-1)).toBe('REPORT_DATE');
    expect(fitted.order).not.toContain('USER_ID');
    expect(visibleColumns(fitted)).toContain('REPORT_DATE');
    expect(new Set(fitted.order)).toEqual(new Set(snapshot));
    expect(parseColumnLayout({ order: 'nope' }, snapshot)).toEqual(defaultColumnLayout(snapshot));
    expect(parseColumnLayout(JSON.parse(JSON.stringify(saved)), user)).toEqual(saved);
  });
});
