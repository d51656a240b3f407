import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { SUB_PARTNER_STATES } from '@contract/packages';
import { SCOPES } from '@contract/scopes';
import { MAX_PAGE_SIZE } from '@contract/wholesale';
import { queryEnum, queryInt, queryText } from '@contract/validation';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { setLinkHeader } from '../http/paging';
import { parseRequest, refuseProblems } from '../domain/rules/problems';

/** Longer than any org name (120) or encoded org ID: anything beyond is a mistake, not a search. */
const SEARCH_MAX = 200;

export const SUB_PARTNER_SORT_FIELDS = ['name', 'created'] as const;
const SORT_ORDERS = ['ASC', 'DESC'] as const;

const DirectoryQuery = z.object({
  q: queryText().refine((q) => q === undefined || q.trim().length <= SEARCH_MAX, {
    error: `must be at most ${SEARCH_MAX} characters: part of a sub-partner's name, or its whole org ID`,
  }),
  provisioningState: queryEnum(SUB_PARTNER_STATES),
  sortBy: queryEnum(SUB_PARTNER_SORT_FIELDS).default('name'),
  sortOrder: z
    .preprocess((raw) => {
      const value: unknown = Array.isArray(raw) ? raw[0] : raw;
      return typeof value === 'string' ? value.trim().toUpperCase() : value;
    }, queryEnum(SORT_ORDERS))
    .default('ASC'),
  offset: queryInt({ min: 0, errorCode: 'INVALID_PAGING_PARAMETER' }).default(0),
  max: queryInt({ min: 1, max: MAX_PAGE_SIZE, errorCode: 'INVALID_PAGING_PARAMETER' }).default(MAX_PAGE_SIZE),
});

interface DirectoryRow {
  id: string;
  name: string;
  subscription_id: string;
  provisioning_state: string;
  created_at: Date;
  billing_start_date: Date;
  customer_count: number;
}

function toItem(row: DirectoryRow) {
  return {
    orgId: row.id,
    name: row.name,
    provisioningState: row.provisioning_state,
    created: row.created_at.toISOString(),
    billingStartDate: row.billing_start_date.toISOString(),
    subscriptionId: row.subscription_id,
    customerCount: row.customer_count,
  };
}

/** `%`, `_` and `\` in a search are literal characters, not LIKE wildcards. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

// One count per page row on customers_page_idx (org_id, ...): at most 100 index-only counts.
const SELECT_ROW = `SELECT o.id, o.name, o.subscription_id, o.provisioning_state, o.created_at, o.billing_start_date,
        (SELECT count(*)::int FROM customers c WHERE c.org_id = o.id) AS customer_count
   FROM orgs o`;

function notYourSubPartner(orgId: string) {
  return refuseProblems([
    { code: 'SUB_PARTNER_UNKNOWN', field: 'orgId', message: `"${orgId}" is not one of your sub-partners` },
  ]);
}

/**
 * A sub-partner has no sub-partners (one level only): its directory is empty and every
 * entry "not found" — before any scope check, so its answer never depends on what exists.
 */
function partnersOnly(answer: (c: Context<AppEnv>) => Response): MiddlewareHandler<AppEnv> {
  return async (c, next) => (c.get('principal').orgKind === 'partner' ? next() : answer(c));
}

/**
 * The Partner Hub directory of a partner's sub-partners ("indirect providers"): what the
 * public GET /wholesale/subPartners lacks — names, search, sort and customer counts — for
 * partners with thousands of them. Always the caller's own sub-partners, in its own tenant.
 */
export function hubSubPartnersRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  const read = requireScope(SCOPES.subPartnersRead);

  r.get(
    '/',
    partnersOnly((c) => c.json({ items: [] })),
    read,
    async (c) => {
      const q = parseRequest(DirectoryQuery, c.req.queries(), 'The query');
      const principal = c.get('principal');
      const search = q.q?.trim() || null;
      // Both orders are served by an index: orgs_parent_name_idx (parent_id, lower(name), id)
      // and orgs_parent_idx (parent_id, created_at, id), read backwards for DESC.
      const key = q.sortBy === 'name' ? 'lower(o.name)' : 'o.created_at';
      const dir = q.sortOrder === 'DESC' ? 'DESC' : 'ASC';
      const rows = await db.query<DirectoryRow>(
        `${SELECT_ROW}
        WHERE o.parent_id = $1 AND o.tenant_id = $2
          AND ($3::text IS NULL OR o.provisioning_state = $3)
          AND ($4::text IS NULL OR o.id = $4 OR lower(o.name) LIKE $5 ESCAPE '\\')
        ORDER BY ${key} ${dir}, o.id ${dir}
        LIMIT $6 OFFSET $7`,
        [
          principal.orgId,
          principal.tenantId,
          q.provisioningState ?? null,
          search,
          search === null ? null : likePattern(search),
          q.max + 1,
          q.offset,
        ],
      );
      setLinkHeader(c, { offset: q.offset, max: q.max }, rows.length > q.max);
      return c.json({ items: rows.slice(0, q.max).map(toItem) });
    },
  );

  const orgNotFound = (c: Context<AppEnv>): Response => {
    throw notYourSubPartner(c.req.param('orgId') ?? '');
  };

  r.get('/:orgId', partnersOnly(orgNotFound), read, async (c) => {
    const principal = c.get('principal');
    const orgId = c.req.param('orgId');
    const [row] = await db.query<DirectoryRow>(
      `${SELECT_ROW} WHERE o.id = $1 AND o.parent_id = $2 AND o.tenant_id = $3`,
      [orgId, principal.orgId, principal.tenantId],
    );
    if (!row) throw notYourSubPartner(orgId);
    return c.json(toItem(row));
  });

  return r;
}
