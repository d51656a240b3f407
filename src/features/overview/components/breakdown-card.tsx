import { lazy, Suspense, useId, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { COUNT_CAP, type Tally } from '../api/overview-counts';
import type { BreakdownKind } from './breakdown';

/**
 * The list and chart are not needed for the page's first frame (the figures are still on
 * their way), so they load in parallel with the data: this chunk and recharts together.
 */
const BreakdownVisual = lazy(() => {
  void import('./breakdown-chart');
  return import('./breakdown-visual').then((m) => ({ default: m.BreakdownVisual }));
});

export interface BreakdownCardProps {
  title: string;
  description?: string;
  query: UseQueryResult<Tally | null>;
  kind: BreakdownKind;
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

/** One breakdown (by status, package, state): loading, error, nothing yet, or the figures. */
export function BreakdownCard({ title, description, query, kind, chart, noun, empty }: BreakdownCardProps) {
  const headingId = useId();
  const skeleton = <BreakdownSkeleton label={`Loading ${title.toLowerCase()}`} chart={chart} />;
  let body: ReactNode;
  if (query.isPending) {
    body = skeleton;
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
    body = (
      <>
        <Suspense fallback={skeleton}>
          <BreakdownVisual tally={query.data} kind={kind} chart={chart} label={title} noun={noun} />
        </Suspense>
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
