import { ERROR_CODES } from '@contract/error-codes';
import { Hono } from 'hono';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import type { OrgRow } from '../domain/orgs';
import { ApiError } from '../http/errors';

export function hubSessionRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get('/capabilities', (c) =>
    c.json({
      onboardingTemplates: true,
      restrictedByPartner: true,
      customerLocations: true,
      priceBook: true,
      stats: true,
      subPartnerDirectory: true,
      simulator: true,
    }),
  );

  /** Who the token belongs to: the SPA derives permissions from these scopes and this org context. */
  r.get('/session', async (c) => {
    const p = c.get('principal');
    const [parent] = p.parentOrgId ? await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1', [p.parentOrgId]) : [];
    const [own] = await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1', [p.orgId]);
    return c.json({
      person: { id: p.adminId, displayName: p.adminName, email: p.adminEmail },
      role: p.role,
      scopes: [...p.scopes].sort(),
      org: {
        id: p.orgId,
        name: p.orgName,
        kind: p.orgKind,
        provisioningState: own?.provisioning_state ?? 'active',
        subscriptionId: own?.subscription_id ?? null,
      },
      parentOrg: parent ? { id: parent.id, name: parent.name } : null,
      now: c.get('now').toISOString(),
    });
  });

  /** Names of orgs the caller may act for (its own and, for a parent, its sub-partners). */
  r.get('/orgs/:orgId', async (c) => {
    const p = c.get('principal');
    const [org] = await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1 AND tenant_id = $2', [
      c.req.param('orgId'),
      p.tenantId,
    ]);
    if (!org || (org.id !== p.orgId && org.parent_id !== p.orgId)) {
      const description = `Organisation ${c.req.param('orgId')} not found.`;
      throw new ApiError(404, description, [{ description, errorCode: ERROR_CODES.NOT_FOUND.code, field: 'orgId' }]);
    }
    return c.json({
      id: org.id,
      name: org.name,
      kind: org.parent_id ? 'sub_partner' : 'partner',
      provisioningState: org.provisioning_state,
      subscriptionId: org.subscription_id,
      created: org.created_at.toISOString(),
      billingStartDate: org.billing_start_date.toISOString(),
    });
  });
  return r;
}
