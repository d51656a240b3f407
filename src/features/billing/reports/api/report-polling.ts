/**
 * While a listed report is still being generated the list re-reads itself, first after
 * 2 s, then doubling up to a minute (a PARTNER report of a large partner can take many
 * minutes), and stops once nothing is in progress.
 */
import type { ListReport } from '@contract/wholesale';

export const FIRST_POLL_MS = 2_000;
export const MAX_POLL_MS = 60_000;

/** The wait before poll number `attempt` (0 for the first): 2 s, 4 s, 8 s … capped at a minute. */
export function pollDelay(attempt: number): number {
  return Math.min(MAX_POLL_MS, FIRST_POLL_MS * 2 ** Math.max(0, attempt));
}

export function hasInProgress(items: readonly Pick<ListReport, 'status'>[] | undefined): boolean {
  return (items ?? []).some((r) => r.status === 'IN_PROGRESS');
}
