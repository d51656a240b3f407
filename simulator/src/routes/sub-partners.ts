import { Hono } from 'hono';
import { ERROR_CODES } from '@contract/error-codes';
import { SCOPES } from '@contract/scopes';
import type { Db } from '../db/db';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { readPage, setLinkHeader } from '../http/paging';
import { ApiError } from '../http/errors';
import type { OrgRow } from '../domain/orgs';

export function subPartnerRoutes(db: Db): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/', requireScope(SCOPES.subPartnersRead), async (c) => {
    const principal = c.get('principal');
    const page = readPage(c, { defaultMax: 100, maxMax: 100 });
    const state = c.req.query('provisioningState');
    if (state !== undefined && state !== 'active' && state !== 'suspended') {
      const description = `provisioningState: must be one of: active, suspended (got "${state}")`;
      throw new ApiError(400, description, [
        { description, errorCode: ERROR_CODES.INVALID_VALUE.code, field: 'provisioningState' },
      ]);
    }
    const rows = await db.query<OrgRow>(
      `SELECT * FROM orgs WHERE parent_id = $1 AND ($2::text IS NULL OR provisioning_state = $2)
        ORDER BY created_at, id LIMIT $3 OFFSET $4`,
      [principal.orgId, state ?? null, page.max + 1, page.offset],
    );
    setLinkHeader(c, page, rows.length > page.max);
    return c.json({
      items: rows.slice(0, page.max).map((o) => ({
        orgId: o.id,
        subscriptionId: o.subscription_id,
        provisioningState: o.provisioning_state,
        created: o.created_at.toISOString(),
        billingStartDate: o.billing_start_date.toISOString(),
      })),
    });
  });
  return r;
}
