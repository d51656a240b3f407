import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
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

// ---------------------------------------------------------------------------
// The Hub directory (GET /hub/v1/subPartners, simulator only): what the public list lacks —
// names, search by name or org ID, sort, and each sub-partner's customer count.

export const SubPartnerEntrySchema = z.looseObject({
  orgId: z.string(),
  name: z.string(),
  provisioningState: z.string(),
  created: z.string(),
  billingStartDate: z.string(),
  subscriptionId: z.optional(z.string()),
  customerCount: z.number(),
});
export type SubPartnerEntry = z.infer<typeof SubPartnerEntrySchema>;

const SubPartnerDirectorySchema = z.looseObject({ items: z._default(z.array(SubPartnerEntrySchema), []) });

export type SubPartnerSort = 'name' | 'created';

export interface SubPartnerDirectoryParams {
  /** Part of a name (any case), or a whole org ID. */
  q?: string;
  provisioningState?: string;
  sortBy?: SubPartnerSort;
  sortOrder?: 'ASC' | 'DESC';
  offset?: number;
  max?: number;
}

/** One page of the directory, or the page a `Link: rel="next"` URL names. Always the signed-in partner's own. */
export async function fetchSubPartnerDirectory(
  api: OrgApi,
  params: SubPartnerDirectoryParams | string,
  signal?: AbortSignal,
): Promise<Page<SubPartnerEntry>> {
  const response = await api.client.request({
    base: 'hub',
    path: typeof params === 'string' ? params : '/subPartners',
    query: typeof params === 'string' ? undefined : { ...params },
    schema: SubPartnerDirectorySchema,
    scope: SCOPES.subPartnersRead,
    signal,
  });
  return toPage(response);
}

/** GET /hub/v1/subPartners/{orgId}: 404 for anything but one of the signed-in partner's sub-partners. */
export async function fetchSubPartnerEntry(api: OrgApi, orgId: string, signal?: AbortSignal): Promise<SubPartnerEntry> {
  const { data } = await api.client.request({
    base: 'hub',
    path: `/subPartners/${encodeURIComponent(orgId)}`,
    schema: SubPartnerEntrySchema,
    scope: SCOPES.subPartnersRead,
    signal,
  });
  return data;
}

export function subPartnerDirectoryQueryOptions(api: OrgApi, params: SubPartnerDirectoryParams) {
  return queryOptions({
    queryKey: queryKeys.subPartnerDirectory.list(api, params),
    queryFn: ({ signal }) => fetchSubPartnerDirectory(api, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function subPartnerEntryQueryOptions(api: OrgApi, orgId: string) {
  return queryOptions({
    queryKey: queryKeys.subPartnerDirectory.detail(api, orgId),
    queryFn: ({ signal }) => fetchSubPartnerEntry(api, orgId, signal),
  });
}

export function useSubPartnerDirectory(params: SubPartnerDirectoryParams, options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...subPartnerDirectoryQueryOptions(api, params), enabled: options.enabled ?? true });
}
