import type { Config } from '../config';
import type { Db } from '../db/db';
import { createTenant, type CreatedTenant } from '../domain/tenants';

/** Fills a freshly created tenant with demo data (customers, subscribers, history). */
export async function seedDemoTenant(_db: Db, _tenant: CreatedTenant, _now: Date): Promise<void> {
  // Filled in by the demo-seed work: customers across statuses, packages and countries.
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
