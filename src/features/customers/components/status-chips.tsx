import clsx from 'clsx';
import { KNOWN_CUSTOMER_STATUSES } from '@contract/packages';
import type { CountsByKey } from '@/shared/api/stats';
import { statusStyle } from '@/shared/lib/statuses';
import { Skeleton } from '@/shared/ui/skeleton';

export interface StatusChipsProps {
  selected: readonly string[];
  onChange: (statuses: string[]) => void;
  /** Customers per status (Partner Hub stats); null when the backend cannot count (real API). */
  counts: CountsByKey | null;
  loading: boolean;
}

const chipClasses = (pressed: boolean) =>
  clsx(
    'inline-flex h-7 items-center gap-1.5 rounded-full border px-3 text-[13px] font-medium transition-colors',
    pressed
      ? 'border-transparent bg-brand text-brand-fg'
      : 'border-line-strong bg-surface text-fg hover:bg-surface-hover',
  );

/**
 * Status filter as toggle chips (several may be on: the API takes a list). Counts are for
 * all of the org's customers, whatever else is filtered; a status with no customers is
 * hidden unless selected. Without counts (real API) every known status is offered.
 */
export function StatusChips({ selected, onChange, counts, loading }: StatusChipsProps) {
  if (loading) {
    return (
      <div className="flex flex-wrap gap-2" aria-hidden="true">
        {['w-28', 'w-24', 'w-32', 'w-20'].map((width) => (
          <Skeleton key={width} className={clsx('h-7 rounded-full', width)} />
        ))}
      </div>
    );
  }
  const unknown = counts
    ? Object.keys(counts).filter((s) => !(KNOWN_CUSTOMER_STATUSES as readonly string[]).includes(s))
    : [];
  const statuses = [...KNOWN_CUSTOMER_STATUSES, ...unknown].filter(
    (s) => !counts || (counts[s] ?? 0) > 0 || selected.includes(s),
  );
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  const toggle = (status: string) =>
    onChange(selected.includes(status) ? selected.filter((s) => s !== status) : [...selected, status]);

  return (
    <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-2">
      <button
        type="button"
        aria-pressed={selected.length === 0}
        className={chipClasses(selected.length === 0)}
        onClick={() => onChange([])}
      >
        All statuses
        {total !== null ? <Count value={total} /> : null}
      </button>
      {statuses.map((status) => {
        const pressed = selected.includes(status);
        return (
          <button
            key={status}
            type="button"
            aria-pressed={pressed}
            className={chipClasses(pressed)}
            onClick={() => toggle(status)}
          >
            {statusStyle('customer', status).label}
            {counts ? <Count value={counts[status] ?? 0} /> : null}
          </button>
        );
      })}
    </div>
  );
}

function Count({ value }: { value: number }) {
  return <span className="font-normal tabular-nums opacity-80">{value.toLocaleString()}</span>;
}
