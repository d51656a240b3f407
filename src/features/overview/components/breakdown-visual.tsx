import { lazy, Suspense } from 'react';
import { Skeleton } from '@/shared/ui/skeleton';
import type { Tally } from '../api/overview-counts';
import { breakdownRows, type BreakdownKind, type BreakdownRow } from './breakdown';

// recharts is its own chunk; breakdown-card starts loading it together with this one.
const BarBreakdownChart = lazy(() => import('./breakdown-chart').then((m) => ({ default: m.BarBreakdownChart })));
const DonutBreakdownChart = lazy(() => import('./breakdown-chart').then((m) => ({ default: m.DonutBreakdownChart })));

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

export interface BreakdownVisualProps {
  tally: Tally;
  kind: BreakdownKind;
  chart: 'bar' | 'donut';
  /** Names the figures list (the card's title). */
  label: string;
  noun: string;
}

/** The figures as a list (what assistive tech reads) and the same figures as a chart (hidden from it). */
export function BreakdownVisual({ tally, kind, chart, label, noun }: BreakdownVisualProps) {
  const rows = breakdownRows(kind, tally);
  if (chart === 'bar') {
    return (
      <div className="flex flex-col gap-4">
        <div aria-hidden="true">
          <Suspense fallback={<Skeleton className="h-28 w-full" />}>
            <BarBreakdownChart rows={rows} />
          </Suspense>
        </div>
        <Legend rows={rows} total={tally.total} label={label} columns={2} />
      </div>
    );
  }
  return (
    <div className="grid grid-cols-[176px_minmax(0,1fr)] items-center gap-6">
      <div aria-hidden="true" className="relative">
        <Suspense fallback={<Skeleton className="mx-auto size-40 rounded-full" />}>
          <DonutBreakdownChart rows={rows} />
        </Suspense>
        <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
          <span className="text-2xl font-semibold text-fg tabular-nums">{tally.total.toLocaleString()}</span>
          <span className="text-xs text-fg-muted">{noun}</span>
        </div>
      </div>
      <Legend rows={rows} total={tally.total} label={label} columns={1} />
    </div>
  );
}
