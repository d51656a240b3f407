import { Suspense, lazy, useId, useMemo } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import type { ListReport } from '@contract/wholesale';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Select } from '@/shared/ui/select';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { compareReports } from '../lib/report-charts';
import { comparableReports, pairProblem, previousReportFor } from './compare-pairing';
import { formatQuantity } from './format';
import { GrowthTable } from './growth-table';
import { describeReport, useCompletedReports } from './report-source';
import { useReportTable, type ReportTableState } from './use-report-table';

const route = getRouteApi('/o/$orgId/billing/compare');
const GrowthChart = lazy(() => import('./growth-chart').then((m) => ({ default: m.GrowthChart })));

/** Customers can be thousands: the largest changes are what a reviewer reads. */
const CUSTOMER_ROWS = 50;

const PROBLEMS = {
  type: 'These reports are of different types: customers and users appear only in CUSTOMER and USER reports.',
  order: 'The "earlier" report does not start before the "later" one: growth reads backwards.',
  gap: 'These periods are not consecutive: the change spans more than one period.',
} as const;

function loading(state: ReportTableState): boolean {
  return state.phase === 'fetching' || state.phase === 'streaming';
}

/** Growth by service and customer between two reports of consecutive periods. */
export function ReportComparePage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const id = useId();
  const list = useCompletedReports();
  const reports = useMemo(() => comparableReports(list.data?.items ?? []), [list.data]);
  const later = reports.find((r) => r.id === search.b);
  const earlierId = search.a ?? (later ? previousReportFor(reports, later)?.id : undefined);
  const earlier = reports.find((r) => r.id === earlierId);
  const a = useReportTable(earlier?.id);
  const b = useReportTable(later?.id);
  const comparison = useMemo(
    () => (a.phase === 'done' && b.phase === 'done' ? compareReports(a.table, b.table) : null),
    [a, b],
  );
  const options = reports.map((r) => ({ value: r.id, label: describeReport(r) }));
  const pick = (key: 'a' | 'b', value: string) =>
    void navigate({ search: (prev) => ({ ...prev, [key]: value || undefined }), replace: true });
  const problem = earlier && later ? pairProblem(earlier, later) : null;
  const failed = a.phase === 'error' ? a.error : b.phase === 'error' ? b.error : null;
  const short = (r: ListReport | undefined) => (r ? `${r.billingStartDate} – ${r.billingEndDate}` : '');

  return (
    <div>
      <PageHeader
        title="Compare reports"
        description="Growth by service and by customer between two periods: pick the later report, the one before it is chosen for you."
      />
      {list.isError ? (
        <ErrorState error={list.error} title="Could not list the reports" onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingRegion label="Loading the reports">
          <Skeleton className="h-16 w-full" />
        </LoadingRegion>
      ) : reports.length < 2 ? (
        <EmptyState
          variant="empty"
          title="Two completed reports are needed"
          description="Create reconciliation reports for two consecutive periods (for example, the last two months) to compare them."
        />
      ) : (
        <>
          <div className="mb-4 grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-a`} className="text-[13px] font-medium text-fg">
                Earlier period
              </label>
              <Select
                id={`${id}-a`}
                value={earlier?.id ?? ''}
                placeholder="Choose a report"
                options={options}
                onChange={(e) => pick('a', e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-b`} className="text-[13px] font-medium text-fg">
                Later period
              </label>
              <Select
                id={`${id}-b`}
                value={later?.id ?? ''}
                placeholder="Choose a report"
                options={options}
                onChange={(e) => pick('b', e.target.value)}
              />
            </div>
          </div>
          {problem ? (
            <p className="mb-4 rounded-md bg-warning-soft px-3 py-2 text-[13px] text-warning-soft-fg" role="note">
              {PROBLEMS[problem]}
            </p>
          ) : null}
          {!earlier || !later ? (
            <EmptyState
              variant="empty"
              title="Pick two reports"
              description="Choose the earlier and the later period above."
            />
          ) : failed ? (
            <ErrorState error={failed} title="Could not open a report" />
          ) : loading(a) || loading(b) || !comparison ? (
            <LoadingRegion label="Loading both reports">
              <Skeleton className="mb-4 h-24 w-full" />
              <Skeleton className="h-72 w-full" />
            </LoadingRegion>
          ) : (
            <div className="flex flex-col gap-4">
              <Card aria-labelledby={`${id}-total`}>
                <CardHeader id={`${id}-total`} title="Total quantity" />
                <CardContent>
                  <p className="text-2xl font-semibold text-fg tabular-nums">
                    {formatQuantity(comparison.total.previous)} → {formatQuantity(comparison.total.current)}
                  </p>
                  <p className="text-fg-muted">
                    {comparison.total.change >= 0 ? '+' : ''}
                    {formatQuantity(comparison.total.change)}
                    {comparison.total.changePercent === null
                      ? ''
                      : ` (${comparison.total.changePercent > 0 ? '+' : ''}${comparison.total.changePercent}%)`}{' '}
                    from {short(earlier)} to {short(later)}
                  </p>
                </CardContent>
              </Card>
              <Card aria-labelledby={`${id}-services`}>
                <CardHeader id={`${id}-services`} title="Growth by service" />
                <CardContent>
                  <Suspense fallback={<Skeleton className="h-72 w-full" />}>
                    <GrowthChart rows={comparison.byService} earlierLabel={short(earlier)} laterLabel={short(later)} />
                  </Suspense>
                  <GrowthTable rows={comparison.byService} heading="Service" caption="Growth by service" />
                </CardContent>
              </Card>
              {comparison.byCustomer.length > 0 ? (
                <Card aria-labelledby={`${id}-customers`}>
                  <CardHeader id={`${id}-customers`} title="Growth by customer" />
                  <CardContent>
                    <GrowthTable
                      rows={comparison.byCustomer.slice(0, CUSTOMER_ROWS)}
                      heading="Customer"
                      caption="Growth by customer"
                    />
                    {comparison.byCustomer.length > CUSTOMER_ROWS ? (
                      <p className="mt-2 text-[13px] text-fg-muted">
                        The {CUSTOMER_ROWS} largest changes of {comparison.byCustomer.length} customers.
                      </p>
                    ) : null}
                  </CardContent>
                </Card>
              ) : null}
            </div>
          )}
        </>
      )}
    </div>
  );
}
