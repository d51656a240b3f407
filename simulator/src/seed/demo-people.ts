import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import { SUBSCRIBER_PACKAGES, isCallingSubscriberPackage, type SubscriberPackage } from '@contract/packages';
import { CONSENT_ACCEPTANCE_DELAY_MS, CONSENT_ACCEPTED_JOB } from '../domain/subscribers/consent';
import { firstAdminPackage } from '../domain/rules/packages';
import type { CustomerPlan } from './demo-customers';
import { personName } from './demo-names';
import { DAY, HOUR, MINUTE, type Rng } from './demo-random';
import { Roster, type Sites } from './demo-roster';

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

const newIds = () => ({
  subscriberId: encodeId('SUBSCRIBER', randomUUID()),
  personId: encodeId('PEOPLE', randomUUID()),
});

/**
 * Users of one customer and their billing history, as the API would have left them: the
 * first admin from provisioning, hires over the customer's life (each package the
 * customer offers taken by someone), package changes at arbitrary times of day, people who
 * accepted a consent e-mail two days after being added, people removed again (their
 * subscriber row is gone, their closed intervals stay), recent free-account holders still
 * pending consent, and common-area workspaces.
 */
export function planPeople(
  rng: Rng,
  tenantId: string,
  c: CustomerPlan,
  sites: Sites,
  now: Date,
  licenceIdsSince: Date,
): Roster {
  const roster = new Roster(rng, tenantId, c, sites, licenceIdsSince);
  const held = c.details.filter((d) => d.status === 'provisioned').map((d) => d.name);
  const offered = SUBSCRIBER_PACKAGES.filter((p) => held.includes(p));
  if (offered.length === 0 || !c.webexOrgId) return roster;
  const provisionedAt = sites.hq.createdAt;

  // The first admin, created by the provisioning job at the customer's package level.
  const adminPkg = firstAdminPackage(held);
  if (!c.attached && adminPkg) {
    const ids = newIds();
    const locationId = isCallingSubscriberPackage(adminPkg) ? sites.hq.id : null;
    roster.add({
      ids,
      email: c.primaryEmail,
      name: null,
      pkg: adminPkg,
      status: 'provisioned',
      numbers: { phone: null, extension: null },
      locationId,
      firstAdmin: true,
      created: provisionedAt,
      statusChanged: provisionedAt,
    });
    roster.interval(ids, adminPkg, locationId, provisionedAt, null);
  }

  const headcount = rng.chance(0.6) ? rng.int(5, 12) : rng.int(13, 40);
  const rollout = provisionedAt.getTime() + 7 * DAY;
  for (let n = 0; n < headcount + Math.round(headcount * 0.12); n++) {
    const removed = n >= headcount;
    const hired =
      rng.chance(0.65) && rollout < now.getTime()
        ? rng.between(new Date(provisionedAt.getTime() + 10 * MINUTE), new Date(rollout))
        : rng.between(new Date(Math.min(rollout, now.getTime() - 2 * DAY)), new Date(now.getTime() - HOUR));
    const final = offered[n] ?? rng.weighted(offered.map((p) => [p, PACKAGE_WEIGHT[p]] as const));
    const name = personName(rng);
    const ids = newIds();
    const accepted =
      !removed && rng.chance(0.05) && hired.getTime() + CONSENT_ACCEPTANCE_DELAY_MS < now.getTime() - HOUR;
    const start = accepted ? new Date(hired.getTime() + CONSENT_ACCEPTANCE_DELAY_MS) : hired;
    const end = removed ? rng.between(new Date(start.getTime() + 7 * DAY), new Date(now.getTime() - HOUR)) : now;
    if (removed && end <= start) continue;
    const locationId = roster.siteFor(final, start);
    for (const span of roster.history(offered, final, start, end)) {
      const spanLocation = isCallingSubscriberPackage(span.pkg) ? (locationId ?? sites.hq.id) : null;
      roster.interval(ids, span.pkg, spanLocation, span.start, removed && span.end === null ? end : span.end);
    }
    if (removed) continue;
    roster.add({
      ids,
      email: roster.emailFor(name),
      name,
      pkg: final,
      status: 'provisioned',
      numbers: roster.numbersFor(final),
      locationId,
      firstAdmin: false,
      created: hired,
      statusChanged: start,
    });
  }

  // Recent hires with a free Webex account: pending until they accept, two days after being added.
  const pending =
    (c.status === 'provisioned' || c.status === 'provisioned_with_errors') && c.index % 4 === 1 ? rng.int(1, 2) : 0;
  for (let n = 0; n < pending; n++) {
    const name = personName(rng);
    const pkg = rng.pick(offered);
    const created = new Date(now.getTime() - rng.int(1, 40) * HOUR - rng.int(0, 59) * MINUTE);
    const ids = { subscriberId: encodeId('SUBSCRIBER', randomUUID()), personId: null };
    roster.add({
      ids,
      email: roster.emailFor(name),
      name,
      pkg,
      status: 'pending_user_migration',
      numbers: roster.numbersFor(pkg),
      locationId: roster.siteFor(pkg, created),
      firstAdmin: false,
      created,
      statusChanged: created,
    });
    roster.jobs.push({
      tenant_id: tenantId,
      kind: CONSENT_ACCEPTED_JOB,
      ref_id: ids.subscriberId,
      payload: {},
      due_at: new Date(created.getTime() + CONSENT_ACCEPTANCE_DELAY_MS),
    });
  }

  // Common-area phones in lobbies and meeting rooms bill per workspace.
  if (held.includes('common_area_calling')) {
    for (let n = rng.int(1, 4); n > 0; n--) {
      const start = rng.between(new Date(provisionedAt.getTime() + DAY), new Date(now.getTime() - HOUR));
      const end = rng.chance(0.2) ? rng.between(new Date(start.getTime() + HOUR), now) : null;
      const workspace = { subscriberId: null, personId: null, workspaceId: encodeId('WORKSPACE', randomUUID()) };
      roster.interval(workspace, 'common_area_calling', sites.hq.id, start, end);
    }
  }
  return roster;
}
