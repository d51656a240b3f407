import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { HubCustomer } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import {
  Customer as CustomerSchema,
  CustomerListResponse,
  ResourceUrl,
  type Customer,
  type ResourceUrl as ResourceUrlBody,
  type UpdateCustomerRequestInput,
} from '@contract/wholesale';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { NoContent, toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface CustomerListParams {
  /** One status or several, comma-joined (the API accepts both forms). */
  status?: string;
  externalId?: string;
  /** The customer's Webex org ID (not the customer ID). */
  orgId?: string;
  offset?: number;
  max?: number;
}

const customerPath = (customerId: string) => `/wholesale/customers/${encodeURIComponent(customerId)}`;

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

/**
 * GET /wholesale/customers/{id} with licence IDs. One shape for every reader (detail page,
 * list polling, provisioning tracker), so they share one cache entry.
 */
export async function fetchCustomer(api: OrgApi, customerId: string, signal?: AbortSignal): Promise<Customer> {
  const { data } = await api.client.request({
    path: customerPath(customerId),
    query: { includePackageLicenseInfo: true },
    schema: CustomerSchema,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data;
}

export function customerQueryOptions(api: OrgApi, customerId: string) {
  return queryOptions({
    queryKey: queryKeys.customers.detail(api, customerId),
    queryFn: ({ signal }) => fetchCustomer(api, customerId, signal),
  });
}

/** `refetchInterval` lets a screen poll while the customer is provisioning, updating or deleting. */
export function useCustomer(
  customerId: string,
  options: Pick<ReturnType<typeof customerQueryOptions>, 'refetchInterval' | 'enabled'> = {},
) {
  const api = useOrgApi();
  return useQuery({ ...customerQueryOptions(api, customerId), ...options });
}

/**
 * GET /hub/v1/customers/{id}: what Partner Hub knows beyond the public Customer (company
 * name, first admin, template, creation time). Simulator only: check
 * `useCapabilities()` before asking (the real API has no Hub).
 */
export async function fetchHubCustomer(api: OrgApi, customerId: string, signal?: AbortSignal): Promise<HubCustomer> {
  const { data } = await api.client.request({
    base: 'hub',
    path: `/customers/${encodeURIComponent(customerId)}`,
    schema: HubCustomer,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data;
}

/** Keyed under the customer's detail key, so invalidating the customer refreshes its profile too. */
export function hubCustomerQueryOptions(api: OrgApi, customerId: string) {
  return queryOptions({
    queryKey: [...queryKeys.customers.detail(api, customerId), 'profile'] as const,
    queryFn: ({ signal }) => fetchHubCustomer(api, customerId, signal),
  });
}

export function useHubCustomer(customerId: string, options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...hubCustomerQueryOptions(api, customerId), enabled: options.enabled ?? true });
}

/**
 * PUT /wholesale/customers/{id}: `packages` is the complete desired list (a package left
 * out is removed). Answers 202; the customer then moves through `updating`. A busy
 * customer answers 423 (error code 1208).
 */
export async function updateCustomer(
  api: OrgApi,
  customerId: string,
  body: UpdateCustomerRequestInput,
): Promise<ResourceUrlBody> {
  const { data } = await api.client.request({
    method: 'PUT',
    path: customerPath(customerId),
    body,
    schema: ResourceUrl,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
  return data;
}

/** Invalidates what a customer change touches: the customer (and its profile/settings), every list, the counts. */
async function invalidateCustomer(queryClient: ReturnType<typeof useQueryClient>, api: OrgApi, customerId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(api, customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.lists(api) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) }),
  ]);
}

export function useUpdateCustomer(
  config: MutationConfig<ResourceUrlBody, { customerId: string; body: UpdateCustomerRequestInput }> = {},
) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ({ customerId, body }) => updateCustomer(api, customerId, body),
    onSuccess: async (data, variables, onMutateResult, context) => {
      await invalidateCustomer(queryClient, api, variables.customerId);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

/**
 * DELETE /wholesale/customers/{id}: answers 202; the customer moves through `deleting`
 * and then disappears (its Webex org stays: only the wholesale mapping goes).
 */
export async function deleteCustomer(api: OrgApi, customerId: string): Promise<void> {
  await api.client.request({
    method: 'DELETE',
    path: customerPath(customerId),
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
      await invalidateCustomer(queryClient, api, variables.customerId);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}
