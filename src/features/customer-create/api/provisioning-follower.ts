/**
 * Follows a customer that was just accepted (202) until its provisioning settles, outside
 * React: the polling lives in this module, not in the page, so leaving the tracker does
 * not stop it, and the top bar's activity indicator keeps listing it until it ends.
 *
 *   followProvisioning({ key, label, href, fetch: (signal) => fetchCustomer(api, id, signal) });
 *   const state = useFollowed(key);   // { customer, error, settled, attempt, nextPollAt }
 *
 * Polls with backoff (2 s growing to 30 s); a server's Retry-After (429, 423, 503) is
 * honoured when it asks for longer. Stops at a settled status: provisioned,
 * provisioned_with_errors, error, or pending_rpl_review (a compliance hold of up to 72
 * hours: the tracker offers "Check again" rather than polling for days).
 */
import { useSyncExternalStore } from 'react';
import { TERMINAL_CUSTOMER_STATUSES } from '@contract/packages';
import type { Customer } from '@contract/wholesale';
import { startActivity } from '@/shared/activity/activity-store';
import { isApiError } from '@/shared/api/api-error';

export const SETTLED_STATUSES: readonly string[] = [...TERMINAL_CUSTOMER_STATUSES, 'pending_rpl_review'];

export function isSettled(status: string | undefined): boolean {
  return status !== undefined && SETTLED_STATUSES.includes(status);
}

const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 30_000;

/** Wait before poll `attempt` (0-based: the first poll is immediate); Retry-After wins when longer. */
export function trackerDelay(attempt: number, retryAfterSeconds: number | null): number {
  const backoff = attempt === 0 ? 0 : Math.min(FIRST_DELAY_MS * 1.5 ** (attempt - 1), MAX_DELAY_MS);
  return retryAfterSeconds ? Math.max(backoff, retryAfterSeconds * 1000) : backoff;
}

export interface FollowState {
  customer: Customer | null;
  /** The last failed poll (cleared by the next answer); polling goes on unless `stopped`. */
  error: unknown;
  /** The customer reached a settled status. */
  settled: boolean;
  /** Polling gave up: the customer is gone (404) or the session cannot read it (401/403). */
  stopped: boolean;
  /** Polls made so far. */
  attempt: number;
  /** When the next poll is due (epoch ms), null when none is scheduled. */
  nextPollAt: number | null;
  /** The Retry-After the server last asked for, in seconds. */
  retryAfter: number | null;
}

export interface FollowOptions {
  /** Identifies the follow (org + customer): following the same key twice is one follow. */
  key: string;
  /** For the activity indicator: "Provisioning Acme (acme-001)". */
  label: string;
  href: string;
  /** A better label once the customer is known (its external ID). */
  labelFor?: (customer: Customer) => string;
  fetch: (signal: AbortSignal) => Promise<Customer>;
  /** Called once with the settled customer (refresh lists and counts here). */
  onSettled?: (customer: Customer) => void;
  /** Test seams. */
  delay?: (attempt: number, retryAfterSeconds: number | null) => number;
  now?: () => number;
}

interface Follow {
  state: FollowState;
  timer: ReturnType<typeof setTimeout> | undefined;
  controller: AbortController | null;
  endActivity: (() => void) | null;
  options: FollowOptions;
}

const follows = new Map<string, Follow>();
/** Kept apart from follows: the page subscribes before it starts the follow, and across restarts. */
const listeners = new Map<string, Set<() => void>>();

function emit(key: string): void {
  for (const listener of listeners.get(key) ?? []) listener();
}

const INITIAL: FollowState = {
  customer: null,
  error: null,
  settled: false,
  stopped: false,
  attempt: 0,
  nextPollAt: null,
  retryAfter: null,
};

function update(follow: Follow, patch: Partial<FollowState>): void {
  follow.state = { ...follow.state, ...patch };
  emit(follow.options.key);
}

function schedule(follow: Follow, retryAfter: number | null): void {
  const { delay = trackerDelay, now = Date.now } = follow.options;
  const wait = delay(follow.state.attempt, retryAfter);
  update(follow, { nextPollAt: now() + wait, retryAfter });
  follow.timer = setTimeout(() => void poll(follow), wait);
}

function finish(follow: Follow, patch: Partial<FollowState>): void {
  follow.endActivity?.();
  follow.endActivity = null;
  update(follow, { ...patch, nextPollAt: null });
}

async function poll(follow: Follow): Promise<void> {
  follow.timer = undefined;
  const controller = new AbortController();
  follow.controller = controller;
  try {
    const customer = await follow.options.fetch(controller.signal);
    if (controller.signal.aborted) return;
    const attempt = follow.state.attempt + 1;
    if (isSettled(customer.status)) {
      finish(follow, { customer, error: null, settled: true, attempt, retryAfter: null });
      follow.options.onSettled?.(customer);
      return;
    }
    const label = follow.options.labelFor?.(customer);
    if (label && label !== follow.options.label && follow.endActivity) {
      follow.options = { ...follow.options, label };
      follow.endActivity = startActivity({ id: follow.options.key, label, href: follow.options.href });
    }
    update(follow, { customer, error: null, attempt });
    schedule(follow, null);
  } catch (error) {
    if (controller.signal.aborted) return;
    const attempt = follow.state.attempt + 1;
    if (isApiError(error) && [401, 403, 404].includes(error.status)) {
      finish(follow, { error, stopped: true, attempt });
      return;
    }
    update(follow, { error, attempt });
    schedule(follow, isApiError(error) ? error.retryAfter : null);
  } finally {
    if (follow.controller === controller) follow.controller = null;
  }
}

/** Starts following (or keeps the running follow of the same key). */
export function followProvisioning(options: FollowOptions): void {
  const existing = follows.get(options.key);
  if (existing && !existing.state.stopped) return;
  const follow: Follow = {
    state: INITIAL,
    timer: undefined,
    controller: null,
    endActivity: startActivity({ id: options.key, label: options.label, href: options.href }),
    options,
  };
  follows.set(options.key, follow);
  schedule(follow, null);
}

/** Polls once more now (after a settled pending_rpl_review, or to skip a long wait). */
export function checkAgain(key: string): void {
  const follow = follows.get(key);
  if (!follow || follow.controller) return;
  clearTimeout(follow.timer);
  if (follow.state.settled || follow.state.stopped) {
    follow.endActivity ??= startActivity({ id: key, label: follow.options.label, href: follow.options.href });
    update(follow, { settled: false, stopped: false });
  }
  void poll(follow);
}

/** Stops and forgets a follow (tests; and when the org session ends). */
export function stopFollowing(key: string): void {
  const follow = follows.get(key);
  if (!follow) return;
  clearTimeout(follow.timer);
  follow.controller?.abort();
  follow.endActivity?.();
  follows.delete(key);
  emit(key);
}

export function followState(key: string): FollowState | null {
  return follows.get(key)?.state ?? null;
}

function subscribe(key: string, listener: () => void): () => void {
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set);
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
}

export function useFollowed(key: string): FollowState | null {
  return useSyncExternalStore(
    (listener) => subscribe(key, listener),
    () => followState(key),
    () => followState(key),
  );
}
