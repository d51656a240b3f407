/**
 * "Today" for the date rules is the UTC date on the backend's clock. The simulator runs a
 * clock per tenant that tests move forward (it can be days ahead of the browser), and
 * says what it reads in the hub session's `now`; against the real Webex API the browser's
 * clock is the best guess. Read fresh each time the wizard opens: the clock may have moved.
 */
import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useApiClient } from '@/shared/api/api-context';
import type { ApiClient } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';
import { utcToday } from '../../lib/period';

const SessionClock = z.looseObject({ now: z.optional(z.string()) });

export async function fetchServerNow(client: ApiClient, signal?: AbortSignal): Promise<Date> {
  if (!client.has('hub')) return new Date();
  const { data } = await client.request({ base: 'hub', path: '/session', schema: SessionClock, signal });
  const now = data.now ? new Date(data.now) : new Date();
  return Number.isNaN(now.getTime()) ? new Date() : now;
}

/** YYYY-MM-DD on the backend's clock (UTC). */
export function useServerToday() {
  const client = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.session(client), 'now'] as const,
    queryFn: ({ signal }) => fetchServerNow(client, signal),
    select: utcToday,
    staleTime: 0,
    gcTime: 0,
  });
}
