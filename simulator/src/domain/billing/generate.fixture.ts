import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { openDb, type Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { createTenant, type CreatedTenant } from '../tenants';
import { CSV_LINE_END } from './csv-sql';
import { generateReportLines } from './generate';
import type { BillingReportRow } from './reports';

/**
 * Shared by the generation tests: a partner with a scripted January 2026 in an in-memory
 * PGlite. Quantities worked out by hand:
 *   s1  webex_calling  01-01 00:00 → 01-10 12:00            9.5 days   (licence LC1, no location)
 *   s1  webex_suite    01-10 12:00 → 01-20 00:00            9.5 days   (licence LS1)
 *   s2  webex_calling  2025-12-15 → open                    31 days    (L1, LC1)
 *   s3  webex_calling  01-31 18:00 → open                   0.25 days  (L1, LC1)
 *   s4  webex_meetings 01-05 06:00 → 01-05 14:00            8 h = 0.3333 (rounded)
 *   s5  webex_calling  02-01 → open                         outside the period
 *   s6  webex_calling  2025-12-01 → 2025-12-31 23:00        outside the period
 *   w1  common_area_calling (workspace) 01-16 → open        16 days    (L1, LCA)
 *   s7  webex_calling on internal customer B, whole month   31 days, only with internal=true
 *   s8  webex_voice on deleted customer D 01-01 → 01-03     2 days, identifiers from the snapshot columns
 * plus noise that must never show: the sub-partner's and another tenant's assignments.
 */
export let db: Db;
export let tenant: CreatedTenant;
let other: CreatedTenant;
export const ACME = { id: 'cust-a', org: 'ORG-ACME', ext: 'ACME, "Main"' };

async function customer(
  t: CreatedTenant,
  orgId: string,
  c: { id: string; org: string; ext: string; internal?: boolean },
  created: string,
) {
  await db.query(
    `INSERT INTO customers (id, tenant_id, org_id, webex_org_id, external_id, address, status, packages, internal, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, '{}'::jsonb, 'provisioned', '{}', $6, $7, $7)`,
    [c.id, t.partner.orgId, orgId, c.org, c.ext, c.internal ?? false, created],
  );
}

interface Held {
  customer: string;
  subscriber?: string;
  workspace?: string;
  pkg: string;
  from: string;
  to?: string;
  location?: string;
  license?: string;
  snapshot?: { org: string; ext: string };
}

async function hold(t: CreatedTenant, orgId: string, a: Held) {
  await db.query(
    `INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, workspace_id, package,
                              location_id, license_id, start_at, end_at, customer_org_id, customer_external_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      randomUUID(),
      t.partner.orgId,
      orgId,
      a.customer,
      a.subscriber ?? null,
      a.subscriber ? `person-${a.subscriber}` : null,
      a.workspace ?? null,
      a.pkg,
      a.location ?? null,
      a.license ?? null,
      a.from,
      a.to ?? null,
      a.snapshot?.org ?? null,
      a.snapshot?.ext ?? null,
    ],
  );
}

export function report(r: Partial<BillingReportRow>): BillingReportRow {
  return {
    id: `rep-${randomUUID()}`,
    tenant_id: tenant.partner.orgId,
    org_id: tenant.partner.orgId,
    sub_partner_org_id: null,
    billing_start_date: '2026-01-01',
    billing_end_date: '2026-01-31',
    type: 'PARTNER',
    category: 'RECONCILIATION',
    internal: false,
    status: 'IN_PROGRESS',
    errors: [],
    created_at: new Date('2026-02-02T09:00:00Z'),
    created_by: 'admin',
    completed_at: null,
    row_count: null,
    download_secret: 'secret',
    ...r,
  };
}

export async function csv(r: BillingReportRow): Promise<{ count: number; lines: string[] }> {
  await db.query(
    `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, internal,
                                  status, created_at, created_by, download_secret)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'IN_PROGRESS', $9, 'admin', 'secret')`,
    [
      r.id,
      r.tenant_id,
      r.org_id,
      r.billing_start_date,
      r.billing_end_date,
      r.type,
      r.category,
      r.internal,
      r.created_at,
    ],
  );
  const count = await db.transaction((tx) => generateReportLines(tx, r));
  const rows = await db.query<{ lines: string }>(
    'SELECT lines FROM billing_report_lines WHERE report_id = $1 ORDER BY seq',
    [r.id],
  );
  const text = rows.map((x) => x.lines).join('');
  expect(text.endsWith(CSV_LINE_END)).toBe(true);
  // Removed again so that the next test may use the same period (one report per period).
  await db.query('DELETE FROM billing_reports WHERE id = $1', [r.id]);
  return { count, lines: text.split(CSV_LINE_END).slice(0, -1) };
}

/** Opens the database and writes the scripted history (call once per test file). */
export async function openBillingWorld(): Promise<void> {
  db = await openDb({ memory: true });
  await migrate(db);
  const now = new Date('2025-11-01T00:00:00Z');
  tenant = await createTenant(db, { name: 'Billing Partner', subPartners: [{ name: 'Reseller' }] }, now);
  other = await createTenant(db, { name: 'Other Partner', subPartners: [] }, now);
  const me = tenant.partner.orgId;
  const sub = tenant.subPartners[0]?.orgId ?? '';
  await customer(tenant, me, ACME, '2025-11-01T00:00:00Z');
  await customer(tenant, me, { id: 'cust-b', org: 'ORG-B', ext: 'B-internal', internal: true }, '2025-11-01T00:00:00Z');
  await customer(tenant, me, { id: 'cust-c', org: 'ORG-C', ext: 'C-empty' }, '2025-11-01T00:00:00Z');
  await customer(tenant, sub, { id: 'cust-sub', org: 'ORG-SUB', ext: 'SUB' }, '2025-11-01T00:00:00Z');
  await customer(other, other.partner.orgId, { id: 'cust-x', org: 'ORG-X', ext: 'X' }, '2025-11-01T00:00:00Z');

  const a = 'cust-a';
  await hold(tenant, me, {
    customer: a,
    subscriber: 's1',
    pkg: 'webex_calling',
    from: '2026-01-01T00:00Z',
    to: '2026-01-10T12:00Z',
    license: 'LC1',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's1',
    pkg: 'webex_suite',
    from: '2026-01-10T12:00Z',
    to: '2026-01-20T00:00Z',
    license: 'LS1',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's2',
    pkg: 'webex_calling',
    from: '2025-12-15T00:00Z',
    location: 'L1',
    license: 'LC1',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's3',
    pkg: 'webex_calling',
    from: '2026-01-31T18:00Z',
    location: 'L1',
    license: 'LC1',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's4',
    pkg: 'webex_meetings',
    from: '2026-01-05T06:00Z',
    to: '2026-01-05T14:00Z',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's5',
    pkg: 'webex_calling',
    from: '2026-02-01T00:00Z',
    license: 'LC1',
  });
  await hold(tenant, me, {
    customer: a,
    subscriber: 's6',
    pkg: 'webex_calling',
    from: '2025-12-01T00:00Z',
    to: '2025-12-31T23:00Z',
  });
  await hold(tenant, me, {
    customer: a,
    workspace: 'w1',
    pkg: 'common_area_calling',
    from: '2026-01-16T00:00Z',
    location: 'L1',
    license: 'LCA',
  });
  await hold(tenant, me, { customer: 'cust-b', subscriber: 's7', pkg: 'webex_calling', from: '2025-12-01T00:00Z' });
  await hold(tenant, me, {
    customer: 'cust-d-deleted',
    subscriber: 's8',
    pkg: 'webex_voice',
    from: '2026-01-01T00:00Z',
    to: '2026-01-03T00:00Z',
    snapshot: { org: 'ORG-D', ext: 'D-ext' },
  });
  await hold(tenant, sub, { customer: 'cust-sub', subscriber: 's9', pkg: 'webex_calling', from: '2025-12-01T00:00Z' });
  await hold(other, other.partner.orgId, {
    customer: 'cust-x',
    subscriber: 's10',
    pkg: 'webex_calling',
    from: '2025-12-01T00:00Z',
  });
}

/** The partner's three leading CSV columns. */
export const partnerCols = () => `Billing Partner,${tenant.partner.orgId},${tenant.partner.subscriptionId}`;
export const ACME_COLS = `ORG-ACME,"ACME, ""Main"""`;
