/**
 * Billing reports (`/wholesale/billing/reports`): list, get, create, delete. Acting for a
 * sub-partner these endpoints take `subPartnerOrgId` (not onBehalfOfSubPartnerOrgId); a
 * parent may also name one of its sub-partners explicitly (list filter, create body).
 *
 * Downloads: `tempDownloadURL` expires 30 minutes after the GET that issued it, so it is
 * never cached or reused. `freshDownloadUrl` GETs the report right before each download.
 */
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import {
  BillingReportsListResponse,
  Report,
  ReportId,
  type CreateBillingReportRequestInput,
  type ListReport,
} from '@contract/wholesale';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { NoContent, toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface BillingReportListParams {
  status?: string;
  type?: string;
  billingStartDate?: string;
  billingEndDate?: string;
  sortBy?: 'id' | 'billingStartDate' | 'billingEndDate' | 'status';
  /** A parent partner's filter on one of its sub-partners (not while acting for one). */
  subPartnerOrgId?: string;
  max?: number;
  offset?: number;
}

const PATH = '/wholesale/billing/reports';
const reportPath = (id: string) => `${PATH}/${encodeURIComponent(id)}`;
const orgParam = 'subPartnerOrgId' as const;

/** GET /wholesale/billing/reports, or a Link `next` URL followed verbatim. */
export async function fetchBillingReports(
  api: OrgApi,
  params: BillingReportListParams | string,
  signal?: AbortSignal,
): Promise<Page<ListReport>> {
  const response = await api.client.request({
    path: typeof params === 'string' ? params : PATH,
    query: typeof params === 'string' ? undefined : { ...params },
    schema: BillingReportsListResponse,
    org: api,
    orgParam,
    scope: SCOPES.billingRead,
    signal,
  });
  return toPage(response);
}

export function billingReportListQueryOptions(api: OrgApi, params: BillingReportListParams | string) {
  return queryOptions({
    queryKey: queryKeys.billingReports.list(api, typeof params === 'string' ? { page: params } : params),
    queryFn: ({ signal }) => fetchBillingReports(api, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBillingReportList(params: BillingReportListParams) {
  const api = useOrgApi();
  return useQuery(billingReportListQueryOptions(api, params));
}

export async function fetchBillingReport(api: OrgApi, id: string, signal?: AbortSignal): Promise<Report> {
  const { data } = await api.client.request({
    path: reportPath(id),
    schema: Report,
    org: api,
    orgParam,
    scope: SCOPES.billingRead,
    signal,
  });
  return data;
}

export function billingReportQueryOptions(api: OrgApi, id: string) {
  return queryOptions({
    queryKey: queryKeys.billingReports.detail(api, id),
    queryFn: ({ signal }) => fetchBillingReport(api, id, signal),
  });
}

/**
 * A download link issued just now. Call it right before every download (links live 30
 * minutes); null while the report has no file (in progress, failed).
 */
export async function freshDownloadUrl(api: OrgApi, id: string, signal?: AbortSignal): Promise<string | null> {
  const report = await fetchBillingReport(api, id, signal);
  return report.tempDownloadURL ?? null;
}

/** Acting for a sub-partner, the report is the sub-partner's: create names it in the body. */
export async function createBillingReport(api: OrgApi, body: CreateBillingReportRequestInput): Promise<ReportId> {
  const subPartnerOrgId = body.subPartnerOrgId ?? api.subPartnerOrgId;
  const { data } = await api.client.request({
    method: 'POST',
    path: PATH,
    body: subPartnerOrgId ? { ...body, subPartnerOrgId } : body,
    schema: ReportId,
    org: api,
    scope: SCOPES.billingWrite,
  });
  return data;
}

/** Deleting revokes the report's download link too. */
export async function deleteBillingReport(api: OrgApi, id: string): Promise<void> {
  await api.client.request({
    method: 'DELETE',
    path: reportPath(id),
    schema: NoContent,
    org: api,
    orgParam,
    scope: SCOPES.billingWrite,
  });
}

export function useDeleteBillingReport(config: MutationConfig<void, string> = {}) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: (id: string) => deleteBillingReport(api, id),
    onSuccess: async (data, id, onMutateResult, context) => {
      queryClient.removeQueries({ queryKey: queryKeys.billingReports.detail(api, id) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.billingReports.lists(api) });
      await onSuccess?.(data, id, onMutateResult, context);
    },
  });
}
