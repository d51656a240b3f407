import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Customer } from '@contract/wholesale';
import { endActivity, useActivities } from '@/shared/activity/activity-store';
import { ApiError } from '@/shared/api/api-error';
import { renderHook } from '@testing-library/react';
import { followProvisioning, followState, stopFollowing, trackerDelay } from './provisioning-follower';

const KEY = 'customer-create:test:c-1';
const customer = (status: string): Customer => ({ id: 'c-1', externalId: 'acct-1', status, packages: [], errors: [] });

function activities() {
  return renderHook(() => useActivities()).result.current;
}

/** Answers the polls in order; each poll takes one answer. */
function scripted(answers: (Customer | ApiError)[]) {
  const fetch = vi.fn(async () => {
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof ApiError) throw next;
    return next;
  });
  return fetch;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stopFollowing(KEY);
  endActivity(KEY);
  vi.useRealTimers();
});

describe('trackerDelay', () => {
  it('polls at once, then backs off by half from 2 s up to 30 s; a longer Retry-After wins', () => {
    expect([0, 1, 2, 3].map((a) => trackerDelay(a, null))).toEqual([0, 2000, 3000, 4500]);
    expect(trackerDelay(20, null)).toBe(30_000);
    expect(trackerDelay(1, 7)).toBe(7000);
    expect(trackerDelay(3, 1)).toBe(4500);
  });
});

describe('followProvisioning', () => {
  it('polls with backoff until provisioned, then stops and clears its activity', async () => {
    const fetch = scripted([customer('provisioning'), customer('provisioning'), customer('provisioned')]);
    const onSettled = vi.fn();
    followProvisioning({ key: KEY, label: 'Provisioning', href: '/x', fetch, onSettled });
    expect(activities().map((a) => a.id)).toContain(KEY);

    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(followState(KEY)?.customer?.status).toBe('provisioning');
    // The second poll waits 2 s, the third 3 s more.
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(fetch).toHaveBeenCalledTimes(3);

    expect(followState(KEY)).toMatchObject({ settled: true, nextPollAt: null });
    expect(onSettled).toHaveBeenCalledWith(expect.objectContaining({ status: 'provisioned' }));
    expect(activities().map((a) => a.id)).not.toContain(KEY);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('waits for the Retry-After of a 429 before polling again', async () => {
    const limited = new ApiError({ kind: 'http', status: 429, message: 'Too many requests', retryAfter: 12 });
    const fetch = scripted([customer('provisioning'), limited, customer('provisioned_with_errors')]);
    followProvisioning({ key: KEY, label: 'Provisioning', href: '/x', fetch });
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(followState(KEY)).toMatchObject({ retryAfter: 12, settled: false });
    expect(followState(KEY)?.error).toBe(limited);
    // Backoff alone would poll after 3 s; the server asked for 12.
    await vi.advanceTimersByTimeAsync(11_999);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(followState(KEY)).toMatchObject({ settled: true, error: null });
    expect(followState(KEY)?.customer?.status).toBe('provisioned_with_errors');
  });

  it('stops at error and at a compliance hold', async () => {
    for (const status of ['error', 'pending_rpl_review']) {
      const fetch = scripted([customer(status)]);
      followProvisioning({ key: KEY, label: 'Provisioning', href: '/x', fetch });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(followState(KEY)?.settled).toBe(true);
      stopFollowing(KEY);
    }
  });

  it('gives up on a 404 and keeps one follow per key', async () => {
    const fetch = scripted([new ApiError({ kind: 'http', status: 404, message: 'Not found' })]);
    followProvisioning({ key: KEY, label: 'Provisioning', href: '/x', fetch });
    followProvisioning({ key: KEY, label: 'Provisioning', href: '/x', fetch });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(followState(KEY)).toMatchObject({ stopped: true, settled: false });
    expect(activities().map((a) => a.id)).not.toContain(KEY);
  });
});
