import { decodeId } from '@contract/ids';
import type { Config } from '../config';
import type { Db } from '../db/db';
import { createTenant, type CreatedTenant } from '../domain/tenants';
import { beginBulkLoad, countDanglingReferences } from './bulk-load';
import { writeBook } from './demo-book';
import { planCustomers } from './demo-customers';
import { prepareOrgs } from './demo-orgs';
import { Rng } from './demo-random';
import { insertRows } from './demo-rows';
import { seedTemplates } from './demo-templates';

/** Fixed: every demo tenant gets the same companies, statuses and history. */
const DEMO_SEED = 20_260_301;

/**
 * Fills a freshly created tenant with a believable book of business: customers of the
 * partner and its sub-partners in every status, package and supported country, their
 * locations, users and months of billing history, restriction history, segment templates,
 * and the jobs of work still in flight. Rows are written directly, in bulk, in the shape
 * the API's own handlers produce; one transaction, so a failed seed leaves nothing. The
 * per-row foreign-key triggers (half the insert time) are replaced by one set-based check.
 */
export async function seedDemoTenant(db: Db, tenant: CreatedTenant, now: Date): Promise<void> {
  const rng = new Rng(DEMO_SEED);
  const tenantId = tenant.partner.orgId;
  // E-mail addresses are unique across all of Webex, so every demo tenant gets its own domains.
  const tenantTag = (decodeId(tenantId)?.uuid ?? tenantId)
    .replace(/[^a-z0-9]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  await db.transaction(async (tx) => {
    const bulk = await beginBulkLoad(
      tx,
      ['customers', 'world_orgs', 'locations', 'subscribers', 'assignments', 'customer_events', 'jobs'].map(
        (table) => ({
          table,
          addingRows: 0,
        }),
      ),
    );
    const orgs = await prepareOrgs(tx, tenant, now);
    const templates = new Map<string, Map<string, string>>();
    // Orgs beyond the few that get customers keep just their default template.
    for (const org of orgs.filter((o) => o.customerCount > 0))
      templates.set(org.id, await seedTemplates(tx, tenantId, org));
    const plans = planCustomers(rng, orgs, templates, tenantTag, now);
    const book = writeBook(rng, tenantId, orgs, plans, now);
    await insertRows(tx, 'customers', book.customers);
    await insertRows(tx, 'world_orgs', book.worldOrgs);
    await insertRows(tx, 'locations', book.locations);
    await insertRows(tx, 'subscribers', book.subscribers);
    await insertRows(tx, 'assignments', book.assignments);
    await insertRows(tx, 'customer_events', book.events);
    await insertRows(tx, 'jobs', book.jobs);
    if (bulk.triggersOff) {
      const dangling = await countDanglingReferences(tx, tenantId);
      if (dangling > 0) throw new Error(`demo seed wrote ${dangling} rows with dangling references`);
    }
  });
}

/** The first start on an empty database creates the demo partner. */
export async function seedDemoIfEmpty(db: Db, config: Config): Promise<void> {
  if (config.SEED !== 'demo') return;
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tenants');
  if (row && row.n > 0) return;
  const now = new Date();
  const tenant = await createTenant(
    db,
    {
      name: 'Northwind Telecom',
      subPartners: [
        { name: 'Contoso Reseller', provisioningState: 'active' },
        { name: 'Fabrikam Voice', provisioningState: 'suspended' },
      ],
    },
    now,
  );
  await seedDemoTenant(db, tenant, now);
  console.log(`[simulator] seeded demo partner "${tenant.partner.name}" (${tenant.partner.orgId})`);
}
