import type { Queryable } from '../../db/db';

export interface PackageDetail {
  name: string;
  status: 'provisioned' | 'provisioning' | 'deleting' | 'error';
  warnings: { errorCode: number; description: string }[];
  errors: { errorCode: number; description: string }[];
  licenseIds: string[];
}

export interface CustomerRow {
  id: string;
  tenant_id: string;
  org_id: string;
  webex_org_id: string | null;
  external_id: string;
  name: string | null;
  primary_email: string | null;
  language: string | null;
  address: Record<string, string>;
  status: string;
  packages: string[];
  resource_details: { packages: PackageDetail[] };
  errors: { errorCode: number; description: string }[];
  provisioning_parameters: Record<string, unknown> | null;
  template_id: string | null;
  restricted: boolean;
  attached: boolean;
  internal: boolean;
  sub_partner_admin_email: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Serialises writes to one org's customers and templates, so that rules checked inside the
 * transaction (externalId unique per org, an org attached once, a template deleted only
 * when unused, names unique) hold under concurrent requests.
 */
export async function lockOrgWrites(tx: Queryable, orgId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [orgId]);
}

/** States in which a job owns the customer, so another write must wait (CUSTOMER_BUSY). */
export const BUSY_STATUSES = ['provisioning', 'updating', 'deleting'] as const;

export async function findCustomer(q: Queryable, orgId: string, id: string, lock = false): Promise<CustomerRow | null> {
  const [row] = await q.query<CustomerRow>(
    `SELECT * FROM customers WHERE id = $1 AND org_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [id, orgId],
  );
  return row ?? null;
}

/** For job handlers, which run for a customer they scheduled themselves. */
export async function findCustomerById(q: Queryable, id: string): Promise<CustomerRow | null> {
  const [row] = await q.query<CustomerRow>('SELECT * FROM customers WHERE id = $1 FOR UPDATE', [id]);
  return row ?? null;
}

export interface CustomerFilters {
  externalId?: string | undefined;
  webexOrgId?: string | undefined;
  statuses?: readonly string[] | undefined;
}

/**
 * One page in creation order. `limit` is max + 1 so the caller learns whether a next page
 * exists without counting: a partner may have 100,000 customers.
 *
 * The page's keys are found first, from the (org_id, created_at, id) or
 * (org_id, status, created_at, id) index alone, and only those rows are read: an offset of
 * 5,000 then skips index entries, not 5,000 whole customers. Each status is its own equality
 * so the index yields rows already in order (`status = ANY(...)` would make PostgreSQL sort
 * every matching customer); several statuses are merged from one ordered scan each.
 * Only the filters given appear in the statement, so the plan fits the request.
 */
export async function listCustomers(
  q: Queryable,
  orgId: string,
  f: CustomerFilters,
  page: { offset: number; limit: number },
): Promise<CustomerRow[]> {
  const params: unknown[] = [orgId, page.limit, page.offset];
  const param = (value: unknown) => `$${params.push(value)}`;
  const common = ['org_id = $1'];
  if (f.externalId !== undefined) common.push(`external_id = ${param(f.externalId)}`);
  if (f.webexOrgId !== undefined) common.push(`webex_org_id = ${param(f.webexOrgId)}`);
  const statuses = [...new Set(f.statuses ?? [])];
  const keysWhere = (extra: string[]) => [...common, ...extra].join(' AND ');
  const keys =
    statuses.length <= 1
      ? `SELECT id, created_at FROM customers
          WHERE ${keysWhere(statuses.map((s) => `status = ${param(s)}`))}
          ORDER BY created_at, id LIMIT $2::int OFFSET $3::int`
      : `SELECT id, created_at FROM (${statuses
          .map(
            (s) => `(SELECT id, created_at FROM customers WHERE ${keysWhere([`status = ${param(s)}`])}
                     ORDER BY created_at, id LIMIT $2::int + $3::int)`,
          )
          .join(' UNION ALL ')}) merged
          ORDER BY created_at, id LIMIT $2::int OFFSET $3::int`;
  return q.query<CustomerRow>(
    `SELECT c.* FROM (${keys}) k JOIN customers c ON c.id = k.id ORDER BY k.created_at, k.id`,
    params,
  );
}

export async function externalIdTaken(
  q: Queryable,
  orgId: string,
  externalId: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM customers WHERE org_id = $1 AND external_id = $2 AND id <> $3 LIMIT 1', [
    orgId,
    externalId,
    exceptId ?? '',
  ]);
  return rows.length > 0;
}

export interface NewCustomer {
  id: string;
  tenantId: string;
  orgId: string;
  externalId: string;
  name: string | null;
  primaryEmail: string | null;
  language: string | null;
  address: Record<string, unknown>;
  status: 'provisioning' | 'pending_rpl_review';
  packages: readonly string[];
  provisioningParameters: Record<string, unknown> | null;
  templateId: string;
  restricted: boolean;
  attached: boolean;
  subPartnerAdminEmail: string | null;
  now: Date;
}

export async function insertCustomer(q: Queryable, c: NewCustomer): Promise<void> {
  const details = {
    packages: c.packages.map((name) => ({ name, status: 'provisioning', warnings: [], errors: [], licenseIds: [] })),
  };
  await q.query(
    `INSERT INTO customers (id, tenant_id, org_id, external_id, name, primary_email, language, address, status, packages,
                            resource_details, provisioning_parameters, template_id, restricted, attached,
                            sub_partner_admin_email, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
    [
      c.id,
      c.tenantId,
      c.orgId,
      c.externalId,
      c.name,
      c.primaryEmail,
      c.language,
      JSON.stringify(c.address),
      c.status,
      [...c.packages],
      JSON.stringify(details),
      c.provisioningParameters ? JSON.stringify(c.provisioningParameters) : null,
      c.templateId,
      c.restricted,
      c.attached,
      c.subPartnerAdminEmail,
      c.now,
    ],
  );
}

export async function recordEvent(
  q: Queryable,
  e: {
    id: string;
    tenantId: string;
    customerId: string;
    kind: string;
    data: Record<string, unknown>;
    actor: string | null;
    at: Date;
  },
): Promise<void> {
  await q.query(
    'INSERT INTO customer_events (id, tenant_id, customer_id, kind, data, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [e.id, e.tenantId, e.customerId, e.kind, JSON.stringify(e.data), e.actor, e.at],
  );
}
