import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { COUNT_CAP, type Tally } from '../api/overview-counts';
import type { BreakdownRow } from './breakdown';

const BarBreakdownChart = lazy(() => import('./breakdown-chart').then((m) => ({ default: m.BarBreakdownChart })));
const DonutBreakdownChart = lazy(() => import('./breakdown-chart').then((m) => ({ default: m.DonutBreakdownChart })));

export interface BreakdownCardProps {
  title: string;
  description?: string;
  query: UseQueryResult<Tally | null>;
  toRows: (tally: Tally) => BreakdownRow[];
  chart: 'bar' | 'donut';
  /** Plural noun for the figures: "customers". */
  noun: string;
  empty: { title: string; description?: ReactNode; action?: ReactNode };
}

function BreakdownSkeleton({ label, chart }: { label: string; chart: 'bar' | 'donut' }) {
  return (
    <LoadingRegion
      label={label}
      className={chart === 'bar' ? 'flex flex-col gap-4' : 'grid grid-cols-[176px_minmax(0,1fr)] items-center gap-6'}
    >
      {chart === 'bar' ? <Skeleton className="h-28 w-full" /> : <Skeleton className="mx-auto size-40 rounded-full" />}
      <div className={chart === 'bar' ? 'grid grid-cols-2 gap-x-8 gap-y-3' : 'flex flex-col gap-3'}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-4 w-full" />
        ))}
      </div>
    </LoadingRegion>
  );
}

function Legend({
  rows,
  total,
  label,
  columns,
}: {
  rows: readonly BreakdownRow[];
  total: number;
  label: string;
  columns: 1 | 2;
}) {
  return (
    <ul aria-label={label} className={columns === 2 ? 'grid grid-cols-2 gap-x-8 gap-y-2' : 'flex flex-col gap-2'}>
      {rows.map((row) => (
        <li key={row.key} className="flex items-center gap-2.5">
          <span aria-hidden="true" className="size-2.5 shrink-0 rounded-full" style={{ background: row.color }} />
          <span className="min-w-0 flex-1 truncate text-fg-muted" title={row.label}>
            {row.label}
          </span>
          <span className="font-semibold text-fg tabular-nums">{row.value.toLocaleString()}</span>
          <span className="w-9 text-right text-xs text-fg-subtle tabular-nums">
            {total ? Math.round((row.value / total) * 100) : 0}%
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One breakdown (by status, package, state): the figures as a list, the chart beside them. */
export function BreakdownCard({ title, description, query, toRows, chart, noun, empty }: BreakdownCardProps) {
  const headingId = useId();
  let body: ReactNode;
  if (query.isPending) {
    body = <BreakdownSkeleton label={`Loading ${title.toLowerCase()}`} chart={chart} />;
  } else if (query.isError) {
    body = (
      <ErrorState
        compact
        error={query.error}
        title={`Could not load ${title.toLowerCase()}`}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (query.data === null) {
    body = <p className="py-6 text-fg-muted">This backend does not report these figures.</p>;
  } else if (query.data.total === 0) {
    body = <EmptyState variant="empty" title={empty.title} description={empty.description} action={empty.action} />;
  } else {
    const rows = toRows(query.data);
    const total = query.data.total;
    body = (
      <>
        {chart === 'bar' ? (
          <div className="flex flex-col gap-4">
            {/* The list below carries the same figures for assistive tech. */}
            <div aria-hidden="true">
              <Suspense fallback={<Skeleton className="h-28 w-full" />}>
                <BarBreakdownChart rows={rows} />
              </Suspense>
            </div>
            <Legend rows={rows} total={total} label={title} columns={2} />
          </div>
        ) : (
          <div className="grid grid-cols-[176px_minmax(0,1fr)] items-center gap-6">
            <div aria-hidden="true" className="relative">
              <Suspense fallback={<Skeleton className="mx-auto size-40 rounded-full" />}>
                <DonutBreakdownChart rows={rows} />
              </Suspense>
              <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
                <span className="text-2xl font-semibold text-fg tabular-nums">{total.toLocaleString()}</span>
                <span className="text-xs text-fg-muted">{noun}</span>
              </div>
            </div>
            <Legend rows={rows} total={total} label={title} columns={1} />
          </div>
        )}
        {query.data.capped ? (
          <p className="mt-3 text-xs text-fg-muted">
            Counted the first {COUNT_CAP.toLocaleString()} {noun}; there are more. The Webex API has no totals.
          </p>
        ) : null}
      </>
    );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title={title} description={description} />
      <CardContent>{body}</CardContent>
    </Card>
  );
}
