/**
 * The column chooser's model: which report columns show, in which order. Pure state
 * transitions, so the screen can keep the layout in the URL or localStorage and a
 * layout saved for one report type still works for another (`reconcileColumnLayout`).
 */
import { z } from 'zod';
import type { BillingReportColumn } from '@contract/wholesale';

export const REPORT_COLUMN_LABELS: Readonly<Record<BillingReportColumn, string>> = {
  PARTNER_NAME: 'Partner',
  PARTNER_ORG_ID: 'Partner org ID',
  SUBSCRIPTION_ID: 'Subscription ID',
  CUSTOMER_ORG_ID: 'Customer org ID',
  CUSTOMER_EXTERNAL_ID: 'Customer external ID',
  SUBSCRIBER_ID: 'Subscriber ID',
  USER_ID: 'User ID',
  WORKSPACE_ID: 'Workspace ID',
  SERVICE_NAME: 'Service',
  SKU: 'SKU',
  DESCRIPTION: 'Description',
  CONSUMPTION_START_DATE: 'Usage from',
  CONSUMPTION_END_DATE: 'Usage to',
  REPORT_DATE: 'Snapshot date',
  QUANTITY: 'Quantity',
  LOCATION_ID: 'Location ID',
  LICENSE_ID: 'Licence ID',
};

/** The label of a column; a column Webex adds later shows under its own name. */
export function reportColumnLabel(column: string): string {
  return (REPORT_COLUMN_LABELS as Readonly<Record<string, string>>)[column] ?? column;
}

/**
 * Hidden until asked for: the partner's own identifiers repeat on every row, and the
 * simulator (like the examples Cisco publishes) writes the same value to SERVICE_NAME and SKU.
 */
export const DEFAULT_HIDDEN_COLUMNS: readonly string[] = [
  'PARTNER_NAME',
  'PARTNER_ORG_ID',
  'SUBSCRIPTION_ID',
  'SERVICE_NAME',
];

export interface ColumnLayout {
  /** Every column of the report, in display order. */
  order: readonly string[];
  hidden: readonly string[];
}

export function defaultColumnLayout(columns: readonly string[]): ColumnLayout {
  return { order: [...columns], hidden: columns.filter((c) => DEFAULT_HIDDEN_COLUMNS.includes(c)) };
}

export function visibleColumns(layout: ColumnLayout): string[] {
  return layout.order.filter((c) => !layout.hidden.includes(c));
}

/** Shows or hides a column; hiding the last visible column is refused (the layout comes back unchanged). */
export function setColumnVisible(layout: ColumnLayout, column: string, visible: boolean): ColumnLayout {
  if (!layout.order.includes(column)) return layout;
  if (visible) return { ...layout, hidden: layout.hidden.filter((c) => c !== column) };
  if (layout.hidden.includes(column) || visibleColumns(layout).length <= 1) return layout;
  return { ...layout, hidden: [...layout.hidden, column] };
}

/** Moves a column to position `toIndex` of the full order (clamped). */
export function moveColumn(layout: ColumnLayout, column: string, toIndex: number): ColumnLayout {
  const from = layout.order.indexOf(column);
  if (from === -1) return layout;
  const order = layout.order.filter((c) => c !== column);
  order.splice(Math.max(0, Math.min(order.length, Math.round(toIndex))), 0, column);
  return { ...layout, order };
}

/**
 * Fits a saved layout to a report's columns: columns it does not have are dropped, new
 * ones appear at the end, visible unless hidden by default; if nothing would be visible
 * the default layout is used.
 */
export function reconcileColumnLayout(layout: ColumnLayout, columns: readonly string[]): ColumnLayout {
  const known = layout.order.filter((c) => columns.includes(c));
  const added = columns.filter((c) => !known.includes(c));
  const reconciled = {
    order: [...known, ...added],
    hidden: [
      ...layout.hidden.filter((c) => known.includes(c)),
      ...added.filter((c) => DEFAULT_HIDDEN_COLUMNS.includes(c)),
    ],
  };
  return visibleColumns(reconciled).length > 0 ? reconciled : defaultColumnLayout(columns);
}

const StoredLayout = z.object({ order: z.array(z.string()), hidden: z.array(z.string()) });

/** A layout from storage (anything: old versions, hand edits), fitted to `columns`; the default when unreadable. */
export function parseColumnLayout(stored: unknown, columns: readonly string[]): ColumnLayout {
  const parsed = StoredLayout.safeParse(stored);
  return parsed.success ? reconcileColumnLayout(parsed.data, columns) : defaultColumnLayout(columns);
}
