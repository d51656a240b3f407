import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import { needsCallingLocation, type CustomerStatus } from '@contract/packages';
import { CUSTOMER_JOBS, RPL_REVIEW_MS, type ProvisionPayload, type UpdatePayload } from '../domain/customers/lifecycle';
import { RESTRICTED_EVENT } from '../domain/customers/settings';
import type { CustomerPlan } from './demo-customers';
import type { DemoOrg } from './demo-orgs';
import { planPeople } from './demo-people';
import type { Sites } from './demo-roster';
import { updateTarget } from './demo-profiles';
import { DAY, HOUR, MINUTE, type Rng } from './demo-random';
import type { AssignmentRow, JobRow, SubscriberRow } from './demo-rows';

/** Everything the demo writes, table by table. */
export interface Book {
  customers: Record<string, unknown>[];
  worldOrgs: Record<string, unknown>[];
  locations: Record<string, unknown>[];
  subscribers: SubscriberRow[];
  assignments: AssignmentRow[];
  events: Record<string, unknown>[];
  jobs: JobRow[];
}

/** Statuses in which the customer's Webex org exists (provisioning finished once). */
const HAS_ORG = new Set<CustomerStatus>(['provisioned', 'provisioned_with_errors', 'updating', 'deleting']);
/** Before this many days ago licences had no IDs (the LICENSE_ID column stays empty for them). */
const LICENCE_IDS_DAYS = 300;
const BRANCH_NAMES = ['Warehouse', 'Downtown Office', 'Sales Office', 'Distribution Centre', 'Branch Office'];

/**
 * Turns the customer plans into rows, with the pending work that a real API call would
 * have scheduled: each customer in provisioning, updating, deleting or denied-party review
 * gets its job, due minutes from now (review: 72 hours after creation), so the demo moves.
 */
export function writeBook(
  rng: Rng,
  tenantId: string,
  orgs: readonly DemoOrg[],
  plans: readonly CustomerPlan[],
  now: Date,
): Book {
  const book: Book = {
    customers: [],
    worldOrgs: [],
    locations: [],
    subscribers: [],
    assignments: [],
    events: [],
    jobs: [],
  };
  const parent = orgs.find((o) => o.role === 'partner');
  const licenceIdsSince = new Date(now.getTime() - LICENCE_IDS_DAYS * DAY);
  for (const c of plans) {
    const provisionedAt = new Date(c.createdAt.getTime() + rng.int(1, 6) * MINUTE);
    let restricted = !c.attached;
    if (HAS_ORG.has(c.status)) {
      const sites = addSites(rng, book, tenantId, c, provisionedAt, now);
      const people = planPeople(rng, tenantId, c, sites, now, licenceIdsSince);
      book.subscribers.push(...people.subscribers);
      book.assignments.push(...people.assignments);
      book.jobs.push(...people.jobs);
      restricted = addRestrictionHistory(rng, book, tenantId, c, parent, provisionedAt, now);
    }
    const job = pendingJob(rng, tenantId, c, now);
    if (job) book.jobs.push(job);
    if (c.attached && c.webexOrgId) {
      book.worldOrgs.push({
        id: c.webexOrgId,
        name: c.name,
        users: rng.int(5, 90),
        verified_domain: rng.chance(0.5),
        claimed_domain: false,
        trial: false,
        attached_customer_id: c.id,
        created_at: new Date(c.createdAt.getTime() - rng.int(200, 2000) * DAY),
      });
    }
    book.customers.push({
      id: c.id,
      tenant_id: tenantId,
      org_id: c.org.id,
      webex_org_id: c.webexOrgId,
      external_id: c.externalId,
      name: c.name,
      primary_email: c.primaryEmail,
      language: c.language,
      address: c.address,
      status: c.status,
      packages: c.packages,
      resource_details: { packages: c.details },
      errors: c.errors,
      provisioning_parameters: c.provisioningParameters,
      template_id: c.templateId,
      restricted,
      attached: c.attached,
      internal: c.internal,
      created_at: c.createdAt,
      updated_at: updatedAt(rng, c, provisionedAt, now),
    });
  }
  return book;
}

function updatedAt(rng: Rng, c: CustomerPlan, provisionedAt: Date, now: Date): Date {
  if (c.status === 'updating' || c.status === 'deleting') return new Date(now.getTime() - rng.int(1, 3) * MINUTE);
  if (c.status === 'error') return new Date(c.createdAt.getTime() + RPL_REVIEW_MS);
  return HAS_ORG.has(c.status) ? provisionedAt : c.createdAt;
}

function addSites(rng: Rng, book: Book, tenantId: string, c: CustomerPlan, provisionedAt: Date, now: Date): Sites {
  const hq = { id: newLocationId(), createdAt: provisionedAt };
  const location = (id: string, name: string, address: Record<string, unknown>, headquarters: boolean, at: Date) =>
    book.locations.push({
      id,
      tenant_id: tenantId,
      customer_id: c.id,
      name,
      address,
      timezone: c.headquarters.timezone,
      language: c.headquarters.language,
      is_headquarters: headquarters,
      created_at: at,
    });
  location(hq.id, c.headquarters.name, c.headquarters.address, true, hq.createdAt);
  const opensFrom = provisionedAt.getTime() + 3 * DAY;
  if (!needsCallingLocation(c.packages) || !rng.chance(0.3) || opensFrom > now.getTime() - DAY)
    return { hq, branch: null };
  const branch = { id: newLocationId(), createdAt: rng.between(new Date(opensFrom), new Date(now.getTime() - DAY)) };
  location(
    branch.id,
    rng.pick(BRANCH_NAMES),
    { ...c.address, addressLine1: `${rng.int(1, 980)} ${c.place.street}` },
    false,
    branch.createdAt,
  );
  return { hq, branch };
}

function newLocationId(): string {
  return encodeId('LOCATION', randomUUID());
}

/**
 * "Restricted by partner" history: on by default; some customers were opened up by an
 * admin (of the owning org, or of the parent partner cross-launched into a reseller), a
 * few closed again; attaching an existing org turned it off. Returns the final value.
 */
function addRestrictionHistory(
  rng: Rng,
  book: Book,
  tenantId: string,
  c: CustomerPlan,
  parent: DemoOrg | undefined,
  provisionedAt: Date,
  now: Date,
): boolean {
  const event = (value: boolean, previous: boolean, at: Date, actor: DemoOrg['admin'] | null, reason?: string) =>
    book.events.push({
      id: randomUUID(),
      tenant_id: tenantId,
      customer_id: c.id,
      kind: RESTRICTED_EVENT,
      data: {
        restrictedByPartner: value,
        ...(reason ? { reason } : { previous, actorName: actor?.name, actorEmail: actor?.email }),
      },
      actor: actor?.id ?? null,
      at,
    });
  if (c.attached) {
    event(false, true, c.createdAt, null, 'Attached to an existing Webex organization');
    return false;
  }
  const roll = rng.next();
  if (roll >= 0.21 || provisionedAt.getTime() + 2 * HOUR > now.getTime()) return true;
  const admin = () => (parent && c.org.role !== 'partner' && rng.chance(0.3) ? parent.admin : c.org.admin);
  const off = rng.between(new Date(provisionedAt.getTime() + HOUR), new Date(now.getTime() - HOUR));
  event(false, true, off, admin());
  if (roll < 0.15) return false;
  event(true, false, rng.between(new Date(off.getTime() + HOUR), now), admin());
  return true;
}

function pendingJob(rng: Rng, tenantId: string, c: CustomerPlan, now: Date): JobRow | null {
  const soon = (minMinutes: number, maxMinutes: number) =>
    new Date(now.getTime() + rng.int(minMinutes, maxMinutes) * MINUTE);
  const job = (kind: string, payload: Record<string, unknown>, due: Date): JobRow => ({
    tenant_id: tenantId,
    kind,
    ref_id: c.id,
    payload,
    due_at: due,
  });
  switch (c.status) {
    case 'provisioning': {
      const payload: ProvisionPayload = { headquarters: c.headquarters };
      return job(CUSTOMER_JOBS.provision, { ...payload }, soon(2, 12));
    }
    case 'updating': {
      const payload: UpdatePayload = { packages: updateTarget(c.packages, c.templateName) ?? [...c.packages] };
      return job(CUSTOMER_JOBS.update, { ...payload }, soon(2, 10));
    }
    case 'deleting':
      return job(CUSTOMER_JOBS.remove, {}, soon(3, 15));
    case 'pending_rpl_review':
      return job(CUSTOMER_JOBS.rplReviewExpiry, {}, new Date(c.createdAt.getTime() + RPL_REVIEW_MS));
    default:
      return null;
  }
}
