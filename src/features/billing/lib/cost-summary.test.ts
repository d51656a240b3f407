// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCsvParser } from '@/shared/csv/csv-parser';
import { costSummary, costSummaryCsv, costSummaryFromReport, type UsageLine } from './cost-summary';
import type { PriceBook } from './price-book';
import { tableFromCsv } from './report-encoder';

/*
 * Hand-computed January 2026 (31 days), USD, tax 8.875 %:
 *   WEBEX_CALLING  transfer 12.40 (1240¢) resale 18.60 (1860¢) → per user-day 40¢ / 60¢
 *   WEBEX_VOICE    transfer  0.31 (31¢)   resale  0.93 (93¢)   → per user-day 1¢ / 3¢
 *   WEBEX_MEETINGS no price
 * Acme: CALLING 31 + 15.5 = 46.5 → cost 46.5×40 = 1860, revenue 46.5×60 = 2790
 *       VOICE 0.5 → cost 0.5 → 0 (half-even), revenue 1.5 → 2 (half-even)
 *       MEETINGS 31 → unpriced
 *       cost 1860, revenue 2792, margin 932, 932/2792 = 33.381 % → 33.38
 *       tax 2792 × 8.875 % = 247.79 → 248; after tax 3040
 * Bee:  CALLING 0.1 + 0.2 = 0.3 → cost 12, revenue 18
 *       VOICE 2.5 → cost 2.5 → 2, revenue 7.5 → 8
 *       cost 14, revenue 26, margin 12, 12/26 = 46.154 % → 46.15; tax 26 × 8.875 % = 2.3075 → 2; after tax 28
 * Total: cost 1874, revenue 2818, margin 944, 944/2818 = 33.499 % → 33.50, tax 250, after tax 3068
 */
const book: PriceBook = {
  currency: 'USD',
  taxRatePercent: '8.875',
  prices: {
    WEBEX_CALLING: { transferPrice: 1240n, resalePrice: 1860n },
    WEBEX_VOICE: { transferPrice: 31n, resalePrice: 93n },
  },
};
const january = { start: '2026-01-01', end: '2026-01-31' };

const REPORT = [
  'CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,USER_ID,SKU,QUANTITY,LOCATION_ID',
  'org-a,Acme,u1,WEBEX_CALLING,31,loc-1',
  'org-a,Acme,u2,WEBEX_CALLING,15.5,loc-2',
  'org-a,Acme,u3,WEBEX_VOICE,0.5,',
  'org-a,Acme,u4,WEBEX_MEETINGS,31,',
  'org-b,Bee,u5,WEBEX_CALLING,0.1,',
  'org-b,Bee,u6,WEBEX_CALLING,0.2,',
  'org-b,Bee,u7,WEBEX_VOICE,2.5,',
  'org-b,Bee,u8,WEBEX_VOICE,,',
].join('\n');

describe('cost summary', () => {
  const summary = costSummaryFromReport(tableFromCsv(REPORT), book, january);

  it('prorates monthly prices by days and rounds each customer × SKU line half-even', () => {
    const acme = summary.customers.find((c) => c.customerExternalId === 'Acme');
    expect(acme?.lines.map((l) => [l.sku, l.quantity, l.cost, l.revenue, l.priced])).toEqual([
      ['WEBEX_CALLING', '46.5', 1860n, 2790n, true],
      ['WEBEX_MEETINGS', '31', 0n, 0n, false],
      ['WEBEX_VOICE', '0.5', 0n, 2n, true],
    ]);
    const bee = summary.customers.find((c) => c.customerExternalId === 'Bee');
    expect(bee?.lines.map((l) => [l.sku, l.quantity, l.cost, l.revenue])).toEqual([
      ['WEBEX_CALLING', '0.3', 12n, 18n],
      ['WEBEX_VOICE', '2.5', 2n, 8n],
    ]);
  });

  it('totals per customer with margin %, tax on revenue and totals after tax', () => {
    expect(summary.customers.map(({ lines: _lines, ...totals }) => totals)).toEqual([
      {
        key: 'org-a',
        customerOrgId: 'org-a',
        customerExternalId: 'Acme',
        cost: 1860n,
        revenue: 2792n,
        margin: 932n,
        marginPercent: '33.38',
        tax: 248n,
        totalBeforeTax: 2792n,
        totalAfterTax: 3040n,
      },
      {
        key: 'org-b',
        customerOrgId: 'org-b',
        customerExternalId: 'Bee',
        cost: 14n,
        revenue: 26n,
        margin: 12n,
        marginPercent: '46.15',
        tax: 2n,
        totalBeforeTax: 26n,
        totalAfterTax: 28n,
      },
    ]);
    expect(summary.totals).toEqual({
      cost: 1874n,
      revenue: 2818n,
      margin: 944n,
      marginPercent: '33.50',
      tax: 250n,
      totalBeforeTax: 2818n,
      totalAfterTax: 3068n,
    });
    expect(summary.unpriced).toEqual([{ sku: 'WEBEX_MEETINGS', quantity: '31' }]);
    expect(summary.skippedRows).toBe(1);
    expect(summary.days).toBe(31);
  });

  it('stays exact for large amounts and prorates a leap February by 29 days', () => {
    const big: UsageLine[] = [{ customerOrgId: 'o', customerExternalId: 'Big', sku: 'X', quantity: '123456.7891' }];
    const bigBook: PriceBook = {
      currency: 'USD',
      taxRatePercent: '0',
      prices: { X: { transferPrice: 9_999_999_999n, resalePrice: 9_999_999_999n } },
    };
    // 123456.7891 × 9999999999 / 31 = 39824770673436.877… minor units
    expect(costSummary(big, bigBook, january).totals.cost).toBe(39_824_770_673_437n);
    const feb: UsageLine[] = [{ customerOrgId: 'o', customerExternalId: 'F', sku: 'WEBEX_CALLING', quantity: '29' }];
    // A whole leap February costs exactly one unit price.
    expect(costSummary(feb, book, { start: '2024-02-01', end: '2024-02-29' }).totals.cost).toBe(1240n);
  });

  it('rounds quantities with more than 4 decimals half-even and groups deleted customers by external ID', () => {
    const usage: UsageLine[] = [
      { customerOrgId: '', customerExternalId: 'Gone', sku: 'WEBEX_CALLING', quantity: '1.00005' },
      { customerOrgId: '', customerExternalId: 'Gone', sku: 'WEBEX_CALLING', quantity: '1.00015' },
    ];
    const result = costSummary(usage, book, january);
    expect(result.customers.map((c) => [c.key, c.lines[0]?.quantity])).toEqual([['ext:Gone', '2.0002']]);
  });

  it('exports lines, subtotals and a grand total as CSV with amounts in the currency', () => {
    const rows: string[][] = [];
    const parser = createCsvParser((batch) => rows.push(...batch));
    parser.push(costSummaryCsv(summary));
    parser.finish();
    expect(rows[0]).toEqual([
      'Customer external ID',
      'Customer org ID',
      'SKU',
      'Quantity (user-days)',
      'Unit transfer price (USD/month)',
      'Unit resale price (USD/month)',
      'Cost (USD)',
      'Revenue (USD)',
      'Margin (USD)',
      'Margin %',
      'Tax (USD)',
      'Total after tax (USD)',
    ]);
    expect(rows[1]).toEqual([
      'Acme',
      'org-a',
      'WEBEX_CALLING',
      '46.5',
      '12.40',
      '18.60',
      '18.60',
      '27.90',
      '9.30',
      '',
      '',
      '',
    ]);
    expect(rows[2]?.slice(2, 7)).toEqual(['WEBEX_MEETINGS', '31', 'no price', 'no price', '0.00']);
    expect(rows[4]).toEqual([
      'Acme',
      'org-a',
      'Subtotal',
      '',
      '',
      '',
      '18.60',
      '27.92',
      '9.32',
      '33.38',
      '2.48',
      '30.40',
    ]);
    expect(rows.at(-1)).toEqual([
      'Total (2026-01-01 to 2026-01-31, tax 8.875 %)',
      '',
      '',
      '',
      '',
      '',
      '18.74',
      '28.18',
      '9.44',
      '33.50',
      '2.50',
      '30.68',
    ]);
  });
});
