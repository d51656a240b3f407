import { randomUUID } from 'node:crypto';
import { ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import {
  CALLING_PACKAGES_CUSTOMER,
  hasMeetingsPackage,
  needsCallingLocation,
  type CustomerPackage,
  type CustomerStatus,
} from '@contract/packages';
import { COUNTRIES, type Country } from '@contract/reference-data';
import { COMPLIANCE_STOP } from '../domain/customers/lifecycle';
import { mintLicenceId } from '../domain/customers/licences';
import type { LocationInput } from '../domain/customers/locations';
import type { PackageDetail } from '../domain/customers/repository';
import { companyName, personName, slug } from './demo-names';
import type { DemoOrg } from './demo-orgs';
import { PLACES, type Place } from './demo-places';
import {
  PROFILE_NAMES,
  PROFILE_WEIGHTS,
  packagesFor,
  statusDeck,
  templateNameFor,
  type ProfileName,
} from './demo-profiles';
import { DAY, HOUR, MINUTE, type Rng } from './demo-random';

export interface CustomerPlan {
  org: DemoOrg;
  id: string;
  /** Position in the tenant, for numbering plans that must not collide. */
  index: number;
  name: string;
  domain: string;
  /** customerInfo.primaryEmail: the customer's first administrator. */
  primaryEmail: string;
  externalId: string;
  country: Country;
  place: Place;
  status: CustomerStatus;
  packages: CustomerPackage[];
  details: PackageDetail[];
  errors: { errorCode: number; description: string }[];
  webexOrgId: string | null;
  templateName: string;
  templateId: string;
  language: string;
  address: Record<string, string>;
  provisioningParameters: Record<string, unknown> | null;
  headquarters: LocationInput;
  createdAt: Date;
  attached: boolean;
  internal: boolean;
}

/** Markets the demo partner sells most in; the rest of the world gets a long tail. */
const HOME_MARKETS: readonly (readonly [string, number])[] = [
  ['US', 30],
  ['GB', 12],
  ['DE', 8],
  ['CA', 6],
  ['AU', 6],
  ['FR', 5],
  ['NL', 4],
  ['ES', 3],
  ['IT', 3],
  ['BR', 3],
  ['MX', 3],
  ['IE', 2],
  ['SE', 2],
  ['CH', 2],
  ['JP', 2],
  ['SG', 2],
  ['IN', 2],
];

const TERMINAL_WITH_ORG = new Set<CustomerStatus>(['provisioned', 'provisioned_with_errors', 'updating', 'deleting']);

function pickCountry(rng: Rng, forced: string | undefined): Country {
  const code = forced ?? (rng.chance(0.7) ? rng.weighted(HOME_MARKETS) : rng.pick(COUNTRIES).code);
  const country = COUNTRIES.find((c) => c.code === code);
  if (!country) throw new Error(`unknown country ${code}`);
  return country;
}

/** When a customer in this status was created: pending work is recent, finished work is spread over the org's life. */
function creationTime(rng: Rng, status: CustomerStatus, org: DemoOrg, now: Date, leader: boolean): Date {
  const since = org.createdAt.getTime() + 10 * DAY;
  switch (status) {
    case 'provisioning':
      return new Date(now.getTime() - rng.int(1, 4) * MINUTE);
    case 'pending_rpl_review':
      return new Date(now.getTime() - rng.int(3, 60) * HOUR - rng.int(0, 59) * MINUTE);
    case 'error':
      return rng.between(new Date(Math.max(since, now.getTime() - 200 * DAY)), new Date(now.getTime() - 10 * DAY));
    default: {
      if (leader) return rng.between(new Date(since), new Date(since + 45 * DAY));
      const span = now.getTime() - 5 * DAY - since;
      return new Date(since + Math.floor(span * (1 - rng.next() ** 1.6)) + rng.int(0, DAY));
    }
  }
}

function packageDetails(
  rng: Rng,
  status: CustomerStatus,
  packages: readonly CustomerPackage[],
  webexOrgId: string | null,
): PackageDetail[] {
  const failed =
    status === 'provisioned_with_errors'
      ? (packages.find((p) => (CALLING_PACKAGES_CUSTOMER as readonly string[]).includes(p) && p !== packages[0]) ??
        rng.pick(packages))
      : null;
  const maintenance = {
    errorCode: ERROR_CODES.CALLING_MAINTENANCE.code,
    description: ERROR_CODES.CALLING_MAINTENANCE.explanation,
  };
  return packages.map((name): PackageDetail => {
    if (status === 'error') return { name, status: 'error', warnings: [], errors: [], licenseIds: [] };
    if (status === 'provisioning' || status === 'pending_rpl_review' || !webexOrgId) {
      return { name, status: 'provisioning', warnings: [], errors: [], licenseIds: [] };
    }
    if (name === failed)
      return { name, status: 'error', warnings: [maintenance], errors: [maintenance], licenseIds: [] };
    return { name, status: 'provisioned', warnings: [], errors: [], licenseIds: [mintLicenceId(webexOrgId, name)] };
  });
}

function addressIn(rng: Rng, country: Country, place: Place): Record<string, string> {
  return {
    addressLine1: `${rng.int(1, 980)} ${place.street}`,
    ...(rng.chance(0.25) ? { addressLine2: rng.pick(['Suite 200', 'Floor 3', 'Unit 12', 'Building B']) } : {}),
    city: place.city,
    ...(place.state ? { stateOrProvince: place.state } : {}),
    ...(place.postalCode ? { zipOrPostalCode: place.postalCode } : {}),
    country: country.code,
  };
}

/**
 * Plans every customer of the tenant: org, segment, country, status, packages, address,
 * provisioning parameters and the resource details provisioning left behind. Every
 * supported country gets at least one of the partner's customers.
 */
export function planCustomers(
  rng: Rng,
  orgs: readonly DemoOrg[],
  templates: ReadonlyMap<string, ReadonlyMap<string, string>>,
  tenantTag: string,
  now: Date,
): CustomerPlan[] {
  const plans: CustomerPlan[] = [];
  // Unique trading names: each one is also the customer's e-mail domain.
  const stems = new Set<string>();
  const countryQueue = rng.shuffle(COUNTRIES.map((c) => c.code));
  for (const org of orgs) {
    const deck = statusDeck(org.role, org.customerCount, rng);
    const orgTemplates = templates.get(org.id) ?? new Map<string, string>();
    for (let n = 0; n < deck.length; n++) {
      const status = deck[n] as CustomerStatus;
      const leader = n < PROFILE_NAMES.length;
      const profile: ProfileName = leader ? (PROFILE_NAMES[n] as ProfileName) : rng.weighted(PROFILE_WEIGHTS);
      const country = pickCountry(rng, org.role === 'partner' ? countryQueue.shift() : undefined);
      const place = PLACES.get(country.code);
      if (!place) throw new Error(`no demo address for ${country.code}`);
      let company = companyName(rng, place.legal);
      while (stems.has(company.stem)) company = companyName(rng, place.legal);
      stems.add(company.stem);
      const packages = packagesFor(profile, rng, leader);
      const templateName = templateNameFor(profile, new Set(orgTemplates.keys()));
      const attached = status === 'provisioned' && !leader && rng.chance(0.04);
      const webexOrgId = TERMINAL_WITH_ORG.has(status) ? encodeId('ORGANIZATION', randomUUID()) : null;
      const address = addressIn(rng, country, place);
      const language = country.defaultLanguage;
      const calling = needsCallingLocation(packages)
        ? { name: `${place.city} Head Office`, address, timezone: country.defaultTimezone, language }
        : null;
      const meetings = hasMeetingsPackage(packages) ? { timezone: country.defaultTimezone } : null;
      const domain = `${company.stem}.${tenantTag}.example.com`;
      const admin = personName(rng);
      plans.push({
        org,
        id: encodeId('ENTERPRISE', randomUUID()),
        index: plans.length,
        name: company.name,
        domain,
        primaryEmail: `${slug(admin.firstName, '.')}.${slug(admin.lastName, '.')}@${domain}`,
        externalId: `${org.externalPrefix}-${String(10_001 + n * 7)}`,
        country,
        place,
        status,
        packages,
        details: packageDetails(rng, status, packages, webexOrgId),
        errors: status === 'error' ? [COMPLIANCE_STOP] : [],
        webexOrgId,
        templateName,
        templateId: orgTemplates.get(templateName) ?? org.defaultTemplateId,
        language,
        address,
        provisioningParameters:
          calling || meetings
            ? { ...(calling ? { calling: { location: calling } } : {}), ...(meetings ? { meetings } : {}) }
            : null,
        headquarters: calling ?? { name: 'Headquarters', address, timezone: country.defaultTimezone, language },
        createdAt: creationTime(rng, status, org, now, leader),
        attached,
        internal: org.role === 'partner' && n === deck.length - 1,
      });
    }
  }
  return plans;
}
