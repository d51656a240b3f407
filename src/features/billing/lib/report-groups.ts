/**
 * Totals per customer, service or location. Quantities are summed exactly (see
 * quantityUnits); users are counted once per group even when they hold several rows
 * (one per package, location or licence).
 */
import {
  columnIndex,
  columnReader,
  quantityUnits,
  unitsToQuantity,
  type DictColumn,
  type ReportTable,
} from './report-table';
import { allRows } from './report-model';

export type ReportGrouping = 'customer' | 'service' | 'location';

export interface ReportGroup {
  /** Stable key: the customer org ID (or `ext:<external ID>` when the org ID is empty), the SKU, or the location ID. */
  key: string;
  /** What to show: the customer's external ID, the service description, the location (or "No location"). */
  label: string;
  /** A second line: the customer org ID, the SKU; '' for locations. */
  secondary: string;
  rowCount: number;
  quantity: number;
  /** Distinct users and workspaces (USER reports only), else null. */
  users: number | null;
}

export interface GroupedReport {
  by: ReportGrouping;
  groups: ReportGroup[];
  total: { rowCount: number; quantity: number; users: number | null };
}

export interface GroupOptions {
  /** A better label for a key, e.g. location names the report does not carry. */
  labelFor?: (key: string) => string | undefined;
}

/** The column a grouping needs; a report type without it (PARTNER has no customers) cannot be grouped so. */
const KEY_COLUMN: Record<ReportGrouping, string> = {
  customer: 'CUSTOMER_ORG_ID',
  service: 'SKU',
  location: 'LOCATION_ID',
};

export function canGroupBy(table: ReportTable, by: ReportGrouping): boolean {
  return columnIndex(table, KEY_COLUMN[by]) !== -1;
}

/** Identifies the user or workspace of a row as a number, or -1 (PARTNER and CUSTOMER rows). */
function userOfRow(table: ReportTable): ((row: number) => number) | null {
  const user = table.data[columnIndex(table, 'USER_ID')];
  const workspace = table.data[columnIndex(table, 'WORKSPACE_ID')];
  if (!user && !workspace) return null;
  const userEmpty = user ? findEmpty(user) : -1;
  const workspaceEmpty = workspace ? findEmpty(workspace) : -1;
  const offset = user?.size ?? 0;
  return (row) => {
    const u = user?.codes[row];
    if (u !== undefined && u !== userEmpty) return u;
    const w = workspace?.codes[row];
    return w !== undefined && w !== workspaceEmpty ? offset + w : -1;
  };
}

function findEmpty(col: DictColumn): number {
  for (let code = 0; code < col.size; code++) if (col.value(code) === '') return code;
  return -1;
}

interface Accumulator {
  group: ReportGroup;
  units: number;
  users: Set<number> | null;
}

export function groupReport(
  table: ReportTable,
  by: ReportGrouping,
  rows: Uint32Array = allRows(table),
  options: GroupOptions = {},
): GroupedReport {
  const key = columnReader(table, KEY_COLUMN[by]);
  const external = columnReader(table, 'CUSTOMER_EXTERNAL_ID');
  const description = columnReader(table, 'DESCRIPTION');
  const user = userOfRow(table);
  const groups = new Map<string, Accumulator>();
  const allUsers = user ? new Set<number>() : null;
  let totalUnits = 0;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    let k = key(row);
    if (by === 'customer' && k === '') k = `ext:${external(row)}`;
    let acc = groups.get(k);
    if (!acc) {
      acc = { group: describe(by, k, row), units: 0, users: user ? new Set() : null };
      groups.set(k, acc);
    }
    const units = quantityUnits(table.quantity[row] as number);
    acc.units += units;
    acc.group.rowCount++;
    totalUnits += units;
    const u = user?.(row) ?? -1;
    if (u !== -1) {
      acc.users?.add(u);
      allUsers?.add(u);
    }
  }

  function describe(grouping: ReportGrouping, k: string, row: number): ReportGroup {
    const base = { key: k, rowCount: 0, quantity: 0, users: null };
    const named = options.labelFor?.(k);
    if (grouping === 'customer') {
      const orgId = k.startsWith('ext:') ? '' : k;
      return { ...base, label: named ?? (external(row) || orgId || 'Unknown customer'), secondary: orgId };
    }
    if (grouping === 'service') return { ...base, label: named ?? (description(row) || k), secondary: k };
    return { ...base, label: named ?? (k || 'No location'), secondary: '' };
  }

  const list = [...groups.values()].map(({ group, units, users }) => ({
    ...group,
    quantity: unitsToQuantity(units),
    users: users ? users.size : null,
  }));
  list.sort((a, b) => b.quantity - a.quantity || a.label.localeCompare(b.label));
  return {
    by,
    groups: list,
    total: { rowCount: rows.length, quantity: unitsToQuantity(totalUnits), users: allUsers ? allUsers.size : null },
  };
}
