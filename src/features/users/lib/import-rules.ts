/**
 * Checks of single cells of the user import. Each answers the normalised value, or a
 * message saying what is wrong and what is allowed (the column name is shown beside it).
 */
import { z } from 'zod';
import {
  PACKAGE_DEPENDENCIES,
  PACKAGE_INFO,
  SUBSCRIBER_PACKAGES,
  isCustomerPackage,
  isSubscriberPackage,
  type SubscriberPackage,
} from '@contract/packages';

export type CellCheck<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellCheck<T> => ({ ok: true, value });
const problem = <T>(message: string): CellCheck<T> => ({ ok: false, message });
const quoted = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

const emailSchema = z.email();

export function checkEmail(value: string): CellCheck<string> {
  if (value === '') return problem('is required: the user’s e-mail address, such as jane.doe@example.com.');
  if (value.length > 254) return problem(`must be at most 254 characters (got ${value.length}).`);
  if (!emailSchema.safeParse(value).success) {
    return problem(`must be an e-mail address such as jane.doe@example.com (got ${quoted(value)}).`);
  }
  return ok(value);
}

const BY_LABEL = new Map<string, SubscriberPackage>(
  SUBSCRIBER_PACKAGES.map((p) => [PACKAGE_INFO[p].label.toLowerCase(), p]),
);

/**
 * A subscriber package by ID (any case, spaces for underscores) or label; with the
 * customer's packages given, one it holds and whose prerequisite it holds.
 */
export function checkPackage(value: string, customerPackages?: readonly string[]): CellCheck<SubscriberPackage> {
  if (value === '') return problem(`is required; one of: ${SUBSCRIBER_PACKAGES.join(', ')}.`);
  const id = value.toLowerCase().replace(/[\s-]+/g, '_');
  const pkg = isSubscriberPackage(id) ? id : BY_LABEL.get(value.toLowerCase());
  if (!pkg) {
    const customerOnly = isCustomerPackage(id) ? ` (${id} is a customer package, not a user package)` : '';
    return problem(
      `${quoted(value)} is not a user package${customerOnly}; use one of: ${SUBSCRIBER_PACKAGES.join(', ')}.`,
    );
  }
  if (customerPackages) {
    if (!customerPackages.includes(pkg)) {
      const offered = customerPackages.filter(isSubscriberPackage);
      return problem(
        `${pkg}: this customer does not have it; use one of its packages: ${offered.join(', ') || 'none (add packages to the customer first)'}.`,
      );
    }
    const needsOneOf = PACKAGE_DEPENDENCIES[pkg];
    if (needsOneOf && !needsOneOf.some((base) => customerPackages.includes(base))) {
      return problem(`${pkg} needs the customer to hold one of: ${needsOneOf.join(', ')}.`);
    }
  }
  return ok(pkg);
}

export interface ImportLocation {
  id: string;
  name: string;
}

/** Matches locations by ID, or by name ignoring case and surrounding spaces. */
export function createLocationMatcher(
  locations: readonly ImportLocation[],
): (value: string) => CellCheck<ImportLocation> {
  const byId = new Map(locations.map((l) => [l.id, l]));
  const byName = new Map<string, ImportLocation[]>();
  for (const l of locations) {
    const key = l.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), l]);
  }
  const names = locations.map((l) => l.name);
  const listed =
    names.length > 10 ? `${names.slice(0, 10).join(', ')} and ${names.length - 10} more` : names.join(', ');
  return (value) => {
    const exact = byId.get(value);
    if (exact) return ok(exact);
    const named = byName.get(value.toLowerCase()) ?? [];
    if (named.length === 1) return ok(named[0] as ImportLocation);
    if (named.length > 1) {
      return problem(
        `${named.length} locations are named ${quoted(value)}: use the location ID instead (${named.map((l) => l.id).join(', ')}).`,
      );
    }
    return problem(
      names.length === 0
        ? `no location named ${quoted(value)}: this customer has no locations yet; leave it empty to use the main location.`
        : `no location named ${quoted(value)} for this customer; use one of: ${listed} (or a location ID), or leave it empty.`,
    );
  };
}

/** E.164 after removing visual separators, keeping the leading +. */
export function checkPhoneNumber(value: string): CellCheck<string> {
  const bare = value.replace(/[\s\-.()]/g, '');
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(value.trim())) {
    return problem(
      `looks like a spreadsheet turned the number into ${quoted(value)}: format the phoneNumber column as Text and type the full number with its leading +, such as +12405551212.`,
    );
  }
  if (/^\d+$/.test(bare)) {
    return problem(
      `must start with + and the country code, such as +12405551212 (got ${quoted(value)}; spreadsheets drop a leading + unless the column is formatted as Text).`,
    );
  }
  if (!/^\+[1-9]\d{1,14}$/.test(bare)) {
    return problem(
      `must be an E.164 number: + then the country code and number, at most 15 digits, such as +12405551212 (got ${quoted(value)}).`,
    );
  }
  return ok(bare);
}

export function checkExtension(value: string): CellCheck<string> {
  return /^\d{2,10}$/.test(value) ? ok(value) : problem(`must be 2 to 10 digits, such as 1001 (got ${quoted(value)}).`);
}

export function checkName(value: string, max: number): CellCheck<string> {
  return value.length <= max ? ok(value) : problem(`must be at most ${max} characters (got ${value.length}).`);
}
