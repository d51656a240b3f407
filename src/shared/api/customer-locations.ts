import { queryOptions, useQuery } from '@tanstack/react-query';
import { HubLocationListResponse, type HubLocation } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { queryKeys } from './query-keys';

/**
 * GET /hub/v1/customers/{id}/locations: the customer's locations, headquarters included.
 * Partner Hub only (the public Wholesale API has no locations); a handful per customer,
 * so the answer is one unpaged list.
 */
export async function fetchCustomerLocations(
  api: OrgApi,
  customerId: string,
  signal?: AbortSignal,
): Promise<HubLocation[]> {
  const { data } = await api.client.request({
    base: 'hub',
    path: `/customers/${encodeURIComponent(customerId)}/locations`,
    schema: HubLocationListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data.items;
}

export function customerLocationsQueryOptions(api: OrgApi, customerId: string) {
  return queryOptions({
    queryKey: [...queryKeys.customers.detail(api, customerId), 'locations'] as const,
    queryFn: ({ signal }) => fetchCustomerLocations(api, customerId, signal),
  });
}

export function useCustomerLocations(customerId: string, options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...customerLocationsQueryOptions(api, customerId), enabled: options.enabled ?? true });
}
