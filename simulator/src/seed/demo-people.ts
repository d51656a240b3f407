import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import { SUBSCRIBER_PACKAGES, isCallingSubscriberPackage, type SubscriberPackage } from '@contract/packages';
import { CONSENT_ACCEPTANCE_DELAY_MS, CONSENT_ACCEPTED_JOB } from '../domain/subscribers/consent';
import { firstAdminPackage } from '../domain/rules/packages';
import type { CustomerPlan } from './demo-customers';
import { personName, slug, type PersonName } from './demo-names';
import { DAY, HOUR, MINUTE, type Rng } from './demo-random';
import type { AssignmentRow, JobRow, SubscriberRow } from './demo-rows';

/** Where a customer's users sit: the headquarters, and a branch opened later for some customers. */
export interface Sites {
  hq: { id: string; createdAt: Date };
  branch: { id: string; createdAt: Date } | null;
}

export interface People {
  subscribers: SubscriberRow[];
  assignments: AssignmentRow[];
  jobs: JobRow[];
}

const PACKAGE_WEIGHT: Readonly<Record<SubscriberPackage, number>> = {
  webex_calling: 10,
  webex_suite: 10,
  webex_voice: 8,
  webex_calling_standard: 6,
  webex_meetings: 6,
  cx_essentials: 5,
  cx_standard_agent: 3,
  cx_premium_agent: 2,
  attendant_console: 1,
};

/**
 * Users of one customer and their billing history, as the API would have left them:
 * the first admin from provisioning, hires over the customer's life, package changes at
 * arbitrary times of day, people who accepted a consent e-mail two days after being
 * added, people removed again (their subscriber row is gone, their closed intervals
 * stay), recent free-account holders still pending consent, and common-area workspaces.
 * Licences assigned before `licenceIdsSince` have no licence ID, as in real reports.
 */
export function planPeople(
  rng: Rng,
  tenantId: string,
  c: CustomerPlan,
  sites: Sites,
  now: Date,
  licenceIdsSince: Date,
): People {
  const out: People = { subscribers: [], assignments: [], jobs: [] };
  const held = c.details.filter((d) => d.status === 'provisioned').map((d) => d.name);
  const offered = SUBSCRIBER_PACKAGES.filter((p) => held.includes(p));
  if (offered.length === 0 || !c.webexOrgId) return out;
  const emails = new Set<string>([c.primaryEmail.toLowerCase()]);
  let seq = 0;

  const licence = (pkg: string, start: Date) =>
    start < licenceIdsSince ? null : (c.details.find((d) => d.name === pkg)?.licenseIds[0] ?? null);
  const interval = (
    who: { subscriberId: string | null; personId: string | null; workspaceId?: string },
    pkg: string,
    locationId: string | null,
    start: Date,
    end: Date | null,
  ) =>
    out.assignments.push({
      id: randomUUID(),
      tenant_id: tenantId,
      org_id: c.org.id,
      customer_id: c.id,
      subscriber_id: who.subscriberId,
      workspace_id: who.workspaceId ?? null,
      user_id: who.personId,
      package: pkg,
      location_id: locationId,
      license_id: licence(pkg, start),
      start_at: start,
      end_at: end,
      customer_org_id: c.webexOrgId,
      customer_external_id: c.externalId,
      customer_internal: c.internal,
    });
  const siteFor = (pkg: string, at: Date) =>
    !isCallingSubscriberPackage(pkg)
      ? null
      : sites.branch && at >= sites.branch.createdAt && rng.chance(0.3)
        ? sites.branch.id
        : sites.hq.id;
  const emailFor = (name: PersonName) => {
    const base = `${slug(name.firstName, '.')}.${slug(name.lastName, '.')}`;
    let email = `${base}@${c.domain}`;
    for (let n = 2; emails.has(email); n++) email = `${base}${n}@${c.domain}`;
    emails.add(email);
    return email;
  };
  const numbersFor = (pkg: string) => {
    if (!isCallingSubscriberPackage(pkg)) return { phone: null, extension: null };
    seq += 1;
    const roll = rng.next();
    const phone = `+${c.place.dialCode}55${200 + (c.index % 700)}${String(seq).padStart(4, '0')}`;
    const extension = String(2000 + seq);
    return { phone: roll < 0.9 ? phone : null, extension: roll < 0.7 || roll >= 0.9 ? extension : null };
  };
  /** Package held over time: `final` at the end, earlier ones before each change instant. */
  const history = (final: string, from: Date, until: Date): { pkg: string; start: Date; end: Date | null }[] => {
    const changes =
      offered.length < 2
        ? 0
        : rng.weighted([
            [0, 72],
            [1, 22],
            [2, 6],
          ] as const);
    const instants = Array.from({ length: changes }, () =>
      rng.between(new Date(from.getTime() + HOUR), new Date(until.getTime() - 10 * MINUTE)),
    )
      .filter((t) => t > from && t < until)
      .sort((a, b) => a.getTime() - b.getTime());
    const packages = [final];
    for (let i = 0; i < instants.length; i++) packages.unshift(rng.pick(offered.filter((p) => p !== packages[0])));
    return packages.map((pkg, i) => ({
      pkg,
      start: i === 0 ? from : (instants[i - 1] as Date),
      end: instants[i] ?? null,
    }));
  };

  // The first admin, created by the provisioning job at the customer's package level.
  const adminPkg = firstAdminPackage(held);
  const provisionedAt = new Date(sites.hq.createdAt.getTime());
  if (!c.attached && adminPkg) {
    const ids = { subscriberId: encodeId('SUBSCRIBER', randomUUID()), personId: encodeId('PEOPLE', randomUUID()) };
    const locationId = isCallingSubscriberPackage(adminPkg) ? sites.hq.id : null;
    out.subscribers.push(
      subscriber(
        tenantId,
        c,
        ids,
        c.primaryEmail,
        null,
        adminPkg,
        'provisioned',
        { phone: null, extension: null },
        locationId,
        true,
        provisionedAt,
        provisionedAt,
      ),
    );
    interval(ids, adminPkg, locationId, provisionedAt, null);
  }

  const headcount = rng.chance(0.6) ? rng.int(5, 12) : rng.int(13, 40);
  const rollout = provisionedAt.getTime() + 7 * DAY;
  for (let n = 0; n < headcount + Math.round(headcount * 0.12); n++) {
    const removed = n >= headcount;
    const early = rng.chance(0.65) && rollout < now.getTime();
    const hired = early
      ? rng.between(new Date(provisionedAt.getTime() + 10 * MINUTE), new Date(rollout))
      : rng.between(new Date(Math.min(rollout, now.getTime() - 2 * DAY)), new Date(now.getTime() - HOUR));
    const final =
      n < offered.length ? (offered[n] as string) : rng.weighted(offered.map((p) => [p, PACKAGE_WEIGHT[p]] as const));
    const name = personName(rng);
    const ids = { subscriberId: encodeId('SUBSCRIBER', randomUUID()), personId: encodeId('PEOPLE', randomUUID()) };
    const accepted =
      !removed && rng.chance(0.05) && hired.getTime() + CONSENT_ACCEPTANCE_DELAY_MS < now.getTime() - HOUR;
    const start = accepted ? new Date(hired.getTime() + CONSENT_ACCEPTANCE_DELAY_MS) : hired;
    const end = removed ? rng.between(new Date(start.getTime() + 7 * DAY), new Date(now.getTime() - HOUR)) : now;
    if (removed && end <= start) continue;
    const locationId = siteFor(final, start);
    for (const span of history(final, start, end)) {
      const spanLocation = isCallingSubscriberPackage(span.pkg) ? (locationId ?? sites.hq.id) : null;
      interval(ids, span.pkg, spanLocation, span.start, removed && span.end === null ? end : span.end);
    }
    if (!removed) {
      out.subscribers.push(
        subscriber(
          tenantId,
          c,
          ids,
          emailFor(name),
          name,
          final,
          'provisioned',
          numbersFor(final),
          locationId,
          false,
          hired,
          start,
        ),
      );
    }
  }

  // Recent hires with a free Webex account: pending until they accept, two days after being added.
  if (c.status === 'provisioned' || c.status === 'provisioned_with_errors') {
    const pending = c.index % 4 === 1 ? rng.int(1, 2) : 0;
    for (let n = 0; n < pending; n++) {
      const name = personName(rng);
      const pkg = rng.pick(offered);
      const created = new Date(now.getTime() - rng.int(1, 40) * HOUR - rng.int(0, 59) * MINUTE);
      const ids = { subscriberId: encodeId('SUBSCRIBER', randomUUID()), personId: null };
      out.subscribers.push(
        subscriber(
          tenantId,
          c,
          ids,
          emailFor(name),
          name,
          pkg,
          'pending_user_migration',
          numbersFor(pkg),
          siteFor(pkg, created),
          false,
          created,
          created,
        ),
      );
      out.jobs.push({
        tenant_id: tenantId,
        kind: CONSENT_ACCEPTED_JOB,
        ref_id: ids.subscriberId,
        payload: {},
        due_at: new Date(created.getTime() + CONSENT_ACCEPTANCE_DELAY_MS),
      });
    }
  }

  // Common-area phones in lobbies and meeting rooms bill per workspace.
  if (held.includes('common_area_calling')) {
    for (let n = rng.int(1, 4); n > 0; n--) {
      const start = rng.between(new Date(provisionedAt.getTime() + DAY), new Date(now.getTime() - HOUR));
      const end = rng.chance(0.2) ? rng.between(new Date(start.getTime() + HOUR), now) : null;
      interval(
        { subscriberId: null, personId: null, workspaceId: encodeId('WORKSPACE', randomUUID()) },
        'common_area_calling',
        sites.hq.id,
        start,
        end,
      );
    }
  }
  return out;
}

function subscriber(
  tenantId: string,
  c: CustomerPlan,
  ids: { subscriberId: string; personId: string | null },
  email: string,
  name: PersonName | null,
  pkg: string,
  status: 'provisioned' | 'pending_user_migration',
  numbers: { phone: string | null; extension: string | null },
  locationId: string | null,
  firstAdmin: boolean,
  created: Date,
  statusChanged: Date,
): SubscriberRow {
  return {
    id: ids.subscriberId,
    tenant_id: tenantId,
    org_id: c.org.id,
    customer_id: c.id,
    email,
    person_id: ids.personId,
    package: pkg,
    status,
    first_name: name?.firstName ?? null,
    last_name: name?.lastName ?? null,
    primary_phone_number: numbers.phone,
    extension: numbers.extension,
    location_id: locationId,
    is_first_admin: firstAdmin,
    created_at: created,
    last_status_change: statusChanged,
  };
}
