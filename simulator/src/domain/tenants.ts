import { randomUUID } from 'node:crypto';
import { encodeId, encodeProvisioningId } from '@contract/ids';
import type { Db, Queryable } from '../db/db';
import { issueToken } from './tokens';

export interface SubPartnerInput {
  name: string;
  provisioningState?: 'active' | 'suspended';
}

export interface CreateTenantInput {
  name: string;
  subPartners: SubPartnerInput[];
}

export interface TemplateSummary {
  id: string;
  name: string;
  provisioningId: string;
}

export interface OrgCredentials {
  orgId: string;
  name: string;
  subscriptionId: string;
  templates: TemplateSummary[];
  tokens: { fullAdmin: string; readOnlyAdmin: string };
}

export interface CreatedTenant {
  partner: OrgCredentials;
  subPartners: (OrgCredentials & { provisioningState: 'active' | 'suspended' })[];
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'org'
  );
}

/**
 * Creates an isolated partner (and its sub-partners), each with a full and a read-only
 * admin, one onboarding template and tokens, in one transaction.
 */
export async function createTenant(db: Db, input: CreateTenantInput, now: Date): Promise<CreatedTenant> {
  return db.transaction(async (tx) => {
    const partnerId = encodeId('ORGANIZATION', randomUUID());
    const subscriptionId = `Sub${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
    await tx.query('INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3)', [partnerId, input.name, now]);
    const partner = await createOrg(tx, {
      tenantId: partnerId,
      id: partnerId,
      parentId: null,
      name: input.name,
      subscriptionId,
      state: 'active',
      now,
    });
    const subPartners: CreatedTenant['subPartners'] = [];
    for (const sp of input.subPartners) {
      const state = sp.provisioningState ?? 'active';
      const org = await createOrg(tx, {
        tenantId: partnerId,
        id: encodeId('ORGANIZATION', randomUUID()),
        parentId: partnerId,
        name: sp.name,
        subscriptionId,
        state,
        now,
      });
      subPartners.push({ ...org, provisioningState: state });
    }
    return { partner, subPartners };
  });
}

export async function createOrg(
  tx: Queryable,
  o: {
    tenantId: string;
    id: string;
    parentId: string | null;
    name: string;
    subscriptionId: string;
    state: 'active' | 'suspended';
    now: Date;
  },
): Promise<OrgCredentials> {
  await tx.query(
    `INSERT INTO orgs (id, tenant_id, parent_id, name, subscription_id, provisioning_state, created_at, billing_start_date)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [o.id, o.tenantId, o.parentId, o.name, o.subscriptionId, o.state, o.now],
  );
  const domain = `${slug(o.name)}.example.com`;
  for (const [role, label] of [
    ['full_admin', 'Full Admin'],
    ['read_only_admin', 'Read-only Admin'],
  ] as const) {
    await tx.query(
      'INSERT INTO admins (id, tenant_id, org_id, role, display_name, email) VALUES ($1, $2, $3, $4, $5, $6)',
      [
        encodeId('PEOPLE', randomUUID()),
        o.tenantId,
        o.id,
        role,
        `${o.name} ${label}`,
        `${role.replace(/_/g, '.')}@${domain}`,
      ],
    );
  }
  const template = await insertDefaultTemplate(tx, o);
  const orgKind = o.parentId ? 'sub_partner' : 'partner';
  const full = await issueToken(tx, { tenantId: o.tenantId, orgId: o.id, orgKind, role: 'full_admin' });
  const readOnly = await issueToken(tx, { tenantId: o.tenantId, orgId: o.id, orgKind, role: 'read_only_admin' });
  return {
    orgId: o.id,
    name: o.name,
    subscriptionId: o.subscriptionId,
    templates: [template],
    tokens: { fullAdmin: full.accessToken, readOnlyAdmin: readOnly.accessToken },
  };
}

async function insertDefaultTemplate(
  tx: Queryable,
  o: { tenantId: string; id: string; name: string; subscriptionId: string; now: Date },
): Promise<TemplateSummary> {
  const id = encodeId('ONBOARDING_TEMPLATE', randomUUID());
  const provisioningId = encodeProvisioningId(randomUUID());
  const name = 'Standard SMB';
  const data = {
    offerType: 'webex_for_wholesale',
    country: 'US',
    language: 'en_US',
    timezone: 'America/New_York',
    subscriptionId: o.subscriptionId,
    authentication: { mode: 'webex' },
    pstnProvider: null,
    commonSettings: { allowAdminInviteEmailsOnAttach: true },
    callSettings: {},
  };
  await tx.query(
    `INSERT INTO templates (id, tenant_id, org_id, provisioning_id, name, data, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [id, o.tenantId, o.id, provisioningId, name, JSON.stringify(data), o.now],
  );
  return { id, name, provisioningId };
}
