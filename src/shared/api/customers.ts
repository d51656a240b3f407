import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import { CustomerListResponse, type Customer } from '@contract/wholesale';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { NoContent, toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface CustomerListParams {
  status?: string;
  externalId?: string;
  offset?: number;
  max?: number;
}

/** GET /wholesale/customers, or a `Link: rel="next"` URL of a previous page. */
export async function fetchCustomers(
  api: OrgApi,
  params: CustomerListParams | string,
  signal?: AbortSignal,
): Promise<Page<Customer>> {
  const response = await api.client.request({
    path: typeof params === 'string' ? params : '/wholesale/customers',
    query: typeof params === 'string' ? undefined : { ...params },
    schema: CustomerListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return toPage(response);
}

export function customerListQueryOptions(api: OrgApi, params: CustomerListParams) {
  return queryOptions({
    queryKey: queryKeys.customers.list(api, params),
    queryFn: ({ signal }) => fetchCustomers(api, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerList(params: CustomerListParams) {
  const api = useOrgApi();
  return useQuery(customerListQueryOptions(api, params));
}

/** DELETE /wholesale/customers/{id}: answers 204; the customer then moves through `deleting`. */
export async function deleteCustomer(api: OrgApi, customerId: string): Promise<void> {
  await api.client.request({
    method: 'DELETE',
    path: `/wholesale/customers/${encodeURIComponent(customerId)}`,
    schema: NoContent,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
}

/** Deleting changes the customer, every customer list and the overview counts. */
export function useDeleteCustomer(config: MutationConfig<void, { customerId: string }> = {}) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ({ customerId }) => deleteCustomer(api, customerId),
    onSuccess: async (data, variables, onMutateResult, context) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(api, variables.customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.customers.lists(api) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) }),
      ]);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
