import type { ReactNode } from 'react';
import clsx from 'clsx';

/** A placeholder block. Compose them to match the layout that will replace them, so nothing jumps. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx('animate-pulse rounded-md bg-surface-hover', className)} />;
}

/** Announces loading once for a region of skeletons (they are hidden from assistive tech). */
export function LoadingRegion({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

/** Rows of a table while its first page loads; same column count and row height as the real rows. */
export function TableSkeleton({ columns, rows = 5 }: { columns: number; rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r} className="border-b border-line last:border-0">
          {Array.from({ length: columns }, (_, c) => (
            <td key={c} className="h-11 px-4">
              <Skeleton className={clsx('h-3.5', c === 0 ? 'w-3/4' : 'w-1/2')} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
