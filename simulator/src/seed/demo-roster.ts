import { randomUUID } from 'node:crypto';
import { isCallingSubscriberPackage } from '@contract/packages';
import type { CustomerPlan } from './demo-customers';
import { slug, type PersonName } from './demo-names';
import { HOUR, MINUTE, type Rng } from './demo-random';
import type { AssignmentRow, JobRow, SubscriberRow } from './demo-rows';

/** Where a customer's users sit: the headquarters, and a branch opened later for some customers. */
export interface Sites {
  hq: { id: string; createdAt: Date };
  branch: { id: string; createdAt: Date } | null;
}

export interface NewSubscriber {
  ids: { subscriberId: string; personId: string | null };
  email: string;
  name: PersonName | null;
  pkg: string;
  status: 'provisioned' | 'pending_user_migration';
  numbers: { phone: string | null; extension: string | null };
  locationId: string | null;
  firstAdmin: boolean;
  created: Date;
  statusChanged: Date;
}

/**
 * One customer's user directory while it is being made up: the rows written so far and
 * what must stay unique per customer (e-mails, phone numbers, extensions).
 */
export class Roster {
  readonly subscribers: SubscriberRow[] = [];
  readonly assignments: AssignmentRow[] = [];
  readonly jobs: JobRow[] = [];
  private readonly emails: Set<string>;
  private numbered = 0;

  constructor(
    private readonly rng: Rng,
    private readonly tenantId: string,
    private readonly c: CustomerPlan,
    readonly sites: Sites,
    private readonly licenceIdsSince: Date,
  ) {
    this.emails = new Set([c.primaryEmail.toLowerCase()]);
  }

  add(s: NewSubscriber): void {
    this.subscribers.push({
      id: s.ids.subscriberId,
      tenant_id: this.tenantId,
      org_id: this.c.org.id,
      customer_id: this.c.id,
      email: s.email,
      person_id: s.ids.personId,
      package: s.pkg,
      status: s.status,
      first_name: s.name?.firstName ?? null,
      last_name: s.name?.lastName ?? null,
      primary_phone_number: s.numbers.phone,
      extension: s.numbers.extension,
      location_id: s.locationId,
      is_first_admin: s.firstAdmin,
      created_at: s.created,
      last_status_change: s.statusChanged,
    });
  }

  /** A billing interval; licences assigned before licence IDs existed have none. */
  interval(
    who: { subscriberId: string | null; personId: string | null; workspaceId?: string },
    pkg: string,
    locationId: string | null,
    start: Date,
    end: Date | null,
  ): void {
    const licenceId = this.c.details.find((d) => d.name === pkg)?.licenseIds[0] ?? null;
    this.assignments.push({
      id: randomUUID(),
      tenant_id: this.tenantId,
      org_id: this.c.org.id,
      customer_id: this.c.id,
      subscriber_id: who.subscriberId,
      workspace_id: who.workspaceId ?? null,
      user_id: who.personId,
      package: pkg,
      location_id: locationId,
      license_id: start < this.licenceIdsSince ? null : licenceId,
      start_at: start,
      end_at: end,
      customer_org_id: this.c.webexOrgId,
      customer_external_id: this.c.externalId,
      customer_internal: this.c.internal,
    });
  }

  /** Calling users sit at a location: the HQ, or the branch once it exists. */
  siteFor(pkg: string, at: Date): string | null {
    if (!isCallingSubscriberPackage(pkg)) return null;
    const branch = this.sites.branch;
    return branch && at >= branch.createdAt && this.rng.chance(0.3) ? branch.id : this.sites.hq.id;
  }

  emailFor(name: PersonName): string {
    const base = `${slug(name.firstName, '.')}.${slug(name.lastName, '.')}`;
    let email = `${base}@${this.c.domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${base}${n}@${this.c.domain}`;
    this.emails.add(email);
    return email;
  }

  /** Calling users get a number and/or an extension, unique in the customer. */
  numbersFor(pkg: string): NewSubscriber['numbers'] {
    if (!isCallingSubscriberPackage(pkg)) return { phone: null, extension: null };
    this.numbered += 1;
    const roll = this.rng.next();
    const phone = `+${this.c.place.dialCode}55${200 + (this.c.index % 700)}${String(this.numbered).padStart(4, '0')}`;
    const extension = String(2000 + this.numbered);
    return { phone: roll < 0.9 ? phone : null, extension: roll < 0.7 || roll >= 0.9 ? extension : null };
  }

  /** Packages held over time: `final` at the end, earlier ones (from `offered`) before each change. */
  history(
    offered: readonly string[],
    final: string,
    from: Date,
    until: Date,
  ): { pkg: string; start: Date; end: Date | null }[] {
    const changes =
      offered.length < 2
        ? 0
        : this.rng.weighted([
            [0, 72],
            [1, 22],
            [2, 6],
          ] as const);
    const instants = Array.from({ length: changes }, () =>
      this.rng.between(new Date(from.getTime() + HOUR), new Date(until.getTime() - 10 * MINUTE)),
    )
      .filter((t) => t > from && t < until)
      .sort((a, b) => a.getTime() - b.getTime());
    const packages = [final];
    for (let i = 0; i < instants.length; i++) packages.unshift(this.rng.pick(offered.filter((p) => p !== packages[0])));
    return packages.map((pkg, i) => ({
      pkg,
      start: i === 0 ? from : (instants[i - 1] as Date),
      end: instants[i] ?? null,
    }));
  }
}
