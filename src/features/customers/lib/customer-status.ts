import { TERMINAL_CUSTOMER_STATUSES } from '@contract/packages';

/** Statuses with work running in the background: the screen follows them until they end. */
export const IN_FLIGHT_STATUSES = ['provisioning', 'updating', 'deleting'] as const;

export function isInFlight(status: string | undefined): boolean {
  return (IN_FLIGHT_STATUSES as readonly (string | undefined)[]).includes(status);
}

export function isTerminal(status: string | undefined): boolean {
  return (TERMINAL_CUSTOMER_STATUSES as readonly (string | undefined)[]).includes(status);
}

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before poll number `attempt` (0-based): 2 s, growing by half each time,
 * at most 30 s — provisioning takes seconds in the simulator and minutes against Webex.
 * A server's Retry-After (429/423/503) wins when it asks for longer.
 */
export function pollDelay(attempt: number, retryAfterSeconds?: number | null): number {
  const backoff = Math.min(FIRST_DELAY_MS * 1.5 ** attempt, MAX_DELAY_MS);
  return retryAfterSeconds ? Math.max(backoff, retryAfterSeconds * 1000) : backoff;
}

/** What the admin sees for work in flight ("Provisioning", "Updating", "Removing"). */
export function inFlightVerb(status: string | undefined): string {
  return status === 'deleting' ? 'Removing' : status === 'updating' ? 'Updating' : 'Provisioning';
}
