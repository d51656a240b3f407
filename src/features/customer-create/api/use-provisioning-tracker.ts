import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { fetchCustomer } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { checkAgain, followProvisioning, useFollowed } from './provisioning-follower';

export function trackerKey(orgId: string, subPartnerOrgId: string | null, customerId: string): string {
  return `customer-create:${subPartnerOrgId ?? orgId}:${customerId}`;
}

/**
 * Starts (or joins) the follow of a just-created customer and returns its state. The
 * follow outlives this hook's component; once the customer settles, the customer's page,
 * the lists and the counts are refreshed.
 */
export function useProvisioningTracker(customerId: string) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const key = trackerKey(api.orgId, api.subPartnerOrgId, customerId);
  const state = useFollowed(key);
  useEffect(() => {
    const href = `/o/${encodeURIComponent(api.orgId)}/customers/new?customerId=${encodeURIComponent(customerId)}`;
    followProvisioning({
      key,
      label: 'Provisioning a new customer',
      labelFor: (customer) => `Provisioning ${customer.externalId ?? customer.id}`,
      href,
      fetch: async (signal) => {
        const customer = await fetchCustomer(api, customerId, signal);
        queryClient.setQueryData(queryKeys.customers.detail(api, customerId), customer);
        return customer;
      },
      onSettled: () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.customers.lists(api) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) });
      },
    });
  }, [key, api, customerId, queryClient]);
  return { state, checkAgain: () => checkAgain(key) };
}
