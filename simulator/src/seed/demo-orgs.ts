import type { Queryable } from '../db/db';
import type { CreatedTenant } from '../domain/tenants';
import { DAY } from './demo-random';

/**
 * The organisations of a demo tenant, with what the seed needs to write for them. The
 * partner carries most customers; the first active sub-partners are resellers with a
 * smaller book, suspended ones keep a few customers from before their suspension.
 */
export interface DemoOrg {
  id: string;
  name: string;
  role: 'partner' | 'reseller' | 'suspended';
  subscriptionId: string;
  defaultTemplateId: string;
  createdAt: Date;
  admin: { id: string; name: string; email: string };
  /** Prefix of the partner's own customer keys (externalId), from the org's initials. */
  externalPrefix: string;
  customerCount: number;
}

const PARTNER_CUSTOMERS = 170;
const RESELLER_CUSTOMERS = [45, 14, 10];
const SUSPENDED_CUSTOMERS = [6, 4];

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((w) => w.normalize('NFKD').replace(/[^A-Za-z]/g, '')[0] ?? '')
    .join('')
    .toUpperCase();
  return letters.slice(0, 3) || 'C';
}

/**
 * Builds the org list and moves the orgs' creation and billing start back in time, so that
 * months of customer history happened after the orgs existed.
 */
export async function prepareOrgs(tx: Queryable, tenant: CreatedTenant, now: Date): Promise<DemoOrg[]> {
  const all = [
    { org: tenant.partner, state: 'active' as const, parent: true },
    ...tenant.subPartners.map((sp) => ({ org: sp, state: sp.provisioningState, parent: false })),
  ];
  const admins = await tx.query<{ id: string; org_id: string; display_name: string; email: string }>(
    `SELECT id, org_id, display_name, email FROM admins WHERE org_id = ANY($1::text[]) AND role = 'full_admin'`,
    [all.map((a) => a.org.orgId)],
  );
  let resellers = 0;
  let suspended = 0;
  const orgs: DemoOrg[] = [];
  for (const { org, state, parent } of all) {
    const admin = admins.find((a) => a.org_id === org.orgId);
    const template = org.templates[0];
    if (!admin || !template) throw new Error(`org ${org.orgId} has no full admin or default template`);
    const role = parent ? 'partner' : state === 'active' ? 'reseller' : 'suspended';
    const index = role === 'reseller' ? resellers++ : role === 'suspended' ? suspended++ : 0;
    const customerCount =
      role === 'partner'
        ? PARTNER_CUSTOMERS
        : ((role === 'reseller' ? RESELLER_CUSTOMERS[index] : SUSPENDED_CUSTOMERS[index]) ?? 0);
    const daysBack = role === 'partner' ? 480 : role === 'reseller' ? 330 - 45 * index : 400 - 30 * index;
    orgs.push({
      id: org.orgId,
      name: org.name,
      role,
      subscriptionId: org.subscriptionId,
      defaultTemplateId: template.id,
      createdAt: new Date(now.getTime() - Math.max(60, daysBack) * DAY),
      admin: { id: admin.id, name: admin.display_name, email: admin.email },
      externalPrefix: initials(org.name),
      customerCount,
    });
  }
  const dates = JSON.stringify(orgs.map((o) => ({ id: o.id, template: o.defaultTemplateId, at: o.createdAt })));
  await tx.query(
    `UPDATE orgs o SET created_at = d.at, billing_start_date = d.at
       FROM jsonb_to_recordset($1::jsonb) AS d(id text, template text, at timestamptz) WHERE o.id = d.id`,
    [dates],
  );
  await tx.query(
    `UPDATE templates t SET created_at = d.at, updated_at = d.at
       FROM jsonb_to_recordset($1::jsonb) AS d(id text, template text, at timestamptz) WHERE t.id = d.template`,
    [dates],
  );
  return orgs;
}
