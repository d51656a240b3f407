import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import {
  Subscriber as SubscriberSchema,
  SubscriberListResponse,
  type Subscriber,
  type UpdateSubscriberRequestInput,
} from '@contract/wholesale';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { NoContent, toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface SubscriberListParams {
  customerId?: string;
  externalCustomerId?: string;
  email?: string;
  status?: string;
  /** Created after this instant (epoch milliseconds). */
  after?: number;
  /** Status changed after this instant (epoch milliseconds). */
  lastStatusChange?: number;
  sortBy?: 'created' | 'lastStatusChange';
  sortOrder?: 'ASC' | 'DESC';
  offset?: number;
  max?: number;
}

/** GET /wholesale/subscribers, or a `Link: rel="next"` URL of a previous page. */
export async function fetchSubscribers(
  api: OrgApi,
  params: SubscriberListParams | string,
  signal?: AbortSignal,
): Promise<Page<Subscriber>> {
  const response = await api.client.request({
    path: typeof params === 'string' ? params : '/wholesale/subscribers',
    query: typeof params === 'string' ? undefined : { ...params },
    schema: SubscriberListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersRead,
    signal,
  });
  return toPage(response);
}

export function subscriberListQueryOptions(api: OrgApi, params: SubscriberListParams) {
  return queryOptions({
    queryKey: queryKeys.subscribers.list(api, params),
    queryFn: ({ signal }) => fetchSubscribers(api, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSubscriberList(params: SubscriberListParams) {
  const api = useOrgApi();
  return useQuery(subscriberListQueryOptions(api, params));
}

const subscriberPath = (subscriberId: string) => `/wholesale/subscribers/${encodeURIComponent(subscriberId)}`;

/** GET /wholesale/subscribers/{id}. */
export async function fetchSubscriber(api: OrgApi, subscriberId: string, signal?: AbortSignal): Promise<Subscriber> {
  const { data } = await api.client.request({
    path: subscriberPath(subscriberId),
    schema: SubscriberSchema,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersRead,
    signal,
  });
  return data;
}

export function subscriberQueryOptions(api: OrgApi, subscriberId: string) {
  return queryOptions({
    queryKey: queryKeys.subscribers.detail(api, subscriberId),
    queryFn: ({ signal }) => fetchSubscriber(api, subscriberId, signal),
  });
}

export function useSubscriber(subscriberId: string) {
  const api = useOrgApi();
  return useQuery(subscriberQueryOptions(api, subscriberId));
}

/**
 * PUT /wholesale/subscribers/{id}: moves the user to another package (200, the changed
 * subscriber). Billing for the old package stops and for the new one starts at once.
 */
export async function updateSubscriber(
  api: OrgApi,
  subscriberId: string,
  body: UpdateSubscriberRequestInput,
  signal?: AbortSignal,
): Promise<Subscriber> {
  const { data } = await api.client.request({
    method: 'PUT',
    path: subscriberPath(subscriberId),
    body,
    schema: SubscriberSchema,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
    signal,
  });
  return data;
}

/** DELETE /wholesale/subscribers/{id} (204): the user loses the wholesale package; billing stops. */
export async function deleteSubscriber(api: OrgApi, subscriberId: string): Promise<void> {
  await api.client.request({
    method: 'DELETE',
    path: subscriberPath(subscriberId),
    schema: NoContent,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
  });
}

/**
 * POST /subscribers/{id}/emails/consentMove (204; no `/wholesale` prefix): sends the
 * consent e-mail again to a user in pending_user_migration.
 */
export async function resendConsentEmail(api: OrgApi, subscriberId: string): Promise<void> {
  await api.client.request({
    method: 'POST',
    path: `/subscribers/${encodeURIComponent(subscriberId)}/emails/consentMove`,
    schema: NoContent,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
  });
}

/** A subscriber change touches the subscriber, every subscriber list and the overview counts. */
export async function invalidateSubscribers(
  queryClient: ReturnType<typeof useQueryClient>,
  api: OrgApi,
  subscriberId?: string,
): Promise<void> {
  await Promise.all([
    subscriberId ? queryClient.invalidateQueries({ queryKey: queryKeys.subscribers.detail(api, subscriberId) }) : null,
    queryClient.invalidateQueries({ queryKey: queryKeys.subscribers.lists(api) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.stats(api) }),
  ]);
}

export function useUpdateSubscriber(
  config: MutationConfig<Subscriber, { subscriberId: string; body: UpdateSubscriberRequestInput }> = {},
) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ({ subscriberId, body }) => updateSubscriber(api, subscriberId, body),
    onSuccess: async (data, variables, onMutateResult, context) => {
      queryClient.setQueryData(queryKeys.subscribers.detail(api, variables.subscriberId), data);
      await invalidateSubscribers(queryClient, api);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

export function useDeleteSubscriber(config: MutationConfig<void, { subscriberId: string }> = {}) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: ({ subscriberId }) => deleteSubscriber(api, subscriberId),
    onSuccess: async (data, variables, onMutateResult, context) => {
      // The removed user's own entry is left alone: the page showing it would refetch a 404
      // before it can move away; it is garbage-collected once nothing reads it.
      await invalidateSubscribers(queryClient, api);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

export function useResendConsentEmail(config: MutationConfig<void, { subscriberId: string }> = {}) {
  const api = useOrgApi();
  return useMutation({ ...config, mutationFn: ({ subscriberId }) => resendConsentEmail(api, subscriberId) });
}
