// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { createTenant, type CreatedTenant } from '../tenants';
import { CSV_LINE_END } from './csv-sql';
import { reportCsvStream } from './csv-stream';
import { generateReportLines } from './generate';
import { runGenerateReportJob } from './generate-job';
import type { BillingReportRow } from './reports';

/*
 * A scripted January 2026 for one partner, quantities worked out by hand:
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
let db: Db;
let tenant: CreatedTenant;
let other: CreatedTenant;
const ACME = { id: 'cust-a', org: 'ORG-ACME', ext: 'ACME, "Main"' };

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

function report(r: Partial<BillingReportRow>): BillingReportRow {
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

async function csv(r: BillingReportRow): Promise<{ count: number; lines: string[] }> {
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

beforeAll(async () => {
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
}, 60_000);

afterAll(async () => {
  await db?.close();
});

const partnerCols = () => `Billing Partner,${tenant.partner.orgId},${tenant.partner.subscriptionId}`;
const ACME_COLS = `ORG-ACME,"ACME, ""Main"""`;

describe('reconciliation reports', () => {
  it('PARTNER sums every user per package, prorated by the fraction of each day held', async () => {
    const { count, lines } = await csv(report({ type: 'PARTNER' }));
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY',
      `${partnerCols()},COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16`,
      `${partnerCols()},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,40.75`,
      `${partnerCols()},WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333`,
      `${partnerCols()},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5`,
      `${partnerCols()},WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2`,
    ]);
    expect(count).toBe(5);
  });

  it('internal=true adds the internal customer (31 more webex_calling days)', async () => {
    const { lines } = await csv(report({ type: 'PARTNER', internal: true }));
    expect(lines.find((l) => l.includes(',WEBEX_CALLING,'))).toMatch(/,71\.75$/);
  });

  it('CUSTOMER rows sum their users per package, location and licence', async () => {
    const { lines } = await csv(report({ type: 'CUSTOMER' }));
    const p = partnerCols();
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
      `${p},${ACME_COLS},COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16,L1,LCA`,
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31.25,L1,LC1`,
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-10,9.5,,LC1`,
      `${p},${ACME_COLS},WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333,,`,
      `${p},${ACME_COLS},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5,,LS1`,
      `${p},ORG-D,D-ext,WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2,,`,
    ]);
  });

  it('USER rows: one per user or workspace and package, location, licence', async () => {
    const { lines } = await csv(report({ type: 'USER' }));
    const p = partnerCols();
    expect(lines[0]).toBe(
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SUBSCRIBER_ID,USER_ID,WORKSPACE_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
    );
    expect(lines.slice(1)).toEqual([
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-10,9.5,,LC1`,
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5,,LS1`,
      `${p},${ACME_COLS},s2,person-s2,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31,L1,LC1`,
      `${p},${ACME_COLS},s3,person-s3,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-31,2026-01-31,0.25,L1,LC1`,
      `${p},${ACME_COLS},s4,person-s4,,WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333,,`,
      `${p},${ACME_COLS},,,w1,COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16,L1,LCA`,
      `${p},ORG-D,D-ext,s8,person-s8,,WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2,,`,
    ]);
  });

  it('a single day counts only that day; a period with no usage has only the header', async () => {
    const day = await csv(report({ type: 'USER', billing_start_date: '2026-01-10', billing_end_date: '2026-01-10' }));
    // s1 holds calling until noon and suite from noon; s2 holds calling all day.
    expect(day.lines.slice(1).map((l) => l.split(',').slice(-3).join(','))).toEqual([
      '0.5,,LC1',
      '0.5,,LS1',
      '1,L1,LC1',
    ]);
    const empty = await csv(report({ billing_start_date: '2024-01-01', billing_end_date: '2024-01-31' }));
    expect(empty.count).toBe(0);
    expect(empty.lines).toHaveLength(1);
  });

  it("a sub-partner's report covers only the sub-partner's customers", async () => {
    const sub = tenant.subPartners[0];
    const { lines } = await csv(report({ org_id: sub?.orgId ?? '', type: 'PARTNER' }));
    expect(lines.slice(1)).toEqual([
      `Reseller,${sub?.orgId},${sub?.subscriptionId},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31`,
    ]);
  });
});

describe('point-in-time reports', () => {
  // The snapshot is the instant the report was requested: 2026-01-10 12:00, when s1 has
  // just moved from calling to suite, s3, s4 and w1 hold nothing yet and s8 (on deleted
  // customer D) has already lost its package.
  const at = new Date('2026-01-10T12:00:00Z');

  it('CUSTOMER counts allocations, with a 0 row for a customer holding nothing', async () => {
    const { lines } = await csv(report({ type: 'CUSTOMER', category: 'POINT_IN_TIME', created_at: at }));
    const p = partnerCols();
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SERVICE_NAME,SKU,DESCRIPTION,REPORT_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-10,1,L1,LC1`,
      `${p},${ACME_COLS},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,1,,LS1`,
      `${p},ORG-C,C-empty,,,,2026-01-10,0,,`,
    ]);
  });

  it('USER lists 1 per user and package held at the snapshot', async () => {
    const { lines } = await csv(report({ type: 'USER', category: 'POINT_IN_TIME', created_at: at }));
    const p = partnerCols();
    expect(lines.slice(1)).toEqual([
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,1,,LS1`,
      `${p},${ACME_COLS},s2,person-s2,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-10,1,L1,LC1`,
    ]);
  });
});

describe('the generation job', () => {
  it('marks the report COMPLETED with its line count', async () => {
    const r = report({ type: 'PARTNER' });
    await db.query(
      `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, status, created_at, created_by, download_secret)
       VALUES ($1, $2, $3, '2026-01-01', '2026-01-31', 'PARTNER', 'RECONCILIATION', 'IN_PROGRESS', now(), 'admin', 's')`,
      [r.id, r.tenant_id, r.org_id],
    );
    await db.transaction((tx) =>
      runGenerateReportJob(
        tx,
        {
          id: 1,
          tenant_id: r.tenant_id,
          kind: 'billing.generate',
          ref_id: r.id,
          payload: {},
          due_at: r.created_at,
          attempts: 0,
        },
        new Date('2026-02-02T09:00:10Z'),
      ),
    );
    const [row] = await db.query<BillingReportRow>('SELECT * FROM billing_reports WHERE id = $1', [r.id]);
    expect(row?.status).toBe('COMPLETED');
    expect(row?.row_count).toBe(5);
    const lines = () => db.query('SELECT seq FROM billing_report_lines WHERE report_id = $1', [r.id]);
    expect(await lines()).toHaveLength(2); // the header and one chunk of 5 lines
    await db.query('DELETE FROM billing_reports WHERE id = $1', [r.id]);
    expect(await lines()).toHaveLength(0);
  });

  it("drops a report's lines with its tenant", async () => {
    const gone = await createTenant(db, { name: 'Short-lived', subPartners: [] }, new Date('2025-11-01T00:00:00Z'));
    const r = report({ tenant_id: gone.partner.orgId, org_id: gone.partner.orgId });
    await db.query(
      `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, status, created_at, created_by, download_secret)
       VALUES ($1, $2, $2, '2026-01-01', '2026-01-31', 'PARTNER', 'RECONCILIATION', 'IN_PROGRESS', now(), 'admin', 's')`,
      [r.id, r.tenant_id],
    );
    await db.transaction((tx) => generateReportLines(tx, r));
    expect(await db.query('SELECT 1 FROM billing_report_lines WHERE report_id = $1', [r.id])).toHaveLength(1);
    await db.query('DELETE FROM tenants WHERE id = $1', [gone.partner.orgId]);
    expect(await db.query('SELECT 1 FROM billing_report_lines WHERE report_id = $1', [r.id])).toHaveLength(0);
  });

  it('marks a report that cannot be generated FAILED with a reason, writing no lines', async () => {
    // PARTNER has no point-in-time variant; the API refuses it, so only bad data reaches here.
    const r = report({ type: 'PARTNER', category: 'POINT_IN_TIME' });
    await db.query(
      `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, status, created_at, created_by, download_secret)
       VALUES ($1, $2, $3, '2026-01-01', '2026-01-01', 'PARTNER', 'POINT_IN_TIME', 'IN_PROGRESS', now(), 'admin', 's')`,
      [r.id, r.tenant_id, r.org_id],
    );
    await db.transaction((tx) =>
      runGenerateReportJob(
        tx,
        {
          id: 2,
          tenant_id: r.tenant_id,
          kind: 'billing.generate',
          ref_id: r.id,
          payload: {},
          due_at: r.created_at,
          attempts: 0,
        },
        new Date(),
      ),
    );
    const [row] = await db.query<BillingReportRow>('SELECT * FROM billing_reports WHERE id = $1', [r.id]);
    expect(row?.status).toBe('FAILED');
    expect(row?.errors[0]?.description).toMatch(/POINT_IN_TIME report exists for type PARTNER/);
    expect(await db.query('SELECT 1 FROM billing_report_lines WHERE report_id = $1', [r.id])).toHaveLength(0);
  });
});

describe('streaming the CSV', () => {
  it('reads the stored chunks in order, a few per query, into the same text', async () => {
    const r = report({ type: 'USER', billing_start_date: '2026-01-02', billing_end_date: '2026-01-30' });
    await db.query(
      `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, status, created_at, created_by, download_secret)
       VALUES ($1, $2, $2, $3, $4, 'USER', 'RECONCILIATION', 'IN_PROGRESS', now(), 'admin', 's')`,
      [r.id, r.tenant_id, r.billing_start_date, r.billing_end_date],
    );
    await db.transaction((tx) => generateReportLines(tx, r));
    const stored = await db.query<{ lines: string }>(
      'SELECT lines FROM billing_report_lines WHERE report_id = $1 ORDER BY seq',
      [r.id],
    );
    expect(stored.length).toBe(3); // the header, customer A's chunk, deleted customer D's chunk
    const reads: string[] = [];
    const spy = { query: <T>(sql: string, params?: readonly unknown[]) => (reads.push(sql), db.query<T>(sql, params)) };
    const text = await new Response(reportCsvStream(spy, r.id, 1)).text();
    expect(text).toBe(stored.map((s) => s.lines).join(''));
    expect(reads).toHaveLength(4); // three chunks one at a time, then an empty read
  });
});
