/**
 * Every subscriber the org has now, read page by page through `Link: rel="next"` (the API
 * has no totals), with a running count for the screen. Stops at LIVE_LIMIT and says so.
 */
import { useEffect, useState } from 'react';
import { MAX_PAGE_SIZE } from '@contract/wholesale';
import { useOrgApi } from '@/shared/api/org-api';
import { fetchSubscribers } from '@/shared/api/subscribers';
import type { LiveSubscriber } from '../lib/drift';

export const LIVE_LIMIT = 100_000;

export type LiveSubscribersState =
  | { phase: 'loading'; read: number }
  | { phase: 'done'; subscribers: LiveSubscriber[]; capped: boolean }
  | { phase: 'error'; error: unknown };

export function useLiveSubscribers(enabled: boolean, attempt = 0): LiveSubscribersState {
  const api = useOrgApi();
  const key = `${enabled}:${attempt}`;
  const [stored, setStored] = useState<{ key: string; state: LiveSubscribersState } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const set = (state: LiveSubscribersState) => setStored({ key, state });
    (async () => {
      const subscribers: LiveSubscriber[] = [];
      let next: string | null = null;
      do {
        const page = await fetchSubscribers(api, next ?? { max: MAX_PAGE_SIZE }, controller.signal);
        for (const s of page.items) {
          subscribers.push({
            id: s.id,
            email: s.email ?? '',
            customerId: s.customerId ?? '',
            packages: s.packages,
            status: s.status ?? '',
            ...(s.personId ? { personId: s.personId } : {}),
            ...(s.created ? { created: s.created } : {}),
          });
        }
        next = page.next;
        set({ phase: 'loading', read: subscribers.length });
      } while (next && subscribers.length < LIVE_LIMIT);
      set({ phase: 'done', subscribers, capped: next !== null });
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) set({ phase: 'error', error });
    });
    return () => controller.abort();
  }, [api, enabled, key]);

  return stored?.key === key ? stored.state : { phase: 'loading', read: 0 };
}
