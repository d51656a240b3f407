/**
 * Billing truth for users: each package a subscriber holds is an interval in `assignments`,
 * open (end_at NULL) while held. Opening and closing happen in the transaction that
 * changes the subscriber, at the tenant's simulated instant of that change.
 */
import type { Queryable } from '../../db/db';
import { openAssignment } from '../customers/assignments';
import { type SubscriberCustomer, licenseIdFor } from './customer';

export interface AssignmentSubject {
  id: string;
  tenant_id: string;
  org_id: string;
  customer_id: string;
  person_id: string | null;
  location_id: string | null;
}

/** Opens the interval through the customers module, which knows the billing snapshot columns. */
export async function openSubscriberAssignment(
  tx: Queryable,
  subscriber: AssignmentSubject,
  customer: SubscriberCustomer,
  pkg: string,
  at: Date,
): Promise<void> {
  await openAssignment(tx, {
    tenantId: subscriber.tenant_id,
    orgId: subscriber.org_id,
    customerId: subscriber.customer_id,
    customerOrgId: customer.webex_org_id,
    customerExternalId: customer.external_id,
    customerInternal: customer.internal,
    subscriberId: subscriber.id,
    userId: subscriber.person_id,
    package: pkg,
    locationId: subscriber.location_id,
    licenseId: licenseIdFor(customer, pkg),
    startAt: at,
  });
}

/** Billing for the subscriber's current package stops at `at`. */
export async function closeOpenAssignment(tx: Queryable, subscriberId: string, at: Date): Promise<void> {
  await tx.query('UPDATE assignments SET end_at = $2 WHERE subscriber_id = $1 AND end_at IS NULL', [subscriberId, at]);
}
