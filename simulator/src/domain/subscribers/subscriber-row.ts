import { SUBSCRIBER_PACKAGES_DEPRECATED_FIELD } from '@contract/packages';
import { ERROR_CODES } from '@contract/error-codes';
import type { Queryable } from '../../db/db';
import { refuse } from '../../http/errors';

export type SubscriberStatus = 'provisioned' | 'pending_user_migration';

/** A subscribers row joined with its customer's external ID (the response needs both). */
export interface SubscriberRow {
  id: string;
  tenant_id: string;
  org_id: string;
  customer_id: string;
  email: string;
  person_id: string | null;
  package: string;
  status: SubscriberStatus;
  first_name: string | null;
  last_name: string | null;
  primary_phone_number: string | null;
  extension: string | null;
  location_id: string | null;
  is_first_admin: boolean;
  errors: { errorCode: number; description: string }[];
  created_at: Date;
  last_status_change: Date;
  external_customer_id: string;
}

/** Select list and join every subscriber read shares; `s` and `c` are the aliases. */
export const SUBSCRIBER_SELECT = `SELECT s.*, c.external_id AS external_customer_id
  FROM subscribers s JOIN customers c ON c.id = s.customer_id`;

/** Spec schema `Subscriber`. */
export interface SubscriberJson {
  id: string;
  personId?: string;
  email: string;
  customerId: string;
  externalCustomerId: string;
  package?: string;
  packages: string[];
  status: SubscriberStatus;
  errors: { errorCode: number; description: string }[];
  created: string;
  lastStatusChange: string;
}

function knownToDeprecatedField(pkg: string): boolean {
  return (SUBSCRIBER_PACKAGES_DEPRECATED_FIELD as readonly string[]).includes(pkg);
}

/**
 * `personId` exists only once the person is provisioned (spec). The deprecated `package`
 * is sent only for the six values its enum knows, so a strict client of the old field
 * never meets a value it cannot parse; `packages` always carries the package.
 */
export function toSubscriberJson(row: SubscriberRow): SubscriberJson {
  return {
    id: row.id,
    ...(row.status === 'provisioned' && row.person_id ? { personId: row.person_id } : {}),
    email: row.email,
    customerId: row.customer_id,
    externalCustomerId: row.external_customer_id,
    ...(knownToDeprecatedField(row.package) ? { package: row.package } : {}),
    packages: [row.package],
    status: row.status,
    errors: row.errors,
    created: row.created_at.toISOString(),
    lastStatusChange: row.last_status_change.toISOString(),
  };
}

/** One subscriber of the acting org, or undefined (the caller answers 404). */
export async function findSubscriber(
  q: Queryable,
  orgId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SubscriberRow | undefined> {
  const [row] = await q.query<SubscriberRow>(
    `${SUBSCRIBER_SELECT} WHERE s.id = $1 AND s.org_id = $2${opts.forUpdate ? ' FOR UPDATE OF s' : ''}`,
    [id, orgId],
  );
  return row;
}

/** Like findSubscriber, but answers 404 for anything outside the acting org (no probing). */
export async function requireSubscriber(
  q: Queryable,
  orgId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SubscriberRow> {
  const row = await findSubscriber(q, orgId, id, opts);
  if (!row) {
    throw refuse(ERROR_CODES.NOT_FOUND, `Subscriber ${id} not found for this organisation.`, 'subscriberId');
  }
  return row;
}
