import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId, encodeId } from '@contract/ids';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { seedScaleTenant, type ScaleResult } from '../src/seed/scale';

/**
 * The scale seed at a small size, on its own in-memory PGlite: the shape of what it writes
 * (IDs, references, history) is checked against the JS encoder and the rules the API
 * follows, independently of the SQL that produced it.
 */
describe('scale seed', () => {
  let db: Db;
  let result: ScaleResult;
  const customers = 120;
  const perCustomer = 5;

  beforeAll(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    result = await seedScaleTenant(db, { customers, subscribersPerCustomer: perCustomer, historyDays: 30 });
  });
  afterAll(async () => {
    await db.close();
  });

  const tenant = () => result.tenant.partner.orgId;

  it('writes the requested numbers of customers and subscribers, with an HQ for every customer that has an org', async () => {
    const [counts] = await db.query<{ customers: number; subscribers: number; hq: number; orgs: number }>(
      `SELECT (SELECT count(*) FROM customers WHERE tenant_id = $1)::int AS customers,
              (SELECT count(*) FROM subscribers WHERE tenant_id = $1)::int AS subscribers,
              (SELECT count(*) FROM locations WHERE tenant_id = $1 AND is_headquarters)::int AS hq,
              (SELECT count(*) FROM customers WHERE tenant_id = $1 AND webex_org_id IS NOT NULL)::int AS orgs`,
      [tenant()],
    );
    expect(counts?.customers).toBe(customers);
    expect(counts?.subscribers).toBe(customers * perCustomer);
    // Customers that ended in error have no org, hence no location.
    expect(counts?.orgs).toBeLessThan(customers);
    expect(counts?.hq).toBe(counts?.orgs);
  });

  it('mints IDs exactly as encodeId does, each of the right type', async () => {
    const rows = await db.query<Record<string, string | null>>(
      `SELECT c.id AS "ENTERPRISE", c.webex_org_id AS "ORGANIZATION", s.id AS "SUBSCRIBER", s.person_id AS "PEOPLE",
              s.location_id AS "LOCATION"
         FROM subscribers s JOIN customers c ON c.id = s.customer_id WHERE s.tenant_id = $1`,
      [tenant()],
    );
    const licences = await db.query<{ license_id: string; workspace_id: string | null }>(
      'SELECT license_id, workspace_id FROM assignments WHERE tenant_id = $1 AND license_id IS NOT NULL',
      [tenant()],
    );
    const checked: [string, string][] = [
      ...rows.flatMap((r) => Object.entries(r).filter((e): e is [string, string] => e[1] !== null)),
      ...licences.map((l): [string, string] => ['LICENSE', l.license_id]),
      ...licences.flatMap((l): [string, string][] => (l.workspace_id ? [['WORKSPACE', l.workspace_id]] : [])),
    ];
    for (const [type, id] of checked) {
      const decoded = decodeId(id);
      expect(decoded?.type, id).toBe(type);
      expect(encodeId(type, decoded?.uuid ?? '')).toBe(id);
    }
  });

  it("gives licences the customers module's format, in the customer's own org", async () => {
    const rows = await db.query<{ webex_org_id: string; license_id: string; package: string }>(
      `SELECT DISTINCT c.webex_org_id, a.license_id, a.package FROM assignments a JOIN customers c ON c.id = a.customer_id
        WHERE a.tenant_id = $1 AND a.license_id IS NOT NULL AND a.package = 'webex_calling'`,
      [tenant()],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const orgUuid = decodeId(r.webex_org_id)?.uuid;
      expect(decodeId(r.license_id)?.uuid).toMatch(new RegExp(`^${orgUuid}:SLWCA_[0-9a-f-]{36}$`));
    }
  });

  it('bills every provisioned user from one open interval of their current package, pending users not at all', async () => {
    const rows = await db.query<{ status: string; package: string; open: string[]; total: number }>(
      `SELECT s.status, s.package,
              array_remove(array_agg(a.package) FILTER (WHERE a.end_at IS NULL), NULL) AS open,
              count(a.id)::int AS total
         FROM subscribers s LEFT JOIN assignments a ON a.subscriber_id = s.id
        WHERE s.tenant_id = $1 GROUP BY s.id, s.status, s.package`,
      [tenant()],
    );
    const pending = rows.filter((r) => r.status === 'pending_user_migration');
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) expect(r.total).toBe(0);
    for (const r of rows.filter((x) => x.status === 'provisioned')) expect(r.open).toEqual([r.package]);
    expect(rows.some((r) => r.total === 2)).toBe(true);
  });

  it('keeps history inside the window: closed intervals end after they start and before now', async () => {
    const [h] = await db.query<{ closed: number; bad: number; removed: number; workspaces: number }>(
      `SELECT count(*) FILTER (WHERE end_at IS NOT NULL)::int AS closed,
              count(*) FILTER (WHERE end_at <= start_at OR end_at > $2 OR start_at > $2)::int AS bad,
              count(*) FILTER (WHERE subscriber_id IS NOT NULL
                                 AND NOT EXISTS (SELECT 1 FROM subscribers s WHERE s.id = subscriber_id))::int AS removed,
              count(*) FILTER (WHERE workspace_id IS NOT NULL)::int AS workspaces
         FROM assignments WHERE tenant_id = $1`,
      [tenant(), result.now],
    );
    expect(h?.bad).toBe(0);
    expect(h?.closed).toBeGreaterThan(0);
    expect(h?.removed).toBeGreaterThan(0);
    expect(h?.workspaces).toBeGreaterThan(0);
  });

  it('makes each customer’s first subscriber its first admin, with the primary e-mail', async () => {
    const rows = await db.query<{ admins: number; matches: number }>(
      `SELECT count(*) FILTER (WHERE s.is_first_admin)::int AS admins,
              count(*) FILTER (WHERE s.is_first_admin AND s.email = c.primary_email)::int AS matches
         FROM customers c JOIN subscribers s ON s.customer_id = c.id WHERE c.tenant_id = $1 GROUP BY c.id`,
      [tenant()],
    );
    for (const r of rows) expect(r).toEqual({ admins: 1, matches: 1 });
  });
});
