// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../tenants';
import { reportCsvStream } from './csv-stream';
import { generateReportLines } from './generate';
import { db, openBillingWorld, report } from './generate.fixture';
import { runGenerateReportJob } from './generate-job';
import type { BillingReportRow } from './reports';

beforeAll(openBillingWorld, 60_000);
afterAll(() => db.close());

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
