import {
  CUSTOMER_PACKAGES,
  missingDependencies,
  needsCallingLocation,
  type CustomerPackage,
  type CustomerStatus,
} from '@contract/packages';
import { DEFAULT_TEMPLATE, TEMPLATE_SPECS } from './demo-templates';
import type { Rng } from './demo-random';

/**
 * Customer segments of the demo: the template a customer was created with and the
 * packages it bought. The first customer of each segment takes every optional package,
 * so the partner's book holds every customer package.
 */
interface Profile {
  template: string;
  base: CustomerPackage[];
  extras: [CustomerPackage, number][];
}

export const PROFILES = {
  calling: {
    template: 'SMB Calling – US',
    base: ['webex_calling'],
    extras: [
      ['webex_meetings', 0.5],
      ['common_area_calling', 0.4],
      ['cisco_calling_plan', 0.3],
      ['attendant_console', 0.25],
    ],
  },
  meetings: { template: 'Meetings only – EU', base: ['webex_meetings'], extras: [] },
  suite: {
    template: 'Suite – SSO',
    base: ['webex_suite'],
    extras: [
      ['webex_meetings', 0.4],
      ['attendant_console', 0.4],
      ['common_area_calling', 0.3],
      ['cisco_calling_plan', 0.2],
    ],
  },
  voice: {
    template: 'Voice Essentials – APAC',
    base: ['webex_voice', 'webex_calling_standard'],
    extras: [
      ['cisco_calling_plan', 0.4],
      ['common_area_calling', 0.3],
    ],
  },
  contactCenter: {
    template: 'Contact Center – OIDC',
    base: ['webex_calling', 'cx_essentials'],
    extras: [
      ['cx_standard_agent', 0.7],
      ['cx_premium_agent', 0.6],
      ['cx_voice_ports', 0.6],
      ['cx_ai_assistant', 0.4],
      ['webex_ai_agent', 0.3],
      ['attendant_console', 0.3],
    ],
  },
  standard: {
    template: DEFAULT_TEMPLATE,
    base: ['webex_calling', 'webex_meetings'],
    extras: [
      ['webex_suite', 0.2],
      ['common_area_calling', 0.2],
    ],
  },
} as const satisfies Record<string, Profile>;

export type ProfileName = keyof typeof PROFILES;
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];

export const PROFILE_WEIGHTS: readonly (readonly [ProfileName, number])[] = [
  ['calling', 35],
  ['standard', 15],
  ['meetings', 15],
  ['suite', 15],
  ['voice', 10],
  ['contactCenter', 10],
];

/** Packages in the spec's order, so that lists read the same way the API documents them. */
export function packagesFor(profile: ProfileName, rng: Rng, allExtras: boolean): CustomerPackage[] {
  const p: Profile = PROFILES[profile];
  const chosen = new Set<CustomerPackage>(p.base);
  for (const [pkg, probability] of p.extras) if (allExtras || rng.chance(probability)) chosen.add(pkg);
  return CUSTOMER_PACKAGES.filter((pkg) => chosen.has(pkg));
}

/** The template a profile uses in an org that has it, else the org's default (which offers everything). */
export function templateNameFor(profile: ProfileName, available: ReadonlySet<string>): string {
  const wanted = PROFILES[profile].template;
  return available.has(wanted) ? wanted : DEFAULT_TEMPLATE;
}

export function offeredBy(templateName: string): readonly CustomerPackage[] {
  return TEMPLATE_SPECS.find((s) => s.name === templateName)?.offeredPackages ?? CUSTOMER_PACKAGES;
}

/**
 * What a pending PUT asks for: one more package the template offers, whose dependencies
 * hold and which needs no calling location the customer lacks; failing that, one package
 * fewer. Null when neither is possible.
 */
export function updateTarget(packages: readonly CustomerPackage[], templateName: string): CustomerPackage[] | null {
  const hasCalling = needsCallingLocation(packages);
  const additions = offeredBy(templateName).filter(
    (p) =>
      !packages.includes(p) &&
      missingDependencies([...packages, p]).length === 0 &&
      (hasCalling || !needsCallingLocation([p])),
  );
  const added = additions[0];
  if (added) return CUSTOMER_PACKAGES.filter((p) => packages.includes(p) || p === added);
  const removable = packages.find((p) => {
    const rest = packages.filter((q) => q !== p);
    return rest.length > 0 && missingDependencies(rest).length === 0;
  });
  return removable ? packages.filter((p) => p !== removable) : null;
}

/**
 * How many customers of an org end in each status. The first `leading` are provisioned,
 * so the segment leaders (which carry every package) also carry subscribers.
 */
export function statusDeck(role: 'partner' | 'reseller' | 'suspended', total: number, rng: Rng): CustomerStatus[] {
  const special: Partial<Record<CustomerStatus, number>> =
    role === 'partner'
      ? { provisioned_with_errors: 10, error: 5, provisioning: 4, updating: 5, deleting: 3, pending_rpl_review: 3 }
      : role === 'reseller'
        ? { provisioned_with_errors: 3, error: 1, provisioning: 1, updating: 1, pending_rpl_review: 1 }
        : { provisioned_with_errors: 1, deleting: 1 };
  const leading = Math.min(PROFILE_NAMES.length, total);
  const rest: CustomerStatus[] = [];
  for (const [status, count] of Object.entries(special) as [CustomerStatus, number][]) {
    for (let i = 0; i < count && leading + rest.length < total; i++) rest.push(status);
  }
  while (leading + rest.length < total) rest.push('provisioned');
  return [...Array<CustomerStatus>(leading).fill('provisioned'), ...rng.shuffle(rest)];
}
