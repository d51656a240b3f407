import { SUBSCRIBER_PACKAGES } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { needsNumbers, refusalFor, type CustomerContext } from './package-rules';

export type PlanRow =
  | { user: Subscriber; action: 'change' }
  | { user: Subscriber; action: 'numbers'; ctx: CustomerContext }
  | { user: Subscriber; action: 'skip'; reason: string };

export type NumbersRow = Extract<PlanRow, { action: 'numbers' }>;

/**
 * Every selected user against the chosen package, with the single-change rules: a user
 * the rules refuse or one who already has it is skipped with the reason; one who would
 * need a phone line (a move from meetings to calling) changes once the admin has entered
 * that user's number or extension; the rest change as they are.
 */
export function planBulkChange(
  users: readonly Subscriber[],
  to: string,
  contexts: ReadonlyMap<string, CustomerContext>,
): PlanRow[] {
  return users.map((user): PlanRow => {
    const ctx = user.customerId ? contexts.get(user.customerId) : undefined;
    if (!ctx) return { user, action: 'skip', reason: 'Its customer could not be read.' };
    const refusal = refusalFor(user, to, ctx);
    if (refusal) return { user, action: 'skip', reason: refusal.message };
    if (needsNumbers(user, to)) return { user, action: 'numbers', ctx };
    return { user, action: 'change' };
  });
}

/** Packages worth offering: those at least one selected user's customer holds. */
export function bulkOfferedPackages(contexts: ReadonlyMap<string, CustomerContext>): string[] {
  const held = new Set([...contexts.values()].flatMap((c) => c.usablePackages));
  return SUBSCRIBER_PACKAGES.filter((p) => held.has(p));
}
