import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { beginBulkLoad } from '../src/seed/bulk-load';
import { openBulkPglite } from '../src/seed/bulk-pglite';
import { seedScaleTenant } from '../src/seed/scale';

const LOADED = ['customers', 'locations', 'subscribers', 'assignments'].map((table) => ({ table, addingRows: 1000 }));

class Rollback extends Error {}

/** What beginBulkLoad decides inside a transaction that is then rolled back. */
async function planOf(db: Db) {
  let plan: Awaited<ReturnType<typeof beginBulkLoad>> | undefined;
  await db
    .transaction(async (tx) => {
      plan = await beginBulkLoad(tx, LOADED);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  if (!plan) throw new Error('beginBulkLoad did not run');
  return plan;
}

/** One bulk data dir, in order: empty, then seeded, then closed and reopened as the simulator would. */
// Each test opens a PGlite of its own (seconds each, far more on a loaded machine).
describe('bulk load storage', { timeout: 120_000 }, () => {
  let dir: string;
  let bulk: Db;
  let again: Db | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wph-bulk-'));
    bulk = await openBulkPglite(dir);
    await migrate(bulk);
  }, 120_000);
  afterAll(async () => {
    await again?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives empty tables, and every table referencing them, fresh storage under wal_level=minimal', async () => {
    const plan = await planOf(bulk);
    // customer_events references customers without being loaded itself.
    expect(plan.truncated).toEqual(
      expect.arrayContaining(['customers', 'subscribers', 'locations', 'assignments', 'customer_events']),
    );
    expect(plan.truncated).not.toContain('orgs');
    // Primary keys nothing references are rebuilt after the load; customers' is referenced.
    const dropped = plan.dropped.map((d) => d.name);
    expect(dropped).toEqual(expect.arrayContaining(['subscribers_pkey', 'assignments_pkey', 'subscribers_email_uq']));
    expect(dropped).not.toContain('customers_pkey');
  });

  let tenantId = '';
  it('leaves storage alone once any of those tables holds a row, and the rows stay', async () => {
    const seeded = await seedScaleTenant(bulk, { customers: 10, subscribersPerCustomer: 3, historyDays: 5 });
    tenantId = seeded.tenant.partner.orgId;
    const plan = await planOf(bulk);
    expect(plan.truncated).toEqual([]);
    const [count] = await bulk.query<{ n: number }>('SELECT count(*)::int AS n FROM subscribers');
    expect(count?.n).toBe(30);
  });

  it('has the loaded rows on disk after close: the simulator reopens the dir and finds them', async () => {
    await bulk.close();
    again = await openDb({ dataDir: dir });
    const [row] = await again.query<{ customers: number; subscribers: number }>(
      `SELECT (SELECT count(*) FROM customers WHERE tenant_id = $1)::int AS customers,
              (SELECT count(*) FROM subscribers WHERE tenant_id = $1)::int AS subscribers`,
      [tenantId],
    );
    expect(row).toEqual({ customers: 10, subscribers: 30 });
    // Every index and key the load rebuilt is back.
    const keys = await again.query<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint WHERE contype = 'p' AND conrelid = ANY('{subscribers,assignments}'::regclass[])`,
    );
    expect(keys.map((k) => k.name).sort()).toEqual(['assignments_pkey', 'subscribers_pkey']);
    const [indexes] = await again.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'subscribers' AND indexname = 'subscribers_email_uq'`,
    );
    expect(indexes?.n).toBe(1);
  });

  it('never truncates on a database that keeps its WAL (wal_level replica)', async () => {
    const db = await openDb({ memory: true });
    try {
      await migrate(db);
      expect((await planOf(db)).truncated).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
