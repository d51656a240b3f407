/**
 * The consent flow for people who already have a free Webex account: provisioning answers
 * 202 `pending_user_migration`, Webex e-mails them, and they become `provisioned` once they
 * accept. The simulator models acceptance as an event two simulated days after
 * provisioning (a job on the tenant clock), so tests reach it by advancing the clock.
 * Resending the e-mail (consentMove) does not speed it up. Until acceptance the person
 * has no personId and no package assignment: nothing is billed.
 */
import { randomUUID } from 'node:crypto';
import { ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import type { Queryable } from '../../db/db';
import type { Job, JobRunner } from '../jobs';
import { refuse } from '../../http/errors';
import { openSubscriberAssignment } from './assignments';
import { loadCustomer } from './customer';
import { SUBSCRIBER_SELECT, type SubscriberRow, requireSubscriber } from './subscriber-row';

export const CONSENT_ACCEPTED_JOB = 'subscriber.consent-accepted';
export const CONSENT_ACCEPTANCE_DELAY_MS = 2 * 86_400_000;

export async function scheduleConsentAcceptance(
  tx: Queryable,
  jobs: JobRunner,
  subscriber: { id: string; tenant_id: string },
  now: Date,
): Promise<void> {
  await jobs.schedule(tx, {
    tenantId: subscriber.tenant_id,
    kind: CONSENT_ACCEPTED_JOB,
    refId: subscriber.id,
    dueAt: new Date(now.getTime() + CONSENT_ACCEPTANCE_DELAY_MS),
  });
}

export async function cancelConsentAcceptance(tx: Queryable, subscriberId: string): Promise<void> {
  await tx.query(`DELETE FROM jobs WHERE ref_id = $1 AND kind = $2 AND status = 'pending'`, [
    subscriberId,
    CONSENT_ACCEPTED_JOB,
  ]);
}

/**
 * Acceptance happens at the job's due instant, even when the clock jumped past it, so the
 * assignment (and billing) starts when the person accepted, not when the job ran.
 */
export async function acceptConsent(tx: Queryable, job: Job): Promise<void> {
  if (!job.ref_id) return;
  const [subscriber] = await tx.query<SubscriberRow>(`${SUBSCRIBER_SELECT} WHERE s.id = $1 FOR UPDATE OF s`, [
    job.ref_id,
  ]);
  if (subscriber?.status !== 'pending_user_migration') return;
  const at = new Date(job.due_at);
  const personId = encodeId('PEOPLE', randomUUID());
  await tx.query(
    `UPDATE subscribers SET status = 'provisioned', person_id = $2, last_status_change = $3 WHERE id = $1`,
    [subscriber.id, personId, at],
  );
  const customer = await loadCustomer(tx, subscriber.org_id, subscriber.customer_id);
  await openSubscriberAssignment(tx, { ...subscriber, person_id: personId }, customer, subscriber.package, at);
}

/** consentMove: (re)sends the consent e-mail, which only a pending subscriber can receive. */
export async function requestConsentMove(q: Queryable, orgId: string, subscriberId: string): Promise<void> {
  const subscriber = await requireSubscriber(q, orgId, subscriberId);
  if (subscriber.status !== 'pending_user_migration') {
    throw refuse(
      ERROR_CODES.SUBSCRIBER_NOT_PENDING_MIGRATION,
      `Subscriber ${subscriberId} is ${subscriber.status}; the consent email can only be sent to a subscriber whose status is pending_user_migration.`,
      'subscriberId',
    );
  }
}
