import { isCallingSubscriberPackage } from '@contract/packages';
import type { Db, Queryable } from '../../db/db';
import { closeOpenAssignment, openSubscriberAssignment } from './assignments';
import { assertNumbersFree, assertWithinLimit, uniqueViolationRefusal } from './checks';
import {
  type SubscriberCustomer,
  assertAcceptsSubscribers,
  loadCustomer,
  resolveLocation,
  usablePackages,
} from './customer';
import {
  chosenPackage,
  dependencyMissing,
  firstAdminDowngrade,
  packageNotHeld,
  phoneOrExtensionMissing,
  throwIf,
} from './rules';
import { type SubscriberRow, requireSubscriber } from './subscriber-row';
import { webexUserKind } from '../world';

/** A PUT body after schema validation. */
export interface UpdateInput {
  package?: string | undefined;
  packages?: readonly string[] | undefined;
  provisioningParameters?:
    | { primaryPhoneNumber?: string | undefined; extension?: string | undefined; locationId?: string | undefined }
    | undefined;
}

interface Numbers {
  phone: string | null;
  extension: string | null;
  locationId: string | null;
}

/**
 * The numbers a subscriber keeps after moving to `pkg`. Only a move from webex_meetings to
 * a calling package takes new ones (spec: provisioningParameters are meant for that move
 * alone and ignored otherwise, and for existing Calling users). Moving to webex_meetings
 * releases the number and extension, since a meetings user has no phone line.
 */
async function numbersAfterMove(
  tx: Queryable,
  subscriber: SubscriberRow,
  customer: SubscriberCustomer,
  pkg: string,
  params: UpdateInput['provisioningParameters'],
): Promise<Numbers> {
  const kept = {
    phone: subscriber.primary_phone_number,
    extension: subscriber.extension,
    locationId: subscriber.location_id,
  };
  if (!isCallingSubscriberPackage(pkg)) return { ...kept, phone: null, extension: null };
  if (isCallingSubscriberPackage(subscriber.package)) return kept;
  if ((await webexUserKind(tx, subscriber.email)) === 'calling') return kept;
  throwIf(phoneOrExtensionMissing(pkg, params, false));
  const numbers = {
    phone: params?.primaryPhoneNumber || null,
    extension: params?.extension || null,
    locationId:
      params?.locationId !== undefined || kept.locationId === null
        ? await resolveLocation(tx, customer.id, params?.locationId, pkg)
        : kept.locationId,
  };
  await assertNumbersFree(tx, customer.id, numbers, subscriber.id);
  return numbers;
}

/**
 * Changes a subscriber's package. Billing follows at the same simulated instant: the open
 * assignment closes and one for the new package opens (a pending subscriber has none
 * yet). The status does not change, so neither does lastStatusChange.
 */
export async function updateSubscriber(
  db: Db,
  ctx: { orgId: string; now: Date },
  subscriberId: string,
  body: UpdateInput,
): Promise<SubscriberRow> {
  try {
    return await db.transaction(async (tx) => {
      const subscriber = await requireSubscriber(tx, ctx.orgId, subscriberId, { forUpdate: true });
      const customer = await loadCustomer(tx, ctx.orgId, subscriber.customer_id, { forUpdate: true });
      assertAcceptsSubscribers(customer);
      const { pkg, field } = chosenPackage(body);
      if (pkg === subscriber.package) return subscriber;
      const held = usablePackages(customer);
      throwIf(packageNotHeld(pkg, held, field));
      throwIf(dependencyMissing(pkg, held.usable, field));
      if (subscriber.is_first_admin) throwIf(firstAdminDowngrade(subscriber.package, pkg, held.usable, field));
      const numbers = await numbersAfterMove(tx, subscriber, customer, pkg, body.provisioningParameters);
      await assertWithinLimit(tx, customer, pkg, field);

      await tx.query(
        'UPDATE subscribers SET package = $2, primary_phone_number = $3, extension = $4, location_id = $5 WHERE id = $1',
        [subscriber.id, pkg, numbers.phone, numbers.extension, numbers.locationId],
      );
      if (subscriber.status === 'provisioned') {
        await closeOpenAssignment(tx, subscriber.id, ctx.now);
        await openSubscriberAssignment(tx, { ...subscriber, location_id: numbers.locationId }, customer, pkg, ctx.now);
      }
      return requireSubscriber(tx, ctx.orgId, subscriber.id);
    });
  } catch (error) {
    throw uniqueViolationRefusal(error) ?? error;
  }
}
