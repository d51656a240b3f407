/**
 * Cost summary of a RECONCILIATION report: per customer and in total, what Cisco charges
 * (cost), what the partner bills (revenue), the margin, and tax on revenue.
 *
 * Rules, all in exact bigint arithmetic:
 * - QUANTITY is user-days: per user and package, the days (or fractions of days) held,
 *   summed over the period. A unit price is per month, so it is prorated by the days of
 *   the report period: amount = quantity × unit price ÷ days in the period. A user who
 *   held a package for the whole of a 31-day January (quantity 31) costs one unit price.
 * - A line is one customer × SKU: the quantities of all its report rows (users, locations,
 *   licences) are added exactly first; then cost and revenue are each rounded half-even
 *   to the currency's minor unit, once per line.
 * - Tax is charged on each customer's revenue (one invoice per customer), rounded
 *   half-even to the minor unit; total after tax = revenue + tax.
 * - Customer and grand totals are sums of the rounded lines (and rounded taxes), so the
 *   summary adds up exactly as printed.
 * - Margin % = margin ÷ revenue, rounded half-even to 2 decimals; none when revenue is 0.
 * - SKUs without a price are listed (`unpriced`) and count 0, rather than guessed.
 * - Quantities with more than 4 decimals (Webex prints at most 4) are rounded half-even to 4.
 */
import { csvLine, type CsvValue } from '@/shared/csv/csv-writer';
import { divideHalfEven, formatDecimal, formatDecimalTrimmed, minorDigits, parseDecimal } from './money';
import { daysInPeriod, type BillingPeriod } from './period';
import { TAX_RATE_DIGITS, type PriceBook } from './price-book';
import { columnReader, type ReportTable } from './report-table';

const QUANTITY_DIGITS = 4;
const QUANTITY_ONE = 10n ** BigInt(QUANTITY_DIGITS);

export interface UsageLine {
  customerOrgId: string;
  customerExternalId: string;
  sku: string;
  /** QUANTITY exactly as the report prints it. */
  quantity: string;
}

export interface CostLine {
  sku: string;
  /** Summed quantity, exact, without trailing zeros. */
  quantity: string;
  priced: boolean;
  transferPrice: bigint | null;
  resalePrice: bigint | null;
  cost: bigint;
  revenue: bigint;
  margin: bigint;
}

export interface CostTotals {
  cost: bigint;
  revenue: bigint;
  margin: bigint;
  /** "33.38"; null when there is no revenue. */
  marginPercent: string | null;
  tax: bigint;
  totalBeforeTax: bigint;
  totalAfterTax: bigint;
}

export interface CustomerCost extends CostTotals {
  /** The org ID, or `ext:<external ID>` for a customer whose org ID the report leaves empty. */
  key: string;
  customerOrgId: string;
  customerExternalId: string;
  lines: CostLine[];
}

export interface CostSummary {
  currency: string;
  /** Scale of every amount (2 for USD). */
  minorDigits: number;
  taxRatePercent: string;
  period: BillingPeriod;
  days: number;
  customers: CustomerCost[];
  totals: CostTotals;
  unpriced: { sku: string; quantity: string }[];
  /** Rows whose QUANTITY is empty or not a number (left out). */
  skippedRows: number;
}

/** Exact quantity in ten-thousandths; null for an empty or malformed value. */
function quantityOf(text: string): bigint | null {
  const match = /^\s*(\d*)(?:\.(\d*))?\s*$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return null;
  const fraction = match[2] ?? '';
  if (fraction.length <= QUANTITY_DIGITS) {
    const parsed = parseDecimal(text, QUANTITY_DIGITS);
    return parsed.ok ? parsed.value : null;
  }
  const exact = BigInt((match[1] || '0') + fraction);
  return divideHalfEven(exact, 10n ** BigInt(fraction.length - QUANTITY_DIGITS));
}

function totalsOf(cost: bigint, revenue: bigint, tax: bigint): CostTotals {
  const margin = revenue - cost;
  return {
    cost,
    revenue,
    margin,
    marginPercent: revenue === 0n ? null : formatDecimal(divideHalfEven(margin * 10_000n, revenue), 2),
    tax,
    totalBeforeTax: revenue,
    totalAfterTax: revenue + tax,
  };
}

export function costSummary(usage: Iterable<UsageLine>, book: PriceBook, period: BillingPeriod): CostSummary {
  const days = BigInt(daysInPeriod(period));
  const rate = parseDecimal(book.taxRatePercent, TAX_RATE_DIGITS);
  if (!rate.ok) throw new RangeError(`taxRatePercent "${book.taxRatePercent}" is not a decimal; use parsePriceBook`);
  const taxDivisor = 100n * 10n ** BigInt(TAX_RATE_DIGITS);

  const customers = new Map<string, { orgId: string; externalId: string; skus: Map<string, bigint> }>();
  let skippedRows = 0;
  for (const line of usage) {
    const quantity = quantityOf(line.quantity);
    if (quantity === null) {
      skippedRows++;
      continue;
    }
    const key = line.customerOrgId || `ext:${line.customerExternalId}`;
    let customer = customers.get(key);
    if (!customer) {
      customer = { orgId: line.customerOrgId, externalId: line.customerExternalId, skus: new Map() };
      customers.set(key, customer);
    }
    customer.skus.set(line.sku, (customer.skus.get(line.sku) ?? 0n) + quantity);
  }

  const unpriced = new Map<string, bigint>();
  const summaries: CustomerCost[] = [];
  for (const [key, customer] of customers) {
    let cost = 0n;
    let revenue = 0n;
    const lines: CostLine[] = [];
    for (const [sku, quantity] of [...customer.skus].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const prices = book.prices[sku];
      const denominator = days * QUANTITY_ONE;
      const lineCost = prices ? divideHalfEven(quantity * prices.transferPrice, denominator) : 0n;
      const lineRevenue = prices ? divideHalfEven(quantity * prices.resalePrice, denominator) : 0n;
      if (!prices) unpriced.set(sku, (unpriced.get(sku) ?? 0n) + quantity);
      cost += lineCost;
      revenue += lineRevenue;
      lines.push({
        sku,
        quantity: formatDecimalTrimmed(quantity, QUANTITY_DIGITS),
        priced: prices !== undefined,
        transferPrice: prices?.transferPrice ?? null,
        resalePrice: prices?.resalePrice ?? null,
        cost: lineCost,
        revenue: lineRevenue,
        margin: lineRevenue - lineCost,
      });
    }
    const tax = divideHalfEven(revenue * rate.value, taxDivisor);
    summaries.push({
      key,
      customerOrgId: customer.orgId,
      customerExternalId: customer.externalId,
      lines,
      ...totalsOf(cost, revenue, tax),
    });
  }
  summaries.sort((a, b) => (b.revenue > a.revenue ? 1 : b.revenue < a.revenue ? -1 : a.key < b.key ? -1 : 1));

  const sum = (pick: (c: CustomerCost) => bigint) => summaries.reduce((total, c) => total + pick(c), 0n);
  return {
    currency: book.currency,
    minorDigits: minorDigits(book.currency),
    taxRatePercent: book.taxRatePercent,
    period,
    days: Number(days),
    customers: summaries,
    totals: totalsOf(
      sum((c) => c.cost),
      sum((c) => c.revenue),
      sum((c) => c.tax),
    ),
    unpriced: [...unpriced].map(([sku, quantity]) => ({
      sku,
      quantity: formatDecimalTrimmed(quantity, QUANTITY_DIGITS),
    })),
    skippedRows,
  };
}

/** The usage lines of a CUSTOMER or USER report (a PARTNER report gives one customer with empty IDs). */
export function* usageFromReport(table: ReportTable): Generator<UsageLine> {
  const [orgId, externalId, sku, quantity] = ['CUSTOMER_ORG_ID', 'CUSTOMER_EXTERNAL_ID', 'SKU', 'QUANTITY'].map(
    (name) => columnReader(table, name),
  );
  for (let row = 0; row < table.rowCount; row++) {
    yield {
      customerOrgId: orgId?.(row) ?? '',
      customerExternalId: externalId?.(row) ?? '',
      sku: sku?.(row) ?? '',
      quantity: quantity?.(row) ?? '',
    };
  }
}

export function costSummaryFromReport(table: ReportTable, book: PriceBook, period: BillingPeriod): CostSummary {
  return costSummary(usageFromReport(table), book, period);
}

/**
 * The summary as a spreadsheet: one row per customer × SKU, a subtotal row per customer
 * and a grand total row. Amounts are plain decimals in the currency named in the header.
 */
export function costSummaryCsv(summary: CostSummary, options: { bom?: boolean } = {}): string {
  const c = summary.currency;
  const money = (value: bigint | null) => (value === null ? '' : formatDecimal(value, summary.minorDigits));
  const header = [
    'Customer external ID',
    'Customer org ID',
    'SKU',
    'Quantity (user-days)',
    `Unit transfer price (${c}/month)`,
    `Unit resale price (${c}/month)`,
    `Cost (${c})`,
    `Revenue (${c})`,
    `Margin (${c})`,
    'Margin %',
    `Tax (${c})`,
    `Total after tax (${c})`,
  ];
  const totalsCells = (t: CostTotals): CsvValue[] => [
    money(t.cost),
    money(t.revenue),
    money(t.margin),
    t.marginPercent ?? '',
    money(t.tax),
    money(t.totalAfterTax),
  ];
  const rows: CsvValue[][] = [header];
  for (const customer of summary.customers) {
    for (const line of customer.lines) {
      rows.push([
        customer.customerExternalId,
        customer.customerOrgId,
        line.sku,
        line.quantity,
        line.priced ? money(line.transferPrice) : 'no price',
        line.priced ? money(line.resalePrice) : 'no price',
        money(line.cost),
        money(line.revenue),
        money(line.margin),
        '',
        '',
        '',
      ]);
    }
    rows.push([customer.customerExternalId, customer.customerOrgId, 'Subtotal', '', '', '', ...totalsCells(customer)]);
  }
  rows.push([
    `Total (${summary.period.start} to ${summary.period.end}, tax ${summary.taxRatePercent} %)`,
    '',
    '',
    '',
    '',
    '',
    ...totalsCells(summary.totals),
  ]);
  return (options.bom === false ? '' : '\uFEFF') + rows.map(csvLine).join('\r\n') + '\r\n';
}
