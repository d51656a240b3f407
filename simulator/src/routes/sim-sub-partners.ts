import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import { SUB_PARTNER_STATES } from '@contract/packages';
import { oneOf, requiredText } from '@contract/validation';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { ApiError } from '../http/errors';
import { tenantNow, toTenantState } from '../domain/clock';
import type { OrgRow } from '../domain/orgs';
import { createOrg } from '../domain/tenants';
import { closed, parseSimBody } from './sim-controls';
import { notFoundTenant } from './sim-tenants';

/** As many as POST /_sim/tenants takes in one body. */
const MAX_BATCH = 5000;
const NAME_MAX = 120;

const NewSubPartner = closed({
  name: requiredText(NAME_MAX),
  provisioningState: oneOf(SUB_PARTNER_STATES).default('active'),
});

const AddSubPartnersBody = closed({
  subPartners: z
    .array(NewSubPartner, { error: 'must be an array of {"name", "provisioningState"} objects' })
    .min(1, { error: 'must list at least one sub-partner' })
    .max(MAX_BATCH, { error: `must list at most ${MAX_BATCH} sub-partners per request` }),
});

const SetStateBody = closed({ provisioningState: oneOf(SUB_PARTNER_STATES) });

interface TenantRow {
  id: string;
  clock_offset_ms: number;
  settings: Record<string, unknown>;
  subscription_id: string;
}

/**
 * Control API for a tenant's sub-partners after the tenant exists: add some (with admins,
 * a template and tokens each, as POST /_sim/tenants creates them), and suspend or
 * reactivate one, so tests can give a suspended sub-partner customers made while active.
 */
export function simSubPartnersRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post('/tenants/:orgId/sub-partners', async (c) => {
    const tenantId = c.req.param('orgId');
    const body = parseSimBody(AddSubPartnersBody, c.get('body'));
    const created = await db.transaction(async (tx) => {
      const [tenant] = await tx.query<TenantRow>(
        `SELECT t.id, t.clock_offset_ms, t.settings, o.subscription_id
           FROM tenants t JOIN orgs o ON o.id = t.id WHERE t.id = $1`,
        [tenantId],
      );
      if (!tenant) throw notFoundTenant(tenantId);
      // Created "now" on the tenant's clock, like everything the tenant's admins see.
      const now = tenantNow(toTenantState(tenant));
      const out = [];
      for (const sp of body.subPartners) {
        const org = await createOrg(tx, {
          tenantId,
          id: encodeId('ORGANIZATION', randomUUID()),
          parentId: tenantId,
          name: sp.name,
          subscriptionId: tenant.subscription_id,
          state: sp.provisioningState,
          now,
        });
        out.push({
          orgId: org.orgId,
          name: org.name,
          provisioningState: sp.provisioningState,
          templates: org.templates,
          tokens: org.tokens,
        });
      }
      return out;
    });
    return c.json({ subPartners: created }, 201);
  });

  r.post('/tenants/:orgId/sub-partners/:subOrgId', async (c) => {
    const tenantId = c.req.param('orgId');
    const subOrgId = c.req.param('subOrgId');
    const body = parseSimBody(SetStateBody, c.get('body'));
    const [org] = await db.query<OrgRow>(
      `UPDATE orgs SET provisioning_state = $3 WHERE id = $2 AND tenant_id = $1 AND parent_id = $1 RETURNING *`,
      [tenantId, subOrgId, body.provisioningState],
    );
    if (!org) {
      const [tenant] = await db.query('SELECT 1 FROM tenants WHERE id = $1', [tenantId]);
      if (!tenant) throw notFoundTenant(tenantId);
      const description = `subOrgId: ${subOrgId} is not a sub-partner of the simulated tenant ${tenantId}.`;
      throw new ApiError(404, description, [{ description, errorCode: ERROR_CODES.NOT_FOUND.code, field: 'subOrgId' }]);
    }
    return c.json({ orgId: org.id, name: org.name, provisioningState: org.provisioning_state });
  });

  return r;
}
