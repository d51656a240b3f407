import type { Queryable } from '../db/db';

/** Rows as the tables of migrations 001+ hold them (column name → value). */
export interface SubscriberRow {
  id: string;
  tenant_id: string;
  org_id: string;
  customer_id: string;
  email: string;
  person_id: string | null;
  package: string;
  status: 'provisioned' | 'pending_user_migration';
  first_name: string | null;
  last_name: string | null;
  primary_phone_number: string | null;
  extension: string | null;
  location_id: string | null;
  is_first_admin: boolean;
  created_at: Date;
  last_status_change: Date;
}

export interface AssignmentRow {
  id: string;
  tenant_id: string;
  org_id: string;
  customer_id: string;
  subscriber_id: string | null;
  workspace_id: string | null;
  user_id: string | null;
  package: string;
  location_id: string | null;
  license_id: string | null;
  start_at: Date;
  end_at: Date | null;
  customer_org_id: string | null;
  customer_external_id: string;
  customer_internal: boolean;
}

export interface JobRow {
  tenant_id: string;
  kind: string;
  ref_id: string;
  payload: Record<string, unknown>;
  due_at: Date;
}

type Columns = Readonly<Record<string, string>>;

/** Column → PostgreSQL type, for jsonb_to_recordset. */
export const COLUMNS = {
  customers: {
    id: 'text',
    tenant_id: 'text',
    org_id: 'text',
    webex_org_id: 'text',
    external_id: 'text',
    name: 'text',
    primary_email: 'text',
    language: 'text',
    address: 'jsonb',
    status: 'text',
    packages: 'text[]',
    resource_details: 'jsonb',
    errors: 'jsonb',
    provisioning_parameters: 'jsonb',
    template_id: 'text',
    restricted: 'boolean',
    attached: 'boolean',
    internal: 'boolean',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  locations: {
    id: 'text',
    tenant_id: 'text',
    customer_id: 'text',
    name: 'text',
    address: 'jsonb',
    timezone: 'text',
    language: 'text',
    is_headquarters: 'boolean',
    created_at: 'timestamptz',
  },
  subscribers: {
    id: 'text',
    tenant_id: 'text',
    org_id: 'text',
    customer_id: 'text',
    email: 'text',
    person_id: 'text',
    package: 'text',
    status: 'text',
    first_name: 'text',
    last_name: 'text',
    primary_phone_number: 'text',
    extension: 'text',
    location_id: 'text',
    is_first_admin: 'boolean',
    created_at: 'timestamptz',
    last_status_change: 'timestamptz',
  },
  assignments: {
    id: 'text',
    tenant_id: 'text',
    org_id: 'text',
    customer_id: 'text',
    subscriber_id: 'text',
    workspace_id: 'text',
    user_id: 'text',
    package: 'text',
    location_id: 'text',
    license_id: 'text',
    start_at: 'timestamptz',
    end_at: 'timestamptz',
    customer_org_id: 'text',
    customer_external_id: 'text',
    customer_internal: 'boolean',
  },
  customer_events: {
    id: 'text',
    tenant_id: 'text',
    customer_id: 'text',
    kind: 'text',
    data: 'jsonb',
    actor: 'text',
    at: 'timestamptz',
  },
  jobs: { tenant_id: 'text', kind: 'text', ref_id: 'text', payload: 'jsonb', due_at: 'timestamptz' },
  world_orgs: {
    id: 'text',
    name: 'text',
    users: 'integer',
    verified_domain: 'boolean',
    claimed_domain: 'boolean',
    trial: 'boolean',
    attached_customer_id: 'text',
    created_at: 'timestamptz',
  },
} as const satisfies Record<string, Columns>;

export type Table = keyof typeof COLUMNS;

const ROWS_PER_STATEMENT = 1000;

/**
 * Multi-row insert: each statement carries up to 1000 rows as one JSON parameter, expanded
 * by jsonb_to_recordset, so a few thousand rows cost a handful of round trips instead of
 * one each. Dates travel as ISO strings, jsonb columns as nested JSON.
 */
export async function insertRows<T extends object>(q: Queryable, table: Table, rows: readonly T[]): Promise<void> {
  const columns = Object.entries(COLUMNS[table]);
  const names = columns.map(([name]) => name).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns
    .map(([name, type]) => `${name} ${type}`)
    .join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await q.query(sql, [JSON.stringify(rows.slice(i, i + ROWS_PER_STATEMENT))]);
  }
}
