import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import type { Customer } from '@contract/wholesale';
import { useActivities } from '@/shared/activity/activity-store';
import { ApiProvider } from '@/shared/api/api-context';
import { createApiClient } from '@/shared/api/client';
import { ActingOrgProvider, type ActingOrg } from '@/shared/session/acting-org';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { useInFlightPolling } from './use-in-flight-polling';

const server = setupMswServer();

const ORG: ActingOrg = {
  id: 'org-partner',
  name: 'Northwind',
  kind: 'partner',
  provisioningState: 'active',
  subPartnerOrgId: null,
  crossLaunchedFrom: null,
};

const row = (id: string, status: string): Customer => ({
  id,
  externalId: `ext-${id}`,
  status,
  packages: [],
  errors: [],
});

/** Each customer answers its scripted statuses in turn, then repeats the last; `gone` answers 404. */
function scriptedServer(script: Record<string, string[]>) {
  const gets: string[] = [];
  server.use(
    http.get(`${ORIGIN}/v1/wholesale/customers/:id`, ({ params }) => {
      const id = String(params.id);
      gets.push(id);
      const steps = script[id] ?? [];
      const status = steps[Math.min(gets.filter((g) => g === id).length, steps.length) - 1];
      if (status === 'gone')
        return HttpResponse.json(
          { message: 'not found', errors: [{ description: 'gone', errorCode: 4004 }] },
          { status: 404 },
        );
      return HttpResponse.json(row(id, status ?? 'provisioned'));
    }),
  );
  return gets;
}

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createApiClient({ baseUrls: () => ({ api: '/v1', hub: '/hub/v1', sim: null }), getToken: () => 't' });
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client}>
        <ActingOrgProvider org={ORG}>{children}</ActingOrgProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

/** Lets the scheduled polls run: fake clock forward, with the promises of each poll settled in between. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('useInFlightPolling', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('polls only in-flight rows with growing delays, stops at a terminal state, and clears the activity entries', async () => {
    const gets = scriptedServer({
      c1: ['provisioning', 'provisioning', 'provisioned'],
      c2: ['gone'],
    });
    const delays: number[] = [];
    const rows = [row('c1', 'provisioning'), row('c2', 'deleting'), row('c3', 'provisioned')];
    const { result } = renderHook(
      () => ({
        live: useInFlightPolling(rows, {
          delay: (attempt) => {
            const ms = 1000 * (attempt + 1);
            delays.push(ms);
            return ms;
          },
        }),
        activities: useActivities(),
      }),
      { wrapper },
    );

    expect(result.current.activities.map((a) => a.label).sort()).toEqual(['Provisioning ext-c1', 'Removing ext-c2']);
    expect(gets).toEqual([]);

    await advance(1000);
    // First poll: c1 still provisioning, c2's removal finished. c3 (terminal) is never asked for.
    expect(gets.sort()).toEqual(['c1', 'c2']);
    expect(result.current.live.get('c2')).toBe('gone');
    expect(result.current.activities.map((a) => a.label)).toEqual(['Provisioning ext-c1']);

    await advance(10_000);
    expect(gets.filter((g) => g === 'c1')).toHaveLength(3);
    expect(result.current.live.get('c1')).toMatchObject({ status: 'provisioned' });
    expect(result.current.activities).toEqual([]);
    // Backoff: each wait is longer than the one before.
    expect(delays.slice(0, 3)).toEqual([1000, 2000, 3000]);

    // Nothing in flight: no more requests, however long the page stays open.
    await advance(60 * 60_000);
    expect(gets.filter((g) => g === 'c1')).toHaveLength(3);
    expect(gets).not.toContain('c3');
  });

  it('asks for nothing when no row is in flight', async () => {
    const gets = scriptedServer({});
    renderHook(() => useInFlightPolling([row('a', 'provisioned'), row('b', 'error')]), { wrapper });
    await advance(60 * 60_000);
    expect(gets).toEqual([]);
  });
});
