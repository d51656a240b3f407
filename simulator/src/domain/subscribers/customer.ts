import { ERROR_CODES } from '@contract/error-codes';
import { isCallingSubscriberPackage } from '@contract/packages';
import type { Queryable } from '../../db/db';
import { refuse } from '../../http/errors';

/** What subscriber operations need to know about the customer a subscriber belongs to. */
export interface SubscriberCustomer {
  id: string;
  tenant_id: string;
  org_id: string;
  webex_org_id: string | null;
  external_id: string;
  internal: boolean;
  status: string;
  packages: string[];
  resource_details: { packages?: { name?: string; status?: string; licenseIds?: string[] }[] } | null;
  provisioning_parameters: { packages?: { limits?: Record<string, number> } } | null;
}

/** Statuses in which a customer org exists and takes users (wholesale-api-notes §2.1). */
export const ACCEPTING_STATUSES = ['provisioned', 'provisioned_with_errors'] as const;

/**
 * The customer, scoped to the acting org. `forUpdate` locks the row for the rest of the
 * transaction, so concurrent writes for one customer queue up and a package limit cannot
 * be overrun by two requests that each counted before the other inserted.
 */
export async function loadCustomer(
  q: Queryable,
  orgId: string,
  customerId: string,
  opts: { forUpdate?: boolean; field?: string } = {},
): Promise<SubscriberCustomer> {
  const [row] = await q.query<SubscriberCustomer>(
    `SELECT id, tenant_id, org_id, webex_org_id, external_id, internal, status, packages, resource_details,
            provisioning_parameters
       FROM customers WHERE id = $1 AND org_id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [customerId, orgId],
  );
  if (!row) {
    throw refuse(
      ERROR_CODES.NOT_FOUND,
      `customerId: customer ${customerId} not found for this organisation; use the id of one of your customers (GET /wholesale/customers).`,
      opts.field ?? 'customerId',
    );
  }
  return row;
}

export function assertAcceptsSubscribers(customer: SubscriberCustomer): void {
  if (!(ACCEPTING_STATUSES as readonly string[]).includes(customer.status)) {
    throw refuse(
      ERROR_CODES.CUSTOMER_NOT_PROVISIONED,
      `Customer ${customer.id} is ${customer.status}; subscribers can only be added or changed while the customer is ${ACCEPTING_STATUSES.join(' or ')}.`,
      'customerId',
    );
  }
}

/**
 * The customer's packages a user can get: those provisioned in its org. A package whose
 * provisioning failed (customer provisioned_with_errors) has no licence to assign.
 */
export function usablePackages(customer: SubscriberCustomer): { usable: string[]; failed: string[] } {
  const details = customer.resource_details?.packages ?? [];
  const failed = customer.packages.filter((p) => {
    const status = details.find((d) => d.name === p)?.status;
    return status !== undefined && status !== 'provisioned';
  });
  return { usable: customer.packages.filter((p) => !failed.includes(p)), failed };
}

/**
 * The licence the customer holds for a package. Licences assigned before licence IDs
 * existed have none, which billing reports show as an empty LICENSE_ID.
 */
export function licenseIdFor(customer: SubscriberCustomer, pkg: string): string | null {
  const detail = customer.resource_details?.packages?.find((p) => p.name === pkg);
  return detail?.licenseIds?.[0] ?? null;
}

export function limitFor(customer: SubscriberCustomer, pkg: string): number | undefined {
  const limit = customer.provisioning_parameters?.packages?.limits?.[pkg];
  return typeof limit === 'number' ? limit : undefined;
}

interface LocationRow {
  id: string;
  name: string;
}

/**
 * A given locationId must be one of the customer's locations. Without one, a calling user
 * goes to the headquarters location (the customer's first calling location) and a
 * meetings user to none, as the customer's first administrator does.
 */
export async function resolveLocation(
  q: Queryable,
  customerId: string,
  locationId: string | undefined,
  pkg: string,
): Promise<string | null> {
  if (locationId !== undefined) {
    const [hit] = await q.query<LocationRow>('SELECT id, name FROM locations WHERE id = $1 AND customer_id = $2', [
      locationId,
      customerId,
    ]);
    if (hit) return hit.id;
    const known = await q.query<LocationRow>(
      'SELECT id, name FROM locations WHERE customer_id = $1 ORDER BY created_at, id LIMIT 11',
      [customerId],
    );
    const listed = known.slice(0, 10).map((l) => `${l.id} (${l.name})`);
    const more = known.length > 10 ? ', ...' : '';
    throw refuse(
      ERROR_CODES.LOCATION_UNKNOWN,
      `provisioningParameters.locationId "${locationId}" is not a location of customer ${customerId}; ` +
        (listed.length ? `its locations: ${listed.join(', ')}${more}` : 'the customer has no locations'),
      'provisioningParameters.locationId',
    );
  }
  if (!isCallingSubscriberPackage(pkg)) return null;
  const [hq] = await q.query<LocationRow>(
    `SELECT id, name FROM locations WHERE customer_id = $1
      ORDER BY is_headquarters DESC, created_at, id LIMIT 1`,
    [customerId],
  );
  return hq?.id ?? null;
}
