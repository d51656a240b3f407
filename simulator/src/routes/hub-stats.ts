import { Hono } from 'hono';
import { SCOPES } from '@contract/scopes';
import type { AppDeps } from '../app';
import type { Queryable } from '../db/db';
import { requireScope } from '../http/auth';
import type { AppEnv } from '../http/context';
import { actingOrg } from '../domain/orgs';

type Counts = Record<string, number>;

/** One plain count(*) … GROUP BY on an indexed column; `sql` must select `key` and `n`. */
async function countBy(db: Queryable, sql: string, orgId: string): Promise<Counts> {
  const rows = await db.query<{ key: string; n: number }>(sql, [orgId]);
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

/**
 * Aggregate counts for the overview and status chips (the public API has no counts, so a
 * real-API client pages the lists instead). Acts for a sub-partner through
 * `onBehalfOfSubPartnerOrgId` like the provisioning calls. A group the token may not read,
 * or that does not apply (a sub-partner has no sub-partners), is `null`, not zero.
 */
export function hubStatsRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/', requireScope(SCOPES.customersRead), async (c) => {
    const principal = c.get('principal');
    const org = await actingOrg(db, principal, c.req.query('onBehalfOfSubPartnerOrgId'));
    const subscribers = principal.scopes.has(SCOPES.subscribersRead);
    const subPartners = principal.scopes.has(SCOPES.subPartnersRead) && org.parent_id === null;

    const [customersByStatus, subscribersByPackage, subscribersByStatus, subPartnersByState] = await Promise.all([
      countBy(db, 'SELECT status AS key, count(*)::int AS n FROM customers WHERE org_id = $1 GROUP BY status', org.id),
      subscribers
        ? countBy(
            db,
            'SELECT package AS key, count(*)::int AS n FROM subscribers WHERE org_id = $1 GROUP BY package',
            org.id,
          )
        : null,
      subscribers
        ? countBy(
            db,
            'SELECT status AS key, count(*)::int AS n FROM subscribers WHERE org_id = $1 GROUP BY status',
            org.id,
          )
        : null,
      subPartners
        ? countBy(
            db,
            'SELECT provisioning_state AS key, count(*)::int AS n FROM orgs WHERE parent_id = $1 GROUP BY provisioning_state',
            org.id,
          )
        : null,
    ]);
    return c.json({ orgId: org.id, customersByStatus, subscribersByPackage, subscribersByStatus, subPartnersByState });
  });
  return r;
}
