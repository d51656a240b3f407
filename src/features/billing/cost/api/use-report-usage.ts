/**
 * A completed report's CSV, parsed in the worker, for the cost summary. The download link
 * is fetched fresh for every load; one that expired or was revoked in between is fetched
 * again rather than shown as a failure.
 */
import { useQuery } from '@tanstack/react-query';
import type { Report } from '@contract/wholesale';
import { fetchBillingReport } from '@/shared/api/billing-reports';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import type { ReportTable } from '../../lib/report-table';
import { loadReport, ReportLoadError } from '../../workers/load-report';

const LINK_ATTEMPTS = 3;

export interface ReportUsage {
  report: Report;
  /** Null while the report has no file (in progress, failed). */
  table: ReportTable | null;
}

export function useReportUsage(reportId: string) {
  const api = useOrgApi();
  return useQuery({
    queryKey: [...queryKeys.billingReports.detail(api, reportId), 'table'] as const,
    queryFn: async ({ signal }): Promise<ReportUsage> => {
      for (let attempt = 1; ; attempt++) {
        const report = await fetchBillingReport(api, reportId, signal);
        if (report.status !== 'COMPLETED' || !report.tempDownloadURL) return { report, table: null };
        try {
          return { report, table: await loadReport(report.tempDownloadURL, { signal }) };
        } catch (error) {
          if (!(error instanceof ReportLoadError && error.needsFreshLink) || attempt >= LINK_ATTEMPTS) throw error;
        }
      }
    },
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
}
