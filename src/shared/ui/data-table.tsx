import type { ReactNode } from 'react';
import { createColumnHelper, tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import clsx from 'clsx';
import { TableSkeleton } from './skeleton';

/**
 * TanStack Table v9 (`useTable` + `tableFeatures`). No client-side features are
 * registered: the server sorts, filters and pages (the URL holds that state), Table only
 * turns column definitions and one page of rows into markup.
 */
export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumn<T extends RowData> = ColumnDef<DataTableFeatures, T>;

/**
 * Column definitions for a DataTable of `T`:
 * `const col = dataTableColumns<Customer>(); const columns = col.columns([col.accessor('externalId', { header: 'Customer' })])`
 * — define them at module scope (stable identity).
 */
export function dataTableColumns<T extends RowData>() {
  return createColumnHelper<DataTableFeatures, T>();
}

export interface DataTableProps<T extends RowData> {
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  columns: ReadonlyArray<DataTableColumn<T>>;
  /** The current page; keep the reference stable (module-level empty array while loading). */
  data: readonly T[];
  getRowId: (row: T) => string;
  /** First load: layout-matched skeleton rows instead of data. */
  loading?: boolean;
  /** A later page is loading: the current rows stay, dimmed. */
  refreshing?: boolean;
  /** What to show when `data` is empty and not loading: an EmptyState ("nothing yet" or "no match"). */
  empty: ReactNode;
  /** Skeleton row count while loading (match the page size, up to a screenful). */
  skeletonRows?: number;
}

export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  getRowId,
  loading = false,
  refreshing = false,
  empty,
  skeletonRows = 8,
}: DataTableProps<T>) {
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: (row) => getRowId(row) });
  const headerGroups = table.getHeaderGroups();
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div className="overflow-x-auto">
      <table
        className={clsx('w-full border-collapse text-left', refreshing && 'opacity-60 transition-opacity')}
        aria-busy={loading || refreshing || undefined}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          {headerGroups.map((group) => (
            <tr key={group.id} className="border-b border-line">
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  colSpan={header.colSpan}
                  className="h-10 px-4 text-xs font-semibold tracking-wide whitespace-nowrap text-fg-muted uppercase"
                >
                  {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {loading ? (
            <TableSkeleton columns={columnCount} rows={skeletonRows} />
          ) : rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-b border-line last:border-0 hover:bg-surface-muted">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="h-11 px-4 align-middle">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
