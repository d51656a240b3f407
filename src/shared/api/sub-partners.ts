import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import { SubPartnersListResponse, type SubPartner } from '@contract/wholesale';
import type { ApiClient } from './client';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { collectPages, toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface SubPartnerListParams {
  provisioningState?: string;
  offset?: number;
  max?: number;
}

/** More than any real partner has; beyond it the cross-launch check says "not found". */
const SUB_PARTNER_SCAN_LIMIT = 10_000;

/** GET /wholesale/subPartners: the signed-in partner's own sub-partners (no acting-org parameter exists). */
export async function fetchSubPartners(
  client: ApiClient,
  params: SubPartnerListParams | string,
  signal?: AbortSignal,
): Promise<Page<SubPartner>> {
  const response = await client.request({
    path: typeof params === 'string' ? params : '/wholesale/subPartners',
    query: typeof params === 'string' ? undefined : { ...params },
    schema: SubPartnersListResponse,
    scope: SCOPES.subPartnersRead,
    signal,
  });
  return toPage(response);
}

/** Every sub-partner (following Link headers); used to check a cross-launch target against the real API. */
export async function fetchAllSubPartnerIds(client: ApiClient, signal?: AbortSignal): Promise<SubPartner[]> {
  const all = await collectPages(
    (next) => fetchSubPartners(client, next ?? { max: 100 }, signal),
    SUB_PARTNER_SCAN_LIMIT,
  );
  return all.items;
}

export function subPartnerListQueryOptions(api: OrgApi, params: SubPartnerListParams) {
  return queryOptions({
    queryKey: queryKeys.subPartners.list(api, params),
    queryFn: ({ signal }) => fetchSubPartners(api.client, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSubPartnerList(params: SubPartnerListParams) {
  const api = useOrgApi();
  return useQuery(subPartnerListQueryOptions(api, params));
}
