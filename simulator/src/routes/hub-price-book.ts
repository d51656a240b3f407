import { Hono, type Context } from 'hono';
import { PriceBookRequest } from '@contract/hub';
import { OnBehalfQuery } from '@contract/wholesale';
import { SCOPES } from '@contract/scopes';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { actingOrg, type OrgRow } from '../domain/orgs';
import { parseRequest } from '../domain/rules/problems';

interface PriceBookRow {
  data: PriceBookRequest;
  updated_at: Date;
  updated_by: string | null;
}

/** An org that never saved a book has an empty one in US dollars without tax. */
const EMPTY_BOOK = { currency: 'USD', taxRatePercent: '0', prices: {}, updatedAt: null, updatedBy: null };

function toWire(row: PriceBookRow) {
  return {
    currency: row.data.currency,
    taxRatePercent: row.data.taxRatePercent,
    prices: row.data.prices,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  };
}

/**
 * The price book (Partner Hub only): what Cisco charges per SKU and month, what the partner
 * charges its customers, currency and tax rate. One per org; a parent reads and writes a
 * sub-partner's with onBehalfOfSubPartnerOrgId. Reading needs billing read, replacing it
 * billing write: it is what the cost summaries of billing reports are computed with. It
 * provisions nothing, so a suspended sub-partner may still keep its prices current.
 */
export function hubPriceBookRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  async function orgOf(c: Context<AppEnv>): Promise<OrgRow> {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    return actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
  }

  r.get('/', requireScope(SCOPES.billingRead), async (c) => {
    const org = await orgOf(c);
    const [row] = await db.query<PriceBookRow>(
      'SELECT data, updated_at, updated_by FROM price_books WHERE org_id = $1',
      [org.id],
    );
    return c.json(row ? toWire(row) : EMPTY_BOOK);
  });

  r.put('/', requireScope(SCOPES.billingWrite), async (c) => {
    const org = await orgOf(c);
    const body = parseRequest(PriceBookRequest, c.get('body'));
    const [row] = await db.query<PriceBookRow>(
      `INSERT INTO price_books (org_id, tenant_id, data, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (org_id) DO UPDATE
         SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
       RETURNING data, updated_at, updated_by`,
      [
        org.id,
        org.tenant_id,
        JSON.stringify({ currency: body.currency, taxRatePercent: body.taxRatePercent, prices: body.prices }),
        c.get('now'),
        c.get('principal').adminEmail,
      ],
    );
    if (!row) throw new Error('price book upsert returned no row');
    return c.json(toWire(row));
  });

  return r;
}
