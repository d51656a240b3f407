import {
  PACKAGE_DEPENDENCIES,
  SUBSCRIBER_PACKAGES,
  isCallingSubscriberPackage,
  isCustomerPackage,
  packageLabel,
  packageLevel,
} from '@contract/packages';

/** What the rules need to know about the user's customer. */
export interface CustomerContext {
  /** The customer's packages that are provisioned, i.e. that a user can be given. */
  usablePackages: readonly string[];
  /** The customer's first (full) administrator, when known (Partner Hub knows; the public API does not say). */
  firstAdminEmail: string | null;
}

/** The user as the rules see it. */
export interface UserForRules {
  email?: string | undefined;
  packages: readonly string[];
  status?: string | undefined;
}

export type Refusal =
  | { kind: 'same'; message: string }
  | { kind: 'not-held'; message: string }
  | { kind: 'dependency'; message: string }
  | { kind: 'admin-downgrade'; message: string };

const labels = (packages: readonly string[]) => packages.map(packageLabel).join(', ');

export function currentPackage(user: UserForRules): string | undefined {
  return user.packages[0];
}

export function isFirstAdmin(user: UserForRules, ctx: CustomerContext): boolean {
  return Boolean(user.email && ctx.firstAdminEmail && user.email.toLowerCase() === ctx.firstAdminEmail.toLowerCase());
}

/**
 * The level the first administrator must keep: that of the highest user package the
 * customer holds, the package the administrator was created with (help article ny0fr7x).
 */
export function adminFloor(ctx: CustomerContext): string | undefined {
  let best: string | undefined;
  for (const pkg of SUBSCRIBER_PACKAGES) {
    if (!ctx.usablePackages.includes(pkg)) continue;
    if (best === undefined || packageLevel(pkg) > packageLevel(best)) best = pkg;
  }
  return best;
}

/**
 * Why moving `user` to `to` is refused, or null. The same rules the API applies, so the
 * admin learns before sending: the package must be held (and provisioned) by the
 * customer, an add-on needs its base package in the customer, and the first
 * administrator may not drop below the customer's level (moves up, sideways, or to a
 * level still at or above the customer's pass).
 */
export function refusalFor(user: UserForRules, to: string, ctx: CustomerContext): Refusal | null {
  const from = currentPackage(user);
  if (to === from) return { kind: 'same', message: `The user already has ${packageLabel(to)}.` };
  if (!ctx.usablePackages.includes(to)) {
    return {
      kind: 'not-held',
      message: `The customer does not hold ${packageLabel(to)}${
        ctx.usablePackages.length ? ` (it holds ${labels(ctx.usablePackages)})` : ''
      }. Add it to the customer first.`,
    };
  }
  const needs = isCustomerPackage(to) ? PACKAGE_DEPENDENCIES[to] : undefined;
  if (needs && !needs.some((base) => ctx.usablePackages.includes(base))) {
    return {
      kind: 'dependency',
      message: `${packageLabel(to)} is an add-on: it needs the customer to hold one of ${labels(needs)}.`,
    };
  }
  const floor = adminFloor(ctx);
  if (isFirstAdmin(user, ctx) && from !== undefined && floor !== undefined) {
    const target = packageLevel(to);
    if (target < packageLevel(from) && target < packageLevel(floor)) {
      return {
        kind: 'admin-downgrade',
        message:
          `${user.email ?? 'This user'} is the customer’s first (full) administrator. Webex requires that administrator ` +
          `to keep the package level the customer was created with (${packageLabel(floor)}); ${packageLabel(to)} is lower, ` +
          `so Webex refuses the move. Choose a package of the same or a higher level.`,
      };
    }
  }
  return null;
}

/**
 * A move from a package without a phone line (Webex Meetings) to a calling package needs a
 * primary number or an extension; a move between calling packages keeps the user's.
 */
export function needsNumbers(user: UserForRules, to: string): boolean {
  const from = currentPackage(user);
  return isCallingSubscriberPackage(to) && (from === undefined || !isCallingSubscriberPackage(from));
}

/** The packages the dialog offers: every user package the customer holds, in the contract's order. */
export function offeredPackages(ctx: CustomerContext): string[] {
  return SUBSCRIBER_PACKAGES.filter((p) => ctx.usablePackages.includes(p));
}
