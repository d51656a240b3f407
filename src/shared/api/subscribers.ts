import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import { SubscriberListResponse, type Subscriber } from '@contract/wholesale';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface SubscriberListParams {
  customerId?: string;
  email?: string;
  status?: string;
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
