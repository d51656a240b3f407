import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/db';

/**
 * Billing truth: a package held by a user is an interval in `assignments`. Rows are not
 * tied to customers by a foreign key, so they survive a deleted customer for billing
 * history; they copy the customer identifiers a report prints (002_billing_snapshot.sql).
 */
export async function openAssignment(
  q: Queryable,
  a: {
    tenantId: string;
    orgId: string;
    customerId: string;
    customerOrgId: string | null;
    customerExternalId: string;
    customerInternal: boolean;
    subscriberId: string;
    userId: string | null;
    package: string;
    locationId: string | null;
    licenseId: string | null;
    startAt: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO assignments (id, tenant_id, org_id, customer_id, subscriber_id, user_id, package, location_id, license_id,
                              start_at, customer_org_id, customer_external_id, customer_internal)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      randomUUID(),
      a.tenantId,
      a.orgId,
      a.customerId,
      a.subscriberId,
      a.userId,
      a.package,
      a.locationId,
      a.licenseId,
      a.startAt,
      a.customerOrgId,
      a.customerExternalId,
      a.customerInternal,
    ],
  );
}

/** Stops billing of a customer's open assignments (all, or only those of `packages`) at `at`. */
export async function closeCustomerAssignments(
  q: Queryable,
  customerId: string,
  at: Date,
  packages?: readonly string[],
): Promise<void> {
  await q.query(
    `UPDATE assignments SET end_at = $2
      WHERE customer_id = $1 AND end_at IS NULL AND ($3::text[] IS NULL OR package = ANY($3::text[]))`,
    [customerId, at, packages ? [...packages] : null],
  );
}
