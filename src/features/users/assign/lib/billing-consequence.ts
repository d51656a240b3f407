import { packageLabel } from '@contract/packages';
import { currentPackage, type UserForRules } from './package-rules';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** "today (21 November 2026)". */
export function today(now: Date = new Date()): string {
  return `today (${DAY.format(now)})`;
}

const users = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'user' : 'users'}`;

/** Not billed until the person accepts the consent e-mail (notes §2.2). */
export function isAwaitingConsent(user: UserForRules): boolean {
  return user.status === 'pending_user_migration';
}

/** What one package change costs, in plain words: what starts, what stops, from when. */
export function changeConsequence(user: UserForRules, to: string, now: Date = new Date()): string {
  const from = currentPackage(user);
  if (isAwaitingConsent(user)) {
    return `Nothing is billed yet: ${user.email ?? 'the user'} has not accepted the consent e-mail. Once they accept, billing starts for ${packageLabel(to)}${from ? ` instead of ${packageLabel(from)}` : ''}.`;
  }
  const stops = from ? ` and billing for ${packageLabel(from)} stops` : '';
  return `Billing for ${packageLabel(to)} starts${stops} the moment you confirm, ${today(now)}. Webex bills each user per day, prorated, so today is billed partly on each package.`;
}

export interface BulkConsequence {
  /** Users whose billing moves to the new package now. */
  billedNow: number;
  /** Old packages whose billing stops now, with how many users each. */
  stops: { pkg: string; count: number }[];
  /** Users waiting for consent: billed only once they accept. */
  awaitingConsent: number;
}

export function bulkConsequence(changing: readonly UserForRules[]): BulkConsequence {
  const stops = new Map<string, number>();
  let billedNow = 0;
  let awaitingConsent = 0;
  for (const user of changing) {
    if (isAwaitingConsent(user)) {
      awaitingConsent += 1;
      continue;
    }
    billedNow += 1;
    const from = currentPackage(user);
    if (from) stops.set(from, (stops.get(from) ?? 0) + 1);
  }
  return { billedNow, stops: [...stops].map(([pkg, count]) => ({ pkg, count })), awaitingConsent };
}

/** The bulk confirmation's sentences, summed up over every user that will change. */
export function bulkConsequenceText(summary: BulkConsequence, to: string, now: Date = new Date()): string[] {
  const lines: string[] = [];
  if (summary.billedNow > 0) {
    lines.push(
      `Billing for ${packageLabel(to)} starts for ${users(summary.billedNow)} the moment you confirm, ${today(now)}.`,
    );
  }
  if (summary.stops.length > 0) {
    const parts = summary.stops.map((s) => `${packageLabel(s.pkg)} (${users(s.count)})`);
    lines.push(`Billing stops at the same moment for ${parts.join(', ')}.`);
  }
  if (summary.awaitingConsent > 0) {
    lines.push(
      `${users(summary.awaitingConsent)} ${summary.awaitingConsent === 1 ? 'has' : 'have'} not accepted the consent e-mail yet: billing for them starts only once they accept.`,
    );
  }
  return lines;
}

/** What removing the package costs and takes away. */
export function removalConsequence(user: UserForRules, now: Date = new Date()): string {
  const from = currentPackage(user);
  if (isAwaitingConsent(user)) {
    return `Nothing was billed yet for this user (consent pending); the invitation is withdrawn.`;
  }
  return `Billing for ${from ? packageLabel(from) : 'the user’s package'} stops the moment you confirm, ${today(now)}.`;
}
