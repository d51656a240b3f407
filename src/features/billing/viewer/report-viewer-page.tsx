import { Suspense, lazy, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, getRouteApi } from '@tanstack/react-router';
import { GitCompareArrows, UserSearch } from 'lucide-react';
import { buttonClasses } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { ReportBody } from './report-body';
import { describeReport } from './report-source';
import { ReportStatusLine, ReportNotReady } from './report-status';
import { useReportTable } from './use-report-table';

const route = getRouteApi('/o/$orgId/billing/view/$reportId');
const ReportChartsPanel = lazy(() => import('./report-charts-panel').then((m) => ({ default: m.ReportChartsPanel })));

/** One report in the app: rows as soon as they stream in, then sorting, grouping, search, charts and export. */
export function ReportViewerPage() {
  const { orgId, reportId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [attempt, setAttempt] = useState(0);
  const state = useReportTable(reportId, attempt);
  const report = 'report' in state ? state.report : null;
  const table = useDeferredValue(state.phase === 'streaming' || state.phase === 'done' ? state.table : null);
  const tab = search.tab ?? 'table';
  const setTab = useCallback(
    (next: 'table' | 'charts') =>
      void navigate({ search: (prev) => ({ ...prev, tab: next === 'table' ? undefined : next }), replace: true }),
    [navigate],
  );
  const title = report ? describeReport(report) : 'Billing report';
  const snapshot = report?.category === 'POINT_IN_TIME' && report.type === 'USER';

  const actions = useMemo(
    () =>
      report?.status === 'COMPLETED' ? (
        <>
          {snapshot ? (
            <Link
              to="/o/$orgId/billing/drift"
              params={{ orgId }}
              search={{ report: reportId }}
              className={buttonClasses('secondary')}
            >
              <UserSearch aria-hidden />
              Drift check
            </Link>
          ) : (
            <Link
              to="/o/$orgId/billing/compare"
              params={{ orgId }}
              search={{ b: reportId }}
              className={buttonClasses('secondary')}
            >
              <GitCompareArrows aria-hidden />
              Compare with another period
            </Link>
          )}
        </>
      ) : null,
    [report, snapshot, orgId, reportId],
  );

  return (
    <div>
      <PageHeader title={title} description={<ReportStatusLine state={state} />} actions={actions} />
      {state.phase === 'error' ? (
        <ErrorState error={state.error} title="Could not open this report" onRetry={() => setAttempt((n) => n + 1)} />
      ) : state.phase === 'not-ready' ? (
        <ReportNotReady report={state.report} onRetry={() => setAttempt((n) => n + 1)} />
      ) : !table ? (
        <LoadingRegion label="Loading the report">
          <Skeleton className="mb-3 h-14 w-full" />
          <Skeleton className="h-96 w-full" />
        </LoadingRegion>
      ) : (
        <>
          <div
            role="group"
            aria-label="Show the report as"
            className="mb-4 inline-flex rounded-md border border-line p-0.5"
          >
            {(['table', 'charts'] as const).map((t) => (
              <button
                key={t}
                type="button"
                aria-pressed={tab === t}
                onClick={() => setTab(t)}
                className={
                  tab === t
                    ? 'rounded bg-surface-hover px-3 py-1 text-sm font-semibold text-fg'
                    : 'rounded px-3 py-1 text-sm text-fg-muted hover:text-fg'
                }
              >
                {t === 'table' ? 'Table' : 'Charts'}
              </button>
            ))}
          </div>
          <div>
            {tab === 'table' ? (
              <ReportBody table={table} reportType={report?.type ?? 'PARTNER'} fileStem={`billing-${reportId}`} />
            ) : (
              <Suspense
                fallback={
                  <LoadingRegion label="Loading charts">
                    <Skeleton className="h-80 w-full" />
                  </LoadingRegion>
                }
              >
                <ReportChartsPanel table={table} complete={state.phase === 'done'} />
              </Suspense>
            )}
          </div>
        </>
      )}
    </div>
  );
}
