/**
 * The viewer's URL state turned into engine queries: `sort` is `COLUMN` or `-COLUMN`
 * (descending); a header click cycles ascending → descending → file order.
 */
import type { SortSpec } from '../lib/report-model';

export function parseSort(value: string | undefined, columns: readonly string[]): SortSpec | null {
  if (!value) return null;
  const descending = value.startsWith('-');
  const column = descending ? value.slice(1) : value;
  return columns.includes(column) ? { column, direction: descending ? 'desc' : 'asc' } : null;
}

export function nextSort(current: SortSpec | null, column: string): string | undefined {
  if (current?.column !== column) return column;
  return current.direction === 'asc' ? `-${column}` : undefined;
}
