/**
 * Loads one report into a ReportTable: GET the report for a fresh link, then stream and
 * parse the CSV in the worker, exposing the rows as they arrive. An expired or revoked
 * link (410/403) is answered by asking for a new link once, never shown as a failure.
 */
import { useEffect, useState } from 'react';
import type { Report } from '@contract/wholesale';
import { fetchBillingReport } from '@/shared/api/billing-reports';
import { useOrgApi } from '@/shared/api/org-api';
import type { ReportTable } from '../lib/report-table';
import { ReportLoadError, loadReport } from '../workers/load-report';

export type ReportTableState =
  | { phase: 'fetching' }
  /** The report exists but has no file to read (in progress or failed). */
  | { phase: 'not-ready'; report: Report }
  | { phase: 'streaming'; report: Report; table: ReportTable | null; bytesRead: number }
  | { phase: 'done'; report: Report; table: ReportTable; bytesRead: number }
  | { phase: 'error'; report: Report | null; error: unknown };

/** `attempt` changes to load again (a retry button). */
export function useReportTable(reportId: string | undefined, attempt = 0): ReportTableState {
  const api = useOrgApi();
  const key = `${reportId ?? ''}:${attempt}`;
  const [stored, setStored] = useState<{ key: string; state: ReportTableState } | null>(null);

  useEffect(() => {
    if (!reportId) return;
    const controller = new AbortController();
    const { signal } = controller;
    let report: Report | null = null;
    const setState = (state: ReportTableState) => setStored({ key, state });

    async function run(freshLinkTries: number): Promise<void> {
      // Never cached: the link lasts 30 minutes, so every load asks for a fresh one.
      report = await fetchBillingReport(api, reportId as string, signal);
      const url = report.tempDownloadURL;
      if (report.status !== 'COMPLETED' || !url) {
        setState({ phase: 'not-ready', report });
        return;
      }
      const current = report;
      setState({ phase: 'streaming', report: current, table: null, bytesRead: 0 });
      try {
        const table = await loadReport(url, {
          signal,
          onProgress: ({ table: partial, bytesRead }) =>
            setState({ phase: 'streaming', report: current, table: partial, bytesRead }),
        });
        setState({ phase: 'done', report: current, table, bytesRead: 0 });
      } catch (error) {
        if (error instanceof ReportLoadError && error.needsFreshLink && freshLinkTries > 0)
          return run(freshLinkTries - 1);
        throw error;
      }
    }

    run(1).catch((error: unknown) => {
      if (!signal.aborted) setState({ phase: 'error', report, error });
    });
    return () => controller.abort();
  }, [api, reportId, key]);

  // A new report or attempt starts from "fetching" without a render of the previous one's state.
  return stored?.key === key ? stored.state : { phase: 'fetching' };
}
