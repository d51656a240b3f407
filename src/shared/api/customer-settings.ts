import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CustomerSettings, type CustomerSettingsRequest } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { queryKeys } from './query-keys';

const settingsPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/settings`;

/**
 * GET /hub/v1/customers/{id}/settings: "Restricted by partner" with who changed it, when,
 * and the history (newest first). Partner Hub only: the public API has no such setting.
 */
export async function fetchCustomerSettings(
  api: OrgApi,
  customerId: string,
  signal?: AbortSignal,
): Promise<CustomerSettings> {
  const { data } = await api.client.request({
    base: 'hub',
    path: settingsPath(customerId),
    schema: CustomerSettings,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data;
}

/** Under the customer's detail key: removing or changing the customer refreshes it too. */
export function customerSettingsQueryOptions(api: OrgApi, customerId: string) {
  return queryOptions({
    queryKey: [...queryKeys.customers.detail(api, customerId), 'settings'] as const,
    queryFn: ({ signal }) => fetchCustomerSettings(api, customerId, signal),
  });
}

export function useCustomerSettings(customerId: string, options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...customerSettingsQueryOptions(api, customerId), enabled: options.enabled ?? true });
}

/** PUT /hub/v1/customers/{id}/settings; answers the settings with the new history entry. */
export async function updateCustomerSettings(
  api: OrgApi,
  customerId: string,
  body: CustomerSettingsRequest,
): Promise<CustomerSettings> {
  const { data } = await api.client.request({
    method: 'PUT',
    base: 'hub',
    path: settingsPath(customerId),
    body,
    schema: CustomerSettings,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
  return data;
}

/** The answer is the new state: it replaces the cached settings, and the profile (which repeats the flag) refetches. */
export function useUpdateCustomerSettings(
  config: MutationConfig<CustomerSettings, { customerId: string; body: CustomerSettingsRequest }> = {},
) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ({ customerId, body }) => updateCustomerSettings(api, customerId, body),
    onSuccess: async (data, variables, onMutateResult, context) => {
      queryClient.setQueryData(customerSettingsQueryOptions(api, variables.customerId).queryKey, data);
      await queryClient.invalidateQueries({
        queryKey: [...queryKeys.customers.detail(api, variables.customerId), 'profile'],
      });
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
