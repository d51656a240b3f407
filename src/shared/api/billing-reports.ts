import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SCOPES } from '@contract/scopes';
import { BillingReportsListResponse, type ListReport } from '@contract/wholesale';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { toPage, type Page } from './paging';
import { queryKeys } from './query-keys';

export interface BillingReportListParams {
  status?: string;
  type?: string;
  billingStartDate?: string;
  billingEndDate?: string;
  sortBy?: 'id' | 'billingStartDate' | 'billingEndDate' | 'status';
  max?: number;
  offset?: number;
}

/** GET /wholesale/billing/reports; acting for a sub-partner uses `subPartnerOrgId` here. */
export async function fetchBillingReports(
  api: OrgApi,
  params: BillingReportListParams | string,
  signal?: AbortSignal,
): Promise<Page<ListReport>> {
  const response = await api.client.request({
    path: typeof params === 'string' ? params : '/wholesale/billing/reports',
    query: typeof params === 'string' ? undefined : { ...params },
    schema: BillingReportsListResponse,
    org: api,
    orgParam: 'subPartnerOrgId',
    scope: SCOPES.billingRead,
    signal,
  });
  return toPage(response);
}

export function billingReportListQueryOptions(api: OrgApi, params: BillingReportListParams) {
  return queryOptions({
    queryKey: queryKeys.billingReports.list(api, params),
    queryFn: ({ signal }) => fetchBillingReports(api, params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBillingReportList(params: BillingReportListParams) {
  const api = useOrgApi();
  return useQuery(billingReportListQueryOptions(api, params));
}
