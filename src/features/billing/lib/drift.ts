/**
 * Drift between what Webex bills and what is assigned now: a POINT_IN_TIME USER report
 * (what was billable at its snapshot) against the live subscriber list. Rows are matched
 * on SUBSCRIBER_ID = subscriber id (or USER_ID = personId when the report leaves
 * SUBSCRIBER_ID empty); packages are compared as report SKUs. Workspace rows (common-area
 * calling) have no subscriber and are left out, counted in `workspaceRows`.
 *
 * A subscriber created on or after the snapshot's day is flagged `createdSinceSnapshot`:
 * its absence from the report is expected, not drift.
 */
import { skuForPackage } from './price-book';
import { columnReader, type ReportTable } from './report-table';

export interface LiveSubscriber {
  id: string;
  email: string;
  customerId: string;
  packages: readonly string[];
  status: string;
  personId?: string;
  /** ISO instant; lets drift tell a subscriber added since the snapshot. */
  created?: string;
}

export type DriftItem =
  | {
      kind: 'billedNotAssigned';
      subscriberId: string;
      userId: string;
      customerOrgId: string;
      customerExternalId: string;
      billedSkus: string[];
    }
  | {
      kind: 'assignedNotBilled';
      subscriberId: string;
      email: string;
      customerId: string;
      assignedSkus: string[];
      status: string;
      createdSinceSnapshot: boolean;
    }
  | {
      kind: 'packageMismatch';
      subscriberId: string;
      email: string;
      customerId: string;
      billedSkus: string[];
      assignedSkus: string[];
      /** Billed but no longer assigned. */
      onlyBilled: string[];
      /** Assigned but not billed. */
      onlyAssigned: string[];
    };

export type DriftKind = DriftItem['kind'];

export interface DriftReport {
  items: DriftItem[];
  counts: Record<DriftKind, number>;
  /** Subscribers billed exactly as assigned. */
  matched: number;
  /** REPORT_DATE of the snapshot, when the report has it. */
  snapshotDate: string | null;
  workspaceRows: number;
}

interface Billed {
  subscriberId: string;
  userId: string;
  customerOrgId: string;
  customerExternalId: string;
  skus: Set<string>;
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function reportDrift(table: ReportTable, subscribers: readonly LiveSubscriber[]): DriftReport {
  const [subscriberId, userId, orgId, externalId, sku, reportDate] = [
    'SUBSCRIBER_ID',
    'USER_ID',
    'CUSTOMER_ORG_ID',
    'CUSTOMER_EXTERNAL_ID',
    'SKU',
    'REPORT_DATE',
  ].map((name) => columnReader(table, name)) as [(row: number) => string, ...((row: number) => string)[]];

  const billed = new Map<string, Billed>();
  let workspaceRows = 0;
  for (let row = 0; row < table.rowCount; row++) {
    const sub = subscriberId(row);
    const user = userId?.(row) ?? '';
    if (!sub && !user) {
      workspaceRows++;
      continue;
    }
    const key = sub ? `s:${sub}` : `p:${user}`;
    let entry = billed.get(key);
    if (!entry) {
      entry = {
        subscriberId: sub,
        userId: user,
        customerOrgId: orgId?.(row) ?? '',
        customerExternalId: externalId?.(row) ?? '',
        skus: new Set(),
      };
      billed.set(key, entry);
    }
    entry.skus.add(sku?.(row) ?? '');
  }
  const snapshotDate = (table.rowCount > 0 && reportDate?.(0)) || null;

  const items: DriftItem[] = [];
  let matched = 0;
  const seen = new Set<string>();
  for (const s of subscribers) {
    const assigned = sorted(s.packages.map(skuForPackage));
    const key = billed.has(`s:${s.id}`)
      ? `s:${s.id}`
      : s.personId && billed.has(`p:${s.personId}`)
        ? `p:${s.personId}`
        : null;
    const entry = key ? billed.get(key) : undefined;
    if (key) seen.add(key);
    if (!entry) {
      if (assigned.length === 0) continue;
      items.push({
        kind: 'assignedNotBilled',
        subscriberId: s.id,
        email: s.email,
        customerId: s.customerId,
        assignedSkus: assigned,
        status: s.status,
        createdSinceSnapshot: Boolean(snapshotDate && s.created && s.created.slice(0, 10) >= snapshotDate),
      });
      continue;
    }
    const billedSkus = sorted(entry.skus);
    const onlyBilled = billedSkus.filter((x) => !assigned.includes(x));
    const onlyAssigned = assigned.filter((x) => !billedSkus.includes(x));
    if (onlyBilled.length === 0 && onlyAssigned.length === 0) {
      matched++;
      continue;
    }
    if (assigned.length === 0) {
      seen.delete(key as string);
      continue;
    }
    items.push({
      kind: 'packageMismatch',
      subscriberId: s.id,
      email: s.email,
      customerId: s.customerId,
      billedSkus,
      assignedSkus: assigned,
      onlyBilled,
      onlyAssigned,
    });
  }
  for (const [key, entry] of billed) {
    if (seen.has(key)) continue;
    items.push({
      kind: 'billedNotAssigned',
      subscriberId: entry.subscriberId,
      userId: entry.userId,
      customerOrgId: entry.customerOrgId,
      customerExternalId: entry.customerExternalId,
      billedSkus: sorted(entry.skus),
    });
  }

  const counts: Record<DriftKind, number> = { billedNotAssigned: 0, assignedNotBilled: 0, packageMismatch: 0 };
  for (const item of items) counts[item.kind]++;
  return { items, counts, matched, snapshotDate, workspaceRows };
}
