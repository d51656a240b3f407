import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Customer } from '@contract/wholesale';
import { startActivity } from '@/shared/activity/activity-store';
import { isApiError } from '@/shared/api/api-error';
import { customerQueryOptions } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { inFlightVerb, isInFlight, pollDelay } from '../lib/customer-status';

/** A polled customer: its latest state, or `gone` once a removal finished (404). */
export type LiveCustomer = Customer | 'gone';

export interface InFlightPollingOptions {
  /** Test seam: the wait before each poll (attempt is 0-based). */
  delay?: (attempt: number, retryAfterSeconds: number | null) => number;
}

function activityId(customerId: string) {
  return `customer:${customerId}`;
}

/**
 * Follows the rows of one list page that are provisioning, updating or deleting: GETs just
 * those customers, with backoff, until each reaches a terminal state (or is gone), then
 * refreshes the list and the counts. Rows not in flight cost nothing. While anything is in
 * flight it is listed in the shared activity store, which feeds the top bar's indicator.
 *
 * Returns the latest state of each polled row, to show instead of the list's copy until
 * the list itself is refetched.
 */
export function useInFlightPolling(
  rows: readonly Customer[],
  options: InFlightPollingOptions = {},
): ReadonlyMap<string, LiveCustomer> {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const delay = options.delay ?? pollDelay;
  const [live, setLive] = useState<{ rows: readonly Customer[]; byId: ReadonlyMap<string, LiveCustomer> }>({
    rows,
    byId: new Map(),
  });
  // A new list answer is the fresh truth: earlier poll results for it are dropped.
  const byId = live.rows === rows ? live.byId : EMPTY;

  const inFlight = useMemo(
    () => rows.map((row) => byId.get(row.id) ?? row).filter((c): c is Customer => c !== 'gone' && isInFlight(c.status)),
    [rows, byId],
  );
  const ids = inFlight.map((c) => c.id).join('\n');

  const attempt = useRef(0);
  const delayRef = useRef(delay);
  useEffect(() => {
    delayRef.current = delay;
  });

  useEffect(() => {
    if (!ids) {
      attempt.current = 0;
      return;
    }
    const watched = ids.split('\n');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;

    async function poll() {
      let retryAfter: number | null = null;
      const results = await Promise.all(
        watched.map(async (id): Promise<[string, LiveCustomer] | null> => {
          try {
            return [id, await queryClient.fetchQuery({ ...customerQueryOptions(api, id), staleTime: 0 })];
          } catch (error) {
            if (isApiError(error) && error.status === 404) return [id, 'gone'];
            if (isApiError(error) && error.retryAfter) retryAfter = Math.max(retryAfter ?? 0, error.retryAfter);
            return null;
          }
        }),
      );
      if (cancelled) return;
      const updates = results.filter((r): r is [string, LiveCustomer] => r !== null);
      const ended = updates.some(([, c]) => c === 'gone' || !isInFlight(c.status));
      setLive((prev) => ({
        rows,
        byId: new Map([...(prev.rows === rows ? prev.byId : EMPTY), ...updates]),
      }));
      attempt.current += 1;
      if (ended) {
        // Status counts and the list's own copy changed; the effect re-runs for what is still in flight.
        void queryClient.invalidateQueries({ queryKey: queryKeys.customers.lists(api) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) });
        return;
      }
      timer = setTimeout(() => void poll(), delayRef.current(attempt.current, retryAfter));
    }

    timer = setTimeout(() => void poll(), delayRef.current(attempt.current, null));
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [ids, api, queryClient, rows]);

  // The top bar's "in progress" indicator: one entry per customer being followed here.
  const activities = inFlight.map((c) => ({
    id: activityId(c.id),
    label: `${inFlightVerb(c.status)} ${c.externalId ?? c.id}`,
    href: `/o/${encodeURIComponent(api.orgId)}/customers/${encodeURIComponent(c.id)}`,
  }));
  const activityKey = JSON.stringify(activities);
  useEffect(() => {
    const entries = JSON.parse(activityKey) as typeof activities;
    const stops = entries.map((entry) => startActivity(entry));
    return () => stops.forEach((stop) => stop());
  }, [activityKey]);

  return byId;
}

const EMPTY: ReadonlyMap<string, LiveCustomer> = new Map();
