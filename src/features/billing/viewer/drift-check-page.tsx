import { useId, useMemo, useState } from 'react';
import { Link, getRouteApi } from '@tanstack/react-router';
import { buttonClasses } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Select } from '@/shared/ui/select';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { reportDrift } from '../lib/drift';
import { DriftSummary, DriftTable } from './drift-results';
import { formatCount } from './format';
import { describeReport, useCompletedReports } from './report-source';
import { useLiveSubscribers } from './use-live-subscribers';
import { useReportTable } from './use-report-table';

const route = getRouteApi('/o/$orgId/billing/drift');

/** A point-in-time USER report against the live subscriber list: who is billed but gone, or assigned but unbilled. */
export function DriftCheckPage() {
  const { orgId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const id = useId();
  const [attempt, setAttempt] = useState(0);
  const list = useCompletedReports();
  const snapshots = useMemo(
    () =>
      (list.data?.items ?? [])
        .filter((r) => r.category === 'POINT_IN_TIME' && r.type === 'USER')
        .sort((x, y) => (y.created ?? '').localeCompare(x.created ?? '')),
    [list.data],
  );
  const chosen = snapshots.find((r) => r.id === search.report) ?? snapshots[0];
  const report = useReportTable(chosen?.id, attempt);
  const live = useLiveSubscribers(Boolean(chosen), attempt);
  const drift = useMemo(
    () => (report.phase === 'done' && live.phase === 'done' ? reportDrift(report.table, live.subscribers) : null),
    [report, live],
  );
  const failed = report.phase === 'error' ? report.error : live.phase === 'error' ? live.error : null;

  return (
    <div>
      <PageHeader
        title="Drift check"
        description="Compares a point-in-time USER report with the subscribers assigned now: users billed but no longer assigned, and users assigned but missing from the report."
      />
      {list.isError ? (
        <ErrorState error={list.error} title="Could not list the reports" onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingRegion label="Loading the reports">
          <Skeleton className="h-16 w-full" />
        </LoadingRegion>
      ) : snapshots.length === 0 ? (
        <EmptyState
          variant="empty"
          title="No point-in-time USER report yet"
          description="Create a point-in-time report of type USER: it lists what is billable right now, user by user."
          action={
            <Link to="/o/$orgId/billing" params={{ orgId }} className={buttonClasses('primary')}>
              Go to reports
            </Link>
          }
        />
      ) : (
        <>
          <div className="mb-4 flex max-w-xl flex-col gap-1">
            <label htmlFor={`${id}-report`} className="text-[13px] font-medium text-fg">
              Snapshot
            </label>
            <Select
              id={`${id}-report`}
              value={chosen?.id ?? ''}
              options={snapshots.map((r) => ({ value: r.id, label: describeReport(r) }))}
              onChange={(e) => void navigate({ search: { report: e.target.value }, replace: true })}
            />
          </div>
          {failed ? (
            <ErrorState error={failed} title="Could not run the drift check" onRetry={() => setAttempt((n) => n + 1)} />
          ) : !drift ? (
            <LoadingRegion label="Comparing the report with the live subscriber list">
              <p className="mb-3 text-[13px] text-fg-muted">
                {report.phase === 'done' ? 'Report read.' : 'Reading the report…'}{' '}
                {live.phase === 'loading' ? `Reading subscribers… ${formatCount(live.read)} so far.` : null}
              </p>
              <Skeleton className="mb-4 h-20 w-full" />
              <Skeleton className="h-64 w-full" />
            </LoadingRegion>
          ) : (
            <>
              {live.phase === 'done' && live.capped ? (
                <p role="note" className="mb-4 rounded-md bg-warning-soft px-3 py-2 text-[13px] text-warning-soft-fg">
                  Only the first {formatCount(live.subscribers.length)} subscribers were read; users beyond them may
                  show as billed but not assigned.
                </p>
              ) : null}
              <DriftSummary drift={drift} />
              <DriftTable drift={drift} />
            </>
          )}
        </>
      )}
    </div>
  );
}
