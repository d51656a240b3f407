import { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import { Card } from '@/shared/ui/card';
import { Skeleton } from '@/shared/ui/skeleton';

export interface StatCardProps {
  label: string;
  /** `undefined` while loading; `null` when it cannot be shown (error, not reported). */
  value: number | null | undefined;
  detail?: ReactNode;
  icon: ReactNode;
  tone?: 'default' | 'attention';
  /** The figure is a lower bound (lists paged up to a cap). */
  atLeast?: boolean;
}

export function StatCard({ label, value, detail, icon, tone = 'default', atLeast = false }: StatCardProps) {
  const id = useId();
  return (
    <Card aria-labelledby={id} className="flex items-start justify-between gap-3 p-5">
      <div className="min-w-0">
        <h2 id={id} className="text-[13px] font-medium text-fg-muted">
          {label}
        </h2>
        {value === undefined ? (
          <Skeleton className="mt-2 h-8 w-16" />
        ) : (
          <p className="mt-1 text-3xl font-semibold tracking-tight text-fg tabular-nums">
            {value === null ? '—' : `${value.toLocaleString()}${atLeast ? '+' : ''}`}
          </p>
        )}
        {detail ? <p className="mt-1 text-[13px] text-fg-muted">{detail}</p> : null}
      </div>
      <span
        aria-hidden="true"
        className={clsx(
          'flex size-9 shrink-0 items-center justify-center rounded-lg [&_svg]:size-[18px]',
          tone === 'attention' ? 'bg-warning-soft text-warning-soft-fg' : 'bg-brand-soft text-brand-soft-fg',
        )}
      >
        {icon}
      </span>
    </Card>
  );
}
