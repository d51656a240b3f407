import { randomUUID } from 'node:crypto';
import { STATUS_ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import type { Queryable } from '../../db/db';
import type { Job, JobRunner } from '../jobs';
import { packageChanges } from '../rules/packages';
import { closeCustomerAssignments } from './assignments';
import { becomeCallingHeadquarters, insertLocation, type LocationInput } from './locations';
import { addFirstAdmin, provisionPackages } from './provisioning';
import { findCustomerById, type CustomerRow, type PackageDetail } from './repository';

/**
 * Customer state machine (wholesale-api-notes §2.1), driven by jobs on the tenant's
 * simulated clock; each handler runs in the transaction that claims its job.
 *
 *   POST ──▶ provisioning ──job──▶ provisioned | provisioned_with_errors
 *   POST (denied party) ──▶ pending_rpl_review ──72 h──▶ error
 *   PUT ──▶ updating ──job──▶ provisioned | provisioned_with_errors
 *   DELETE ──▶ deleting ──job──▶ (gone)
 */
export const CUSTOMER_JOBS = {
  provision: 'customer.provision',
  update: 'customer.update',
  remove: 'customer.delete',
  rplReviewExpiry: 'customer.rpl_review_expiry',
} as const;

/** How long a denied-party match may stay in review before onboarding stops (product brief). */
export const RPL_REVIEW_MS = 72 * 3_600_000;

/**
 * An org that needs its admin's approval to be attached stays `provisioning` this much
 * longer than the tenant's provisioning delay: the simulator's stand-in for the admin
 * approving within a day (the real wait is open-ended and not observable through the API).
 */
export const ATTACH_APPROVAL_MS = 24 * 3_600_000;

/**
 * Cisco's code for this stop is not published: the simulator's catalogue defines it. Top-level
 * customer errors are asynchronous outcomes, not request refusals.
 */
export const COMPLIANCE_STOP = {
  errorCode: STATUS_ERROR_CODES.COMPLIANCE_REVIEW_EXPIRED.code,
  description:
    'Onboarding stopped for a compliance decision: the customer matched the restricted/denied party list and the review did not clear within 72 hours. Contact Cisco to resolve it, or delete the customer.',
};

export interface ProvisionPayload {
  headquarters: LocationInput;
  /** Set when attaching an existing org; a new org is created otherwise. */
  webexOrgId?: string;
}

export interface UpdatePayload {
  packages: string[];
  provisioningParameters?: Record<string, unknown>;
  callingLocation?: LocationInput;
}

function statusOf(details: readonly PackageDetail[], errors: readonly unknown[]): string {
  return details.some((d) => d.status === 'error') || errors.length > 0 ? 'provisioned_with_errors' : 'provisioned';
}

async function provision(tx: Queryable, job: Job, now: Date): Promise<void> {
  const c = job.ref_id ? await findCustomerById(tx, job.ref_id) : null;
  // A customer deleted (or otherwise moved on) before its job came due is left alone.
  if (!c || c.status !== 'provisioning') return;
  const payload = job.payload as unknown as ProvisionPayload;
  const webexOrgId = payload.webexOrgId ?? encodeId('ORGANIZATION', randomUUID());
  const details = await provisionPackages(tx, c.tenant_id, webexOrgId, c.packages);
  const hqId = await insertLocation(tx, {
    ...payload.headquarters,
    tenantId: c.tenant_id,
    customerId: c.id,
    headquarters: true,
    now,
  });
  const adminError = c.attached ? null : await addFirstAdmin(tx, c, { webexOrgId, details, headquartersId: hqId, now });
  const errors = adminError ? [adminError] : [];
  await tx.query(
    `UPDATE customers SET status = $2, webex_org_id = $3, resource_details = $4, errors = $5, updated_at = $6 WHERE id = $1`,
    [c.id, statusOf(details, errors), webexOrgId, JSON.stringify({ packages: details }), JSON.stringify(errors), now],
  );
}

async function update(tx: Queryable, job: Job, now: Date): Promise<void> {
  const c = job.ref_id ? await findCustomerById(tx, job.ref_id) : null;
  if (!c || c.status !== 'updating' || !c.webex_org_id) return;
  const payload = job.payload as unknown as UpdatePayload;
  const changes = packageChanges(c.packages, payload.packages);
  if (changes.removed.length > 0) {
    // Removing a package removes it from its holders: billing stops now and they are no
    // longer wholesale subscribers of this customer.
    await closeCustomerAssignments(tx, c.id, now, changes.removed);
    await tx.query('DELETE FROM subscribers WHERE customer_id = $1 AND package = ANY($2::text[])', [
      c.id,
      changes.removed,
    ]);
  }
  const previous = new Map(c.resource_details.packages.map((d) => [d.name, d]));
  // New packages, and kept ones that failed before, are (re)provisioned; the rest stay as they are.
  const toProvision = payload.packages.filter((p) => previous.get(p)?.status !== 'provisioned');
  const fresh = new Map(
    (await provisionPackages(tx, c.tenant_id, c.webex_org_id, toProvision)).map((d) => [d.name, d]),
  );
  const details = payload.packages.map((p) => fresh.get(p) ?? (previous.get(p) as PackageDetail));
  if (payload.callingLocation && !c.provisioning_parameters?.['calling']) {
    await becomeCallingHeadquarters(tx, c.id, payload.callingLocation);
  }
  await tx.query(
    `UPDATE customers SET status = $2, packages = $3, resource_details = $4, errors = '[]'::jsonb,
            provisioning_parameters = COALESCE(provisioning_parameters, '{}'::jsonb) || COALESCE($5::jsonb, '{}'::jsonb),
            updated_at = $6
      WHERE id = $1`,
    [
      c.id,
      statusOf(details, []),
      payload.packages,
      JSON.stringify({ packages: details }),
      payload.provisioningParameters ? JSON.stringify(payload.provisioningParameters) : null,
      now,
    ],
  );
}

/** Billing stops at this instant; assignment rows stay for billing history (no FK to customers). */
async function remove(tx: Queryable, job: Job, now: Date): Promise<void> {
  const c = job.ref_id ? await findCustomerById(tx, job.ref_id) : null;
  if (!c || c.status !== 'deleting') return;
  await closeCustomerAssignments(tx, c.id, now);
  await tx.query('UPDATE world_orgs SET attached_customer_id = NULL WHERE attached_customer_id = $1', [c.id]);
  // Subscribers, locations and settings history go with the customer (ON DELETE CASCADE).
  await tx.query('DELETE FROM customers WHERE id = $1', [c.id]);
}

async function expireRplReview(tx: Queryable, job: Job, now: Date): Promise<void> {
  const c: CustomerRow | null = job.ref_id ? await findCustomerById(tx, job.ref_id) : null;
  if (!c || c.status !== 'pending_rpl_review') return;
  const details = c.resource_details.packages.map((d) => ({ ...d, status: 'error' }));
  await tx.query(
    `UPDATE customers SET status = 'error', errors = $2, resource_details = $3, updated_at = $4 WHERE id = $1`,
    [c.id, JSON.stringify([COMPLIANCE_STOP]), JSON.stringify({ packages: details }), now],
  );
}

export function registerCustomerJobs(jobs: JobRunner): void {
  jobs.register(CUSTOMER_JOBS.provision, provision);
  jobs.register(CUSTOMER_JOBS.update, update);
  jobs.register(CUSTOMER_JOBS.remove, remove);
  jobs.register(CUSTOMER_JOBS.rplReviewExpiry, expireRplReview);
}
