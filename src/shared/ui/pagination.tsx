import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from './button';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface PaginationProps {
  offset: number;
  max: number;
  /** Rows on the current page. */
  count: number;
  /** Whether the server sent a `Link: rel="next"`: the API has no totals, so there are no page numbers. */
  hasNext: boolean;
  onChange: (page: { offset: number; max: number }) => void;
  pageSizes?: readonly number[];
  /** Disables the controls while a page loads. */
  busy?: boolean;
  /** Names the rows: "customers". */
  noun?: string;
}

export function Pagination({
  offset,
  max,
  count,
  hasNext,
  onChange,
  pageSizes = PAGE_SIZES,
  busy = false,
  noun = 'rows',
}: PaginationProps) {
  const first = count === 0 ? 0 : offset + 1;
  const last = offset + count;
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-4 py-2.5"
    >
      <p className="text-[13px] text-fg-muted" aria-live="polite">
        {count === 0 ? `No ${noun}` : `Showing ${first.toLocaleString()}–${last.toLocaleString()} ${noun}`}
      </p>
      <div className="flex items-center gap-3">
        <label className="flex items-center gap-2 text-[13px] text-fg-muted">
          Rows per page
          <select
            className="h-7 rounded-md border border-line-strong bg-surface px-1.5 text-[13px] text-fg"
            value={max}
            disabled={busy}
            onChange={(event) => onChange({ offset: 0, max: Number(event.target.value) })}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-1">
          <Button
            size="sm"
            icon={<ChevronLeft />}
            disabled={busy || offset === 0}
            onClick={() => onChange({ offset: Math.max(0, offset - max), max })}
          >
            Previous
          </Button>
          <Button size="sm" disabled={busy || !hasNext} onClick={() => onChange({ offset: offset + max, max })}>
            Next
            <ChevronRight aria-hidden="true" />
          </Button>
        </div>
      </div>
    </nav>
  );
}
