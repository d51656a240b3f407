import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import { isCallingSubscriberPackage } from '@contract/packages';
import type { SubscriberProvisioningParameters } from '@contract/wholesale';
import type { Db, Queryable } from '../../db/db';
import type { JobRunner } from '../jobs';
import { openSubscriberAssignment } from './assignments';
import {
  assertEmailFree,
  assertNotOtherPartnersUser,
  assertNumbersFree,
  assertWithinLimit,
  uniqueViolationRefusal,
} from './checks';
import { scheduleConsentAcceptance } from './consent';
import {
  type SubscriberCustomer,
  assertAcceptsSubscribers,
  loadCustomer,
  resolveLocation,
  usablePackages,
} from './customer';
import { chosenPackage, dependencyMissing, packageNotHeld, phoneOrExtensionMissing, throwIf } from './rules';
import { type SubscriberRow, type SubscriberStatus, requireSubscriber } from './subscriber-row';
import { webexUserKind } from '../world';

/** A provisioning request after schema validation (POST body, or a full precheck body). */
export interface ProvisionInput {
  customerId: string;
  email: string;
  package?: string | undefined;
  packages?: readonly string[] | undefined;
  provisioningParameters: SubscriberProvisioningParameters;
}

/** Everything a provisioning would write, decided before anything is written. */
export interface ProvisionPlan {
  customer: SubscriberCustomer;
  email: string;
  pkg: string;
  status: SubscriberStatus;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  extension: string | null;
  locationId: string | null;
}

const orNull = (value: string | undefined) => (value ? value : null);

/**
 * Applies every provisioning rule in the order a partner can act on them: the customer,
 * the package, who the person is, then numbers, location and limits. Throws the first
 * refusal; returns the plan when provisioning would succeed. Precheck runs exactly this.
 */
export async function planProvision(
  q: Queryable,
  orgId: string,
  body: ProvisionInput,
  opts: { lockCustomer: boolean },
): Promise<ProvisionPlan> {
  const customer = await loadCustomer(q, orgId, body.customerId, { forUpdate: opts.lockCustomer });
  assertAcceptsSubscribers(customer);
  const { pkg, field } = chosenPackage(body);
  const held = usablePackages(customer);
  throwIf(packageNotHeld(pkg, held, field));
  throwIf(dependencyMissing(pkg, held.usable, field));

  await assertEmailFree(q, body.email);
  const kind = await webexUserKind(q, body.email);
  assertNotOtherPartnersUser(kind, body.email);

  // An existing Calling user keeps their number and location: the parameters are ignored.
  const params = body.provisioningParameters;
  const isCallingUser = kind === 'calling';
  throwIf(phoneOrExtensionMissing(pkg, params, isCallingUser));
  const takesNumbers = isCallingSubscriberPackage(pkg) && !isCallingUser;
  const phone = takesNumbers ? orNull(params.primaryPhoneNumber) : null;
  const extension = takesNumbers ? orNull(params.extension) : null;
  const locationId = await resolveLocation(q, customer.id, isCallingUser ? undefined : params.locationId, pkg);
  await assertNumbersFree(q, customer.id, { phone, extension });
  await assertWithinLimit(q, customer, pkg, field);

  return {
    customer,
    email: body.email,
    pkg,
    status: kind === 'free' ? 'pending_user_migration' : 'provisioned',
    firstName: orNull(params.firstName),
    lastName: orNull(params.lastName),
    phone,
    extension,
    locationId,
  };
}

/**
 * Writes the subscriber and, when provisioned at once, its open assignment in one
 * transaction. A free-account person waits for consent instead: no personId, no
 * assignment, and an acceptance event two simulated days later.
 */
export async function provisionSubscriber(
  db: Db,
  jobs: JobRunner,
  ctx: { orgId: string; tenantId: string; now: Date },
  body: ProvisionInput,
): Promise<SubscriberRow> {
  try {
    return await db.transaction(async (tx) => {
      const plan = await planProvision(tx, ctx.orgId, body, { lockCustomer: true });
      const row = {
        id: encodeId('SUBSCRIBER', randomUUID()),
        tenant_id: ctx.tenantId,
        org_id: ctx.orgId,
        customer_id: plan.customer.id,
        person_id: plan.status === 'provisioned' ? encodeId('PEOPLE', randomUUID()) : null,
        location_id: plan.locationId,
      };
      await tx.query(
        `INSERT INTO subscribers (id, tenant_id, org_id, customer_id, email, person_id, package, status, first_name,
           last_name, primary_phone_number, extension, location_id, created_at, last_status_change)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)`,
        [
          row.id,
          row.tenant_id,
          row.org_id,
          row.customer_id,
          plan.email,
          row.person_id,
          plan.pkg,
          plan.status,
          plan.firstName,
          plan.lastName,
          plan.phone,
          plan.extension,
          row.location_id,
          ctx.now,
        ],
      );
      if (plan.status === 'provisioned') await openSubscriberAssignment(tx, row, plan.customer, plan.pkg, ctx.now);
      else await scheduleConsentAcceptance(tx, jobs, row, ctx.now);
      return requireSubscriber(tx, ctx.orgId, row.id);
    });
  } catch (error) {
    throw uniqueViolationRefusal(error) ?? error;
  }
}
