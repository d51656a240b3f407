/**
 * Subscriber package rules that need no database: each returns the refusal to answer, or
 * null when the rule is satisfied. Provision, update and precheck share them.
 */
import { ERROR_CODES } from '@contract/error-codes';
import { PACKAGE_DEPENDENCIES, isCallingSubscriberPackage, isCustomerPackage, packageLevel } from '@contract/packages';
import { requestedSubscriberPackage } from '@contract/wholesale';
import { type ApiError, refuse } from '../../http/errors';
import { firstAdminPackage } from '../rules/packages';

export type PackageField = 'package' | 'packages';

export function throwIf(refusal: ApiError | null): void {
  if (refusal) throw refusal;
}

/** The one package a validated body asks for, and the field that carried it. */
export function chosenPackage(body: { package?: string | undefined; packages?: readonly string[] | undefined }): {
  pkg: string;
  field: PackageField;
} {
  const pkg = requestedSubscriberPackage(body);
  // The request schemas refuse a body with neither field, so this is a programming error.
  if (pkg === undefined) throw new Error('a validated subscriber body always names a package');
  return { pkg, field: body.packages ? 'packages' : 'package' };
}

/**
 * A subscriber can only get a package its customer holds, and only once that package is
 * provisioned in the customer org (`failed` lists those that are not).
 */
export function packageNotHeld(
  pkg: string,
  held: { usable: readonly string[]; failed: readonly string[] },
  field: PackageField,
): ApiError | null {
  if (held.usable.includes(pkg)) return null;
  const holds = `it holds: ${held.usable.join(', ') || 'no provisioned packages'}`;
  const why = held.failed.includes(pkg)
    ? `the customer's ${pkg} package is not provisioned (see the customer's resourceDetails errors); ${holds}.`
    : `the customer does not hold ${pkg}; ${holds}. Add ${pkg} to the customer first or pick one of those.`;
  return refuse(ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER, `${field}: ${why}`, field);
}

/**
 * An add-on given to a user needs a base package it depends on to be present in the
 * customer org (attendant_console needs webex_calling, webex_suite or cx_essentials).
 * A user holds one package at a time, so the base is looked for among the customer's.
 */
export function dependencyMissing(
  pkg: string,
  customerPackages: readonly string[],
  field: PackageField,
): ApiError | null {
  if (!isCustomerPackage(pkg)) return null;
  const needsOneOf = PACKAGE_DEPENDENCIES[pkg];
  if (!needsOneOf || needsOneOf.some((base) => customerPackages.includes(base))) return null;
  return refuse(
    ERROR_CODES.PACKAGE_DEPENDENCY_MISSING,
    `${field}: ${pkg} needs the customer to hold one of: ${needsOneOf.join(', ')}; it holds: ${customerPackages.join(', ')}.`,
    field,
  );
}

/**
 * Calling packages (every subscriber package but webex_meetings) need a primary number, an
 * extension or both, unless the person already is a Webex Calling user.
 */
export function phoneOrExtensionMissing(
  pkg: string,
  params: { primaryPhoneNumber?: string | undefined; extension?: string | undefined } | undefined,
  isCallingUser: boolean,
): ApiError | null {
  if (!isCallingSubscriberPackage(pkg) || isCallingUser) return null;
  if (params?.primaryPhoneNumber || params?.extension) return null;
  return refuse(
    ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED,
    `provisioningParameters.primaryPhoneNumber or provisioningParameters.extension is required for ${pkg}: send an E.164 number such as +12405551212, an extension of 2 to 10 digits, or both.`,
    'provisioningParameters.primaryPhoneNumber',
  );
}

/**
 * The customer's first administrator keeps the package level the customer was created with
 * (help article ny0fr7x), i.e. the level of the package it was given (firstAdminPackage).
 * A move is refused when it lowers the admin's level below that; moves up, sideways, or
 * down to a level still at or above the customer's pass.
 */
export function firstAdminDowngrade(
  from: string,
  to: string,
  customerPackages: readonly string[],
  field: PackageField,
): ApiError | null {
  const floor = packageLevel(firstAdminPackage(customerPackages) ?? '');
  const target = packageLevel(to);
  if (target >= packageLevel(from) || target >= floor) return null;
  return refuse(
    ERROR_CODES.FIRST_ADMIN_DOWNGRADE_REFUSED,
    `${field}: this subscriber is the customer's first administrator and cannot move from ${from} to ${to}, which is a lower package level than the customer's (${customerPackages.join(', ')}). Choose a package of the same or a higher level.`,
    field,
  );
}
