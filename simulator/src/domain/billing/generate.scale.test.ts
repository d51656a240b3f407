// @vitest-environment node
/**
 * Scale check, opt-in (BILLING_SCALE=1; it takes minutes): a million subscribers with a month
 * of history on an on-disk PGlite, as the simulator runs by default. Every report type must
 * generate in under 60 s. PGlite runs in this process on one thread, so the process's CPU
 * time is what generation costs on an idle machine; wall time on a busy machine is printed
 * beside it but not asserted, since other processes' load inflates it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportType } from '@contract/packages';
import { openDb, type Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { createTenant, type CreatedTenant } from '../tenants';
import { generateReportLines } from './generate';

const SUBSCRIBERS = 1_000_000;
const CUSTOMERS = 1_000;
let db: Db;
let dir: string;
let tenant: CreatedTenant;

describe.skipIf(!process.env.BILLING_SCALE)('report generation at scale', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'billing-scale-'));
    db = await openDb({ dataDir: dir });
    await migrate(db);
    tenant = await createTenant(db, { name: 'Scale Partner', subPartners: [] }, new Date('2025-11-01T00:00:00Z'));
    const t = tenant.partner.orgId;
    await db.query(
      `INSERT INTO customers (id, tenant_id, org_id, webex_org_id, external_id, address, status, packages, created_at, updated_at)
       SELECT 'c' || i, $1, $1, 'ORG-' || i, 'EXT-' || i, '{}'::jsonb, 'provisioned', '{}', '2025-11-01', '2025-11-01'
         FROM generate_series(1, $2::int) i`,
      [t, CUSTOMERS],
    );
    // Everyone holds webex_calling from before the month; every tenth moves to webex_suite at
    // noon on a day of the month, every twentieth leaves on a day of the month.
    await db.query(
      `INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, package, location_id, license_id, start_at, end_at)
       SELECT 'a' || i, $1, $1, 'c' || (i % $3 + 1), 's' || i, 'p' || i, 'webex_calling', 'L' || (i % $3 + 1), 'LIC-CALL',
              '2025-12-01'::timestamptz,
              CASE WHEN i % 10 = 0 THEN '2026-01-01T12:00Z'::timestamptz + (i % 28) * interval '1 day'
                   WHEN i % 20 = 5 THEN '2026-01-02'::timestamptz + (i % 27) * interval '1 day' END
         FROM generate_series(1, $2::int) i`,
      [t, SUBSCRIBERS, CUSTOMERS],
    );
    await db.query(
      `INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, package, location_id, license_id, start_at)
       SELECT 'b' || i, $1, $1, 'c' || (i % $3 + 1), 's' || i, 'p' || i, 'webex_suite', 'L' || (i % $3 + 1), 'LIC-SUITE',
              '2026-01-01T12:00Z'::timestamptz + (i % 28) * interval '1 day'
         FROM generate_series(10, $2::int, 10) i`,
      [t, SUBSCRIBERS, CUSTOMERS],
    );
    await db.query('ANALYZE assignments');
  }, 1_800_000);

  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each<ReportType>(['PARTNER', 'CUSTOMER', 'USER'])(
    'a %s report of January takes under 60 s',
    async (type) => {
      const id = `scale-${type}`;
      const created = new Date('2026-02-02T00:00:00Z');
      await db.query(
        `INSERT INTO billing_reports (id, tenant_id, org_id, billing_start_date, billing_end_date, type, category, status, created_at, created_by, download_secret)
       VALUES ($1, $2, $2, '2026-01-01', '2026-01-31', $3, 'RECONCILIATION', 'IN_PROGRESS', $4, 'admin', 's')`,
        [id, tenant.partner.orgId, type, created],
      );
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const lines = await db.transaction((tx) =>
        generateReportLines(tx, {
          id,
          tenant_id: tenant.partner.orgId,
          org_id: tenant.partner.orgId,
          sub_partner_org_id: null,
          billing_start_date: '2026-01-01',
          billing_end_date: '2026-01-31',
          type,
          category: 'RECONCILIATION',
          internal: false,
          status: 'IN_PROGRESS',
          errors: [],
          created_at: created,
          created_by: 'admin',
          completed_at: null,
          row_count: null,
          download_secret: 's',
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      console.log(`${type}: ${lines} lines, ${cpuSeconds.toFixed(1)} s CPU, ${seconds.toFixed(1)} s wall`);
      expect(lines).toBe(
        { PARTNER: 2, CUSTOMER: CUSTOMERS + CUSTOMERS / 10, USER: SUBSCRIBERS + SUBSCRIBERS / 10 }[type],
      );
      expect(cpuSeconds).toBeLessThan(60);
    },
    600_000,
  );
});
