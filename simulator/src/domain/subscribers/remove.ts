import { ERROR_CODES } from '@contract/error-codes';
import type { Db } from '../../db/db';
import { refuse } from '../../http/errors';
import { closeOpenAssignment } from './assignments';
import { cancelConsentAcceptance } from './consent';
import { requireSubscriber } from './subscriber-row';

/**
 * Removes the wholesale mapping of a user: billing for its package stops at the simulated
 * instant of the call, and a pending consent is abandoned. The assignment history stays
 * (billing reports of past periods still count it). Suspended sub-partners may delete.
 *
 * The customer's first administrator is refused: it is created with the customer and
 * goes with it (DELETE /wholesale/customers/{id}); removing it alone would leave a
 * customer org without its full administrator.
 */
export async function deleteSubscriber(db: Db, ctx: { orgId: string; now: Date }, subscriberId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const subscriber = await requireSubscriber(tx, ctx.orgId, subscriberId, { forUpdate: true });
    if (subscriber.is_first_admin) {
      throw refuse(
        ERROR_CODES.FIRST_ADMIN_REMOVAL_REFUSED,
        `Subscriber ${subscriberId} is the first administrator of customer ${subscriber.customer_id} and cannot be removed on its own; it is managed with the customer and removed when the customer is deleted.`,
        'subscriberId',
      );
    }
    await closeOpenAssignment(tx, subscriber.id, ctx.now);
    await cancelConsentAcceptance(tx, subscriber.id);
    await tx.query('DELETE FROM subscribers WHERE id = $1', [subscriber.id]);
  });
}
