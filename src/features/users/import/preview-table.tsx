import { useRef } from 'react';
import clsx from 'clsx';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IMPORT_COLUMNS, type ImportColumn } from '../lib/import-columns';
import type { ImportError, ImportRow } from '../lib/import-validator';

const ROW_ESTIMATE = 40;

/** Room where the long values and messages are (e-mail), little for short codes. */
const WIDTH: Record<ImportColumn, string> = {
  firstName: 'w-[10%]',
  lastName: 'w-[10%]',
  email: 'w-[24%]',
  package: 'w-[13%]',
  location: 'w-[10%]',
  phoneNumber: 'w-[14%]',
  extension: 'w-[10%]',
};

/** The file's rows with the import's columns; every problem shown on its cell (virtualised). */
export function PreviewTable({
  rows,
  positions,
  errorsByRow,
}: {
  rows: readonly ImportRow[];
  /** Where each import column is in the file (-1: absent). */
  positions: Readonly<Record<ImportColumn, number>>;
  errorsByRow: ReadonlyMap<number, readonly ImportError[]>;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer's methods change identity on every scroll, so the compiler leaves this component unmemoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const span = IMPORT_COLUMNS.length + 2;
  return (
    <div
      ref={scrollRef}
      // Keyboard users scroll the rows; an empty preview has nothing to scroll.
      tabIndex={rows.length > 0 ? 0 : -1}
      role="region"
      aria-label="Rows of the file (scroll with the arrow keys)"
      className="h-[min(32rem,calc(100vh-16rem))] min-h-64 overflow-auto rounded-md border border-line focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <table className="w-full min-w-[56rem] table-fixed text-[13px]" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">Rows of the file with their problems</caption>
        <thead className="sticky top-0 z-10 bg-surface-muted text-left text-xs text-fg-muted">
          <tr aria-rowindex={1}>
            <th scope="col" className="w-14 px-3 py-2 font-medium">
              Row
            </th>
            {IMPORT_COLUMNS.map((column) => (
              <th key={column} scope="col" className={clsx(WIDTH[column], 'px-2 py-2 font-mono font-medium')}>
                {column}
              </th>
            ))}
            <th scope="col" className="w-24 px-2 py-2 font-medium">
              Result
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index] as ImportRow;
            const errors = errorsByRow.get(row.row) ?? [];
            return (
              <tr
                key={row.row}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={clsx('border-t border-line align-top', errors.length > 0 && 'bg-danger-soft/40')}
              >
                <th scope="row" className="px-3 py-2 text-left font-normal text-fg-muted tabular-nums">
                  {row.row}
                </th>
                {IMPORT_COLUMNS.map((column) => {
                  const position = positions[column];
                  const value = position >= 0 ? (row.cells[position] ?? '') : '';
                  const problems = errors.filter((e) => e.column === column);
                  return (
                    <td key={column} className="px-2 py-2 break-words">
                      <span
                        className={clsx(
                          '[overflow-wrap:anywhere]',
                          problems.length > 0 ? 'font-medium text-danger' : 'text-fg',
                        )}
                      >
                        {value || <span className="text-fg-subtle">—</span>}
                      </span>
                      {problems.map((p, i) => (
                        <span key={i} className="mt-0.5 block text-xs leading-snug text-danger">
                          {p.message}
                        </span>
                      ))}
                    </td>
                  );
                })}
                <td className="px-2 py-2">
                  {errors.length > 0 ? (
                    <span className="font-medium text-danger">
                      {errors.length} problem{errors.length === 1 ? '' : 's'}
                    </span>
                  ) : (
                    <span className="text-success-soft-fg">Ready</span>
                  )}
                </td>
              </tr>
            );
          })}
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
