import { useMemo, useRef } from 'react';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import clsx from 'clsx';
import { reportColumnLabel } from '../lib/report-columns';
import type { SortSpec } from '../lib/report-model';
import { QUANTITY_COLUMN, columnIndex, type ReportTable } from '../lib/report-table';

/**
 * The report rows, virtualised: only the rows in view (plus a few) are in the DOM, read
 * from the columnar table on demand, so 200,000 rows scroll like 50. TanStack Table turns
 * the chosen columns into headers and cells; the engine (report-model) sorts and filters.
 */
const features = tableFeatures({});
interface GridRow {
  /** Index into the ReportTable. */
  row: number;
  /** Position in the current view, 1-based (aria-rowindex). */
  position: number;
}
const helper = createColumnHelper<typeof features, GridRow>();
const ROW_HEIGHT = 36;

export interface ReportGridProps {
  table: ReportTable;
  rows: Uint32Array;
  columns: readonly string[];
  sort: SortSpec | null;
  onSort: (column: string) => void;
  caption: string;
}

function SortIcon({ direction }: { direction: 'asc' | 'desc' | null }) {
  if (direction === 'asc') return <ArrowUp aria-hidden className="size-3.5" />;
  if (direction === 'desc') return <ArrowDown aria-hidden className="size-3.5" />;
  return <ArrowUpDown aria-hidden className="size-3.5 opacity-40" />;
}

export function ReportGrid({ table, rows, columns, sort, onSort, caption }: ReportGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const windowRows = useMemo(
    () => items.map((item) => ({ row: rows[item.index] as number, position: item.index + 1 })),
    [items, rows],
  );

  const columnDefs = useMemo<ColumnDef<typeof features, GridRow>[]>(
    () =>
      columns.map((name) => {
        const index = columnIndex(table, name);
        const col = table.data[index];
        return helper.display({
          id: name,
          header: reportColumnLabel(name),
          cell: ({ row }) => {
            const text = col ? col.value(col.codes[row.original.row] as number) : '';
            // Long IDs are cut to fit: the full value shows on hover.
            return text.length > 24 ? <span title={text}>{text}</span> : text;
          },
        });
      }),
    [columns, table],
  );
  const grid = useTable({ features, columns: columnDefs, data: windowRows, getRowId: (r) => String(r.row) });
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = columns.length;

  return (
    <div
      ref={scrollRef}
      // A scrolling region must take focus so the keyboard can scroll it (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={`${caption} (scroll with the arrow keys)`}
      // As tall as the rows need, up to most of the screen: four rows do not sit in an empty box.
      style={{ height: (rows.length + 1) * ROW_HEIGHT + 2 }}
      className="max-h-[max(18rem,calc(100vh-18rem))] overflow-auto rounded-md border border-line bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <table className="w-full border-collapse text-sm" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-surface-muted shadow-[inset_0_-1px_0_var(--color-line)]">
          {grid.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const name = header.column.id;
                const direction = sort?.column === name ? sort.direction : null;
                const numeric = name === QUANTITY_COLUMN;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
                    className={clsx('h-9 px-2 font-medium whitespace-nowrap', numeric ? 'text-right' : 'text-left')}
                  >
                    <button
                      type="button"
                      onClick={() => onSort(name)}
                      className={clsx(
                        'inline-flex items-center gap-1 rounded px-1 py-0.5 text-xs font-semibold tracking-wide text-fg-muted uppercase hover:text-fg focus-visible:outline-2 focus-visible:outline-focus',
                        direction && 'text-fg',
                      )}
                    >
                      <grid.FlexRender header={header} />
                      <SortIcon direction={direction} />
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: before }} />
            </tr>
          ) : null}
          {grid.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              aria-rowindex={row.original.position + 1}
              className="h-9 border-b border-line last:border-0 hover:bg-surface-muted"
            >
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={clsx(
                    'max-w-56 truncate px-3 whitespace-nowrap',
                    cell.column.id === QUANTITY_COLUMN ? 'text-right font-medium tabular-nums' : 'text-fg',
                    cell.column.id.endsWith('_ID') && 'font-mono text-xs text-fg-muted',
                  )}
                >
                  <grid.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {after > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
