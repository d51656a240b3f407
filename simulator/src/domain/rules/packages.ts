import {
  CALLING_PACKAGES_CUSTOMER,
  SUBSCRIBER_PACKAGES,
  needsCallingLocation,
  packageLevel,
  type SubscriberPackage,
} from '@contract/packages';
import type { Problem } from './problems';

/** Packages a template does not offer; `offered` undefined means the template offers all. */
export function notOfferedProblems(packages: readonly string[], offered: readonly string[] | undefined): Problem[] {
  if (!offered) return [];
  const missing = packages.filter((p) => !offered.includes(p));
  if (missing.length === 0) return [];
  return [
    {
      code: 'PACKAGE_NOT_OFFERED',
      field: 'packages',
      message: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not offered by the onboarding template; it offers: ${offered.join(', ')}`,
    },
  ];
}

/**
 * The package the customer's first administrator holds: the highest-ranked subscriber
 * package of the customer (PACKAGE_LEVEL; ties go to the spec's order). The brief requires
 * that admin to keep "the package level the customer was created with". Null when the
 * customer has no package a person can hold (e.g. only common_area_calling).
 */
export function firstAdminPackage(customerPackages: readonly string[]): SubscriberPackage | null {
  let best: SubscriberPackage | null = null;
  for (const pkg of SUBSCRIBER_PACKAGES) {
    if (!customerPackages.includes(pkg)) continue;
    if (best === null || packageLevel(pkg) > packageLevel(best)) best = pkg;
  }
  return best;
}

export interface PackageChanges {
  added: string[];
  removed: string[];
  kept: string[];
}

/** PUT sends the complete desired list: what is missing is removed, what is new is provisioned. */
export function packageChanges(current: readonly string[], desired: readonly string[]): PackageChanges {
  return {
    added: desired.filter((p) => !current.includes(p)),
    removed: current.filter((p) => !desired.includes(p)),
    kept: desired.filter((p) => current.includes(p)),
  };
}

/**
 * On update, a calling location is needed only when a calling package is added to a
 * customer that never had one (it was created without calling packages).
 */
export function updateCallingLocationProblems(
  changes: PackageChanges,
  opts: { hasCallingLocation: boolean; callingLocationGiven: boolean },
): Problem[] {
  if (opts.hasCallingLocation || opts.callingLocationGiven || !needsCallingLocation(changes.added)) return [];
  const calling = changes.added.filter((p) => (CALLING_PACKAGES_CUSTOMER as readonly string[]).includes(p));
  return [
    {
      code: 'CALLING_LOCATION_REQUIRED',
      field: 'provisioningParameters.calling',
      message: `is required to add ${calling.join(', ')}: the customer has no calling location yet; send location.name, address, timezone and language`,
    },
  ];
}
