/** The completed reports the viewer's pickers offer, and how a report is named in them. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListReport } from '@contract/wholesale';
import { fetchBillingReports } from '@/shared/api/billing-reports';
import { useOrgApi, type OrgApi } from '@/shared/api/org-api';
import { collectPages } from '@/shared/api/paging';
import { queryKeys } from '@/shared/api/query-keys';

/** Completed reports can be hundreds over five years; the pickers read at most this many. */
const PICKER_LIMIT = 1000;

export function completedReportsQueryOptions(api: OrgApi) {
  return queryOptions({
    queryKey: queryKeys.billingReports.list(api, { status: 'COMPLETED', picker: true }),
    queryFn: ({ signal }) =>
      collectPages<ListReport>(
        (next) => fetchBillingReports(api, next ?? { status: 'COMPLETED', max: 100 }, signal),
        PICKER_LIMIT,
      ),
  });
}

export function useCompletedReports() {
  const api = useOrgApi();
  return useQuery(completedReportsQueryOptions(api));
}

/** "USER report, 2026-10-01 – 2026-10-31" or "USER snapshot, 2026-11-03". */
export function describeReport(
  report: Pick<ListReport, 'type' | 'category' | 'billingStartDate' | 'billingEndDate' | 'created'>,
): string {
  const type = (report.type ?? 'PARTNER').toLowerCase();
  const kind = `${type.charAt(0).toUpperCase()}${type.slice(1)}`;
  if (report.category === 'POINT_IN_TIME')
    return `${kind} snapshot, ${report.created?.slice(0, 16).replace('T', ' ') ?? ''} UTC`;
  return `${kind} report, ${report.billingStartDate ?? '?'} – ${report.billingEndDate ?? '?'}`;
}
