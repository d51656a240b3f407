import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Customer } from '@contract/wholesale';
import { startActivity } from '@/shared/activity/activity-store';
import { isApiError } from '@/shared/api/api-error';
import { useCustomer } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { inFlightVerb, isInFlight, pollDelay } from '../lib/customer-status';

/**
 * The customer of a detail page, polled with backoff while provisioning, updating or
 * deleting and left alone once terminal (or gone: a finished removal answers 404). When
 * the work ends, the lists and counts that showed it in flight are refreshed; while it
 * runs, the top bar's activity indicator lists it.
 */
export function useFollowCustomer(customerId: string) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const query = useCustomer(customerId, {
    refetchInterval: (q) => {
      if (isApiError(q.state.error) && q.state.error.status === 404) return false;
      return isInFlight(q.state.data?.status) ? pollDelay(Math.max(0, q.state.dataUpdateCount - 1)) : false;
    },
  });
  const gone = isApiError(query.error) && query.error.status === 404;
  const status = gone ? 'gone' : query.data?.status;

  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (before && isInFlight(before) && !isInFlight(status)) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers.lists(api) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) });
      if (status !== 'gone')
        void queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(api, customerId) });
    }
  }, [status, api, queryClient, customerId]);

  const label = query.data ? activityLabel(query.data) : null;
  useEffect(() => {
    if (!label || !isInFlight(status)) return;
    return startActivity({
      id: `customer:${customerId}`,
      label,
      href: `/o/${encodeURIComponent(api.orgId)}/customers/${encodeURIComponent(customerId)}`,
    });
  }, [label, status, customerId, api.orgId]);

  // A 404 keeps the last data: the customer was shown here, so its removal has just finished.
  return { ...query, gone, removedWhileOpen: gone && query.data !== undefined };
}

function activityLabel(customer: Customer): string {
  return `${inFlightVerb(customer.status)} ${customer.externalId ?? customer.id}`;
}
