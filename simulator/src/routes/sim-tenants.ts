import { ERROR_CODES } from '@contract/error-codes';
import { Hono } from 'hono';
import { z } from 'zod';
import { ROLES } from '@contract/scopes';
import type { Db } from '../db/db';
import type { AppEnv } from '../http/context';
import { toErrorItems } from '@contract/validation';
import { ApiError, refuseAll } from '../http/errors';
import { createTenant } from '../domain/tenants';
import { issueToken } from '../domain/tokens';
import type { OrgRow } from '../domain/orgs';

export const CreateTenantBody = z.object({
  name: z.string().trim().min(1).max(120).default('Simulated Partner'),
  subPartners: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120),
        provisioningState: z.enum(['active', 'suspended']).default('active'),
      }),
    )
    .max(5000)
    .default([]),
  seed: z.enum(['empty', 'demo']).default('empty'),
});

const CreateTokenBody = z.object({
  orgId: z.string().min(1),
  role: z.enum(ROLES),
  scopes: z.array(z.string()).optional(),
});

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw refuseAll(400, toErrorItems(parsed.error, body));
  return parsed.data;
}

export interface SeedHook {
  (db: Db, tenant: Awaited<ReturnType<typeof createTenant>>, now: Date): Promise<void>;
}

export function simTenantRoutes(db: Db, seedDemo: SeedHook): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post('/tenants', async (c) => {
    const body = parseBody(CreateTenantBody, c.get('body'));
    const now = new Date();
    const tenant = await createTenant(db, body, now);
    if (body.seed === 'demo') await seedDemo(db, tenant, now);
    return c.json(
      {
        partner: {
          orgId: tenant.partner.orgId,
          name: tenant.partner.name,
          subscriptionId: tenant.partner.subscriptionId,
        },
        templates: tenant.partner.templates,
        tokens: tenant.partner.tokens,
        subPartners: tenant.subPartners.map((sp) => ({
          orgId: sp.orgId,
          name: sp.name,
          provisioningState: sp.provisioningState,
          templates: sp.templates,
          tokens: sp.tokens,
        })),
      },
      201,
    );
  });

  // Not in the original contract (additive): lets the SPA's persona picker find tenants.
  r.get('/tenants', async (c) => {
    const rows = await db.query<{ id: string; name: string; created_at: Date; sub_partners: number }>(
      `SELECT t.id, t.name, t.created_at,
              (SELECT count(*)::int FROM orgs o WHERE o.parent_id = t.id) AS sub_partners
         FROM tenants t ORDER BY t.created_at DESC LIMIT 200`,
    );
    return c.json({
      items: rows.map((t) => ({
        orgId: t.id,
        name: t.name,
        created: t.created_at.toISOString(),
        subPartnerCount: t.sub_partners,
      })),
    });
  });

  r.get('/tenants/:orgId/orgs', async (c) => {
    const rows = await db.query<OrgRow>(
      'SELECT * FROM orgs WHERE tenant_id = $1 ORDER BY parent_id NULLS FIRST, created_at, id LIMIT 500',
      [c.req.param('orgId')],
    );
    if (!rows.length) throw notFoundTenant(c.req.param('orgId'));
    return c.json({
      items: rows.map((o) => ({
        orgId: o.id,
        name: o.name,
        kind: o.parent_id ? 'sub_partner' : 'partner',
        provisioningState: o.provisioning_state,
      })),
    });
  });

  r.post('/tokens', async (c) => {
    const body = parseBody(CreateTokenBody, c.get('body'));
    const [org] = await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1', [body.orgId]);
    if (!org) {
      const description = `orgId: no simulated partner or sub-partner organisation has the ID ${body.orgId}`;
      throw new ApiError(404, description, [{ description, errorCode: ERROR_CODES.NOT_FOUND.code, field: 'orgId' }]);
    }
    const token = await db.transaction((tx) =>
      issueToken(tx, {
        tenantId: org.tenant_id,
        orgId: org.id,
        orgKind: org.parent_id ? 'sub_partner' : 'partner',
        role: body.role,
        ...(body.scopes ? { scopes: body.scopes } : {}),
      }),
    );
    return c.json({ accessToken: token.accessToken, expiresIn: token.expiresIn, scopes: token.scopes }, 201);
  });

  return r;
}

export function notFoundTenant(orgId: string): ApiError {
  const description = `No simulated tenant has the partner orgId ${orgId}.`;
  return new ApiError(404, description, [{ description, errorCode: ERROR_CODES.NOT_FOUND.code, field: 'orgId' }]);
}
