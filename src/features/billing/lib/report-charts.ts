/**
 * Chart data for the billing screens, shaped for recharts (arrays of plain objects with a
 * name and numbers). Quantities are user-days for reconciliation reports and counts for
 * snapshots; sums are exact (see quantityUnits).
 */
import { groupReport, type ReportGroup } from './report-groups';
import { allRows } from './report-model';
import { columnIndex, quantityUnits, unitsToQuantity, type ReportTable } from './report-table';

export interface QuantityBar {
  key: string;
  label: string;
  quantity: number;
}

const bar = (g: ReportGroup): QuantityBar => ({ key: g.key, label: g.label, quantity: g.quantity });

/** Quantity per service (SKU), largest first. */
export function quantityByService(table: ReportTable, rows: Uint32Array = allRows(table)): QuantityBar[] {
  return groupReport(table, 'service', rows).groups.map(bar);
}

export interface TopCustomers {
  top: QuantityBar[];
  /** The customers beyond the top N, summed, for an "Others" bar. */
  others: { customers: number; quantity: number };
}

/** The `n` customers with the largest quantity (ties by name), and what the rest add up to. */
export function topCustomers(table: ReportTable, n = 10, rows: Uint32Array = allRows(table)): TopCustomers {
  const groups = groupReport(table, 'customer', rows).groups;
  const rest = groups.slice(n);
  const restUnits = rest.reduce((sum, g) => sum + quantityUnits(g.quantity), 0);
  return { top: groups.slice(0, n).map(bar), others: { customers: rest.length, quantity: unitsToQuantity(restUnits) } };
}

export interface HistogramBin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound. */
  to: number;
  label: string;
  users: number;
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`: bin widths people read easily. */
export function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw - 1e-12) return m * power;
  return 10 * power;
}

/**
 * How per-user quantities spread: each user's (or workspace's) rows are summed first, then
 * counted into bins of a round width, [from, to). Needs a USER report; empty otherwise.
 */
export function perUserQuantityHistogram(
  table: ReportTable,
  options: { bins?: number } = {},
  rows: Uint32Array = allRows(table),
): HistogramBin[] {
  const user = table.data[columnIndex(table, 'USER_ID')];
  const workspace = table.data[columnIndex(table, 'WORKSPACE_ID')];
  if (!user && !workspace) return [];
  const perUser = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const u = user ? user.value(user.codes[row] as number) : '';
    const id = u !== '' ? `u:${u}` : workspace ? `w:${workspace.value(workspace.codes[row] as number)}` : '';
    if (id === 'w:' || id === '') continue;
    perUser.set(id, (perUser.get(id) ?? 0) + quantityUnits(table.quantity[row] as number));
  }
  if (perUser.size === 0) return [];
  const totals = [...perUser.values()].map(unitsToQuantity);
  const max = totals.reduce((m, t) => (t > m ? t : m), 0);
  const step = niceStep(max / Math.max(1, options.bins ?? 10));
  const count = Math.floor(max / step) + 1;
  const bins: HistogramBin[] = Array.from({ length: count }, (_, i) => {
    const from = Number((i * step).toFixed(4));
    const to = Number(((i + 1) * step).toFixed(4));
    return { from, to, label: `${from}–${to}`, users: 0 };
  });
  for (const total of totals) {
    const bin = bins[Math.min(count - 1, Math.floor(total / step + 1e-9))];
    if (bin) bin.users++;
  }
  return bins;
}

export interface GrowthRow {
  key: string;
  label: string;
  previous: number;
  current: number;
  change: number;
  /** Change relative to the previous period, one decimal; null when the previous quantity was 0. */
  changePercent: number | null;
}

export interface ReportComparison {
  byService: GrowthRow[];
  byCustomer: GrowthRow[];
  total: GrowthRow;
}

function growth(key: string, label: string, previousUnits: number, currentUnits: number): GrowthRow {
  const changeUnits = currentUnits - previousUnits;
  return {
    key,
    label,
    previous: unitsToQuantity(previousUnits),
    current: unitsToQuantity(currentUnits),
    change: unitsToQuantity(changeUnits),
    changePercent: previousUnits === 0 ? null : Math.round((changeUnits / previousUnits) * 1000) / 10,
  };
}

function compareGroups(previous: readonly ReportGroup[], current: readonly ReportGroup[]): GrowthRow[] {
  const merged = new Map<string, { label: string; previous: number; current: number }>();
  for (const g of previous) merged.set(g.key, { label: g.label, previous: quantityUnits(g.quantity), current: 0 });
  for (const g of current) {
    const entry = merged.get(g.key);
    if (entry) {
      entry.current = quantityUnits(g.quantity);
      entry.label = g.label;
    } else merged.set(g.key, { label: g.label, previous: 0, current: quantityUnits(g.quantity) });
  }
  return [...merged]
    .map(([key, e]) => growth(key, e.label, e.previous, e.current))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.label.localeCompare(b.label));
}

/**
 * Growth between two reports of consecutive periods (previous, then current): per service,
 * per customer (both need CUSTOMER or USER reports for customers) and in total. Rows that
 * exist in only one period count 0 in the other. Sorted by the size of the change.
 */
export function compareReports(previous: ReportTable, current: ReportTable): ReportComparison {
  const prevService = groupReport(previous, 'service');
  const currService = groupReport(current, 'service');
  const hasCustomers =
    columnIndex(previous, 'CUSTOMER_ORG_ID') !== -1 && columnIndex(current, 'CUSTOMER_ORG_ID') !== -1;
  return {
    byService: compareGroups(prevService.groups, currService.groups),
    byCustomer: hasCustomers
      ? compareGroups(groupReport(previous, 'customer').groups, groupReport(current, 'customer').groups)
      : [],
    total: growth(
      'total',
      'Total',
      quantityUnits(prevService.total.quantity),
      quantityUnits(currService.total.quantity),
    ),
  };
}
