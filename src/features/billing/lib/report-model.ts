/**
 * The report viewer's query engine: filter, search and sort over a ReportTable, answering
 * row indexes (a Uint32Array) so a virtualised grid reads cells on demand and nothing is
 * copied per row. Every predicate is decided once per distinct value (a mask over the
 * column's dictionary) and then applied per row with one array read, which keeps a
 * 200,000-row report interactive.
 */
import { QUANTITY_COLUMN, columnIndex, parseQuantity, type DictColumn, type ReportTable } from './report-table';

export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  column: string;
  direction: SortDirection;
}

export interface ReportViewQuery {
  /** Column → the values to keep; an absent or empty list does not filter. */
  filters?: Readonly<Record<string, readonly string[]>>;
  /** Case-insensitive substring, matched against `searchColumns` (default: every column). */
  search?: string;
  searchColumns?: readonly string[];
  /** Applied in order: the second spec breaks ties of the first, and so on. */
  sort?: readonly SortSpec[];
}

export function allRows(table: ReportTable): Uint32Array {
  const rows = new Uint32Array(table.rowCount);
  for (let r = 0; r < rows.length; r++) rows[r] = r;
  return rows;
}

function columnOf(table: ReportTable, name: string): DictColumn | undefined {
  return table.data[columnIndex(table, name)];
}

function keepRows(rows: Uint32Array, keep: (row: number) => boolean): Uint32Array {
  const out = new Uint32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    if (keep(row)) out[n++] = row;
  }
  return out.slice(0, n);
}

/** Rows whose value is one of the listed ones, for every filtered column. A column the report lacks matches nothing. */
export function filterRows(
  table: ReportTable,
  filters: Readonly<Record<string, readonly string[]>>,
  rows: Uint32Array = allRows(table),
): Uint32Array {
  const active = Object.entries(filters).filter(([, values]) => values.length > 0);
  if (active.length === 0) return rows;
  const checks: { codes: Uint32Array; accept: Uint8Array }[] = [];
  for (const [name, values] of active) {
    const col = columnOf(table, name);
    if (!col) return new Uint32Array(0);
    const wanted = new Set(values);
    const accept = new Uint8Array(col.size);
    for (let code = 0; code < col.size; code++) accept[code] = wanted.has(col.value(code)) ? 1 : 0;
    checks.push({ codes: col.codes, accept });
  }
  return keepRows(rows, (row) => checks.every(({ codes, accept }) => accept[codes[row] as number] === 1));
}

/** Rows where any searched column contains `text`, ignoring case and surrounding spaces. */
export function searchRows(
  table: ReportTable,
  text: string,
  columns: readonly string[] = table.columns,
  rows: Uint32Array = allRows(table),
): Uint32Array {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return rows;
  const checks: { codes: Uint32Array; hit: Uint8Array }[] = [];
  for (const name of columns) {
    const col = columnOf(table, name);
    if (!col) continue;
    const hit = new Uint8Array(col.size);
    let any = false;
    for (let code = 0; code < col.size; code++) {
      if (col.value(code).toLocaleLowerCase().includes(needle)) {
        hit[code] = 1;
        any = true;
      }
    }
    if (any) checks.push({ codes: col.codes, hit });
  }
  if (checks.length === 0) return new Uint32Array(0);
  return keepRows(rows, (row) => checks.some(({ codes, hit }) => hit[codes[row] as number] === 1));
}

/**
 * Sort rank of each distinct value. QUANTITY sorts as a number (empty last); other columns
 * by text. Small dictionaries (customer names, SKUs) use a natural, case-insensitive
 * collation ("Customer 2" before "Customer 10"); large ones (IDs) compare code units,
 * which is exact for their ASCII alphabet and avoids seconds of collation on 200,000 IDs.
 */
function ranks(col: DictColumn): Uint32Array {
  const codes = Array.from({ length: col.size }, (_, i) => i);
  if (col.name === QUANTITY_COLUMN) {
    const numbers = codes.map((c) => parseQuantity(col.value(c)));
    codes.sort((a, b) => {
      const x = numbers[a] as number;
      const y = numbers[b] as number;
      if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
      return x - y;
    });
  } else {
    const texts = codes.map((c) => col.value(c));
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const compare =
      col.size <= 20_000
        ? (a: number, b: number) => collator.compare(texts[a] as string, texts[b] as string)
        : (a: number, b: number) => ((texts[a] as string) < (texts[b] as string) ? -1 : texts[a] === texts[b] ? 0 : 1);
    codes.sort(compare);
  }
  const rank = new Uint32Array(col.size);
  codes.forEach((code, position) => (rank[code] = position));
  return rank;
}

/** A new, sorted copy of `rows`; equal rows keep file order, so the result is deterministic. */
export function sortRows(table: ReportTable, rows: Uint32Array, sort: readonly SortSpec[]): Uint32Array {
  const keys = sort.flatMap((spec) => {
    const col = columnOf(table, spec.column);
    return col ? [{ codes: col.codes, rank: ranks(col), sign: spec.direction === 'asc' ? 1 : -1 }] : [];
  });
  if (keys.length === 0) return rows;
  const order = Array.from(rows);
  order.sort((a, b) => {
    for (const { codes, rank, sign } of keys) {
      const diff = (rank[codes[a] as number] as number) - (rank[codes[b] as number] as number);
      if (diff !== 0) return diff * sign;
    }
    return a - b;
  });
  return Uint32Array.from(order);
}

/** Filter, then search, then sort: the rows a grid shows for `query`. */
export function queryReport(table: ReportTable, query: ReportViewQuery): Uint32Array {
  let rows = filterRows(table, query.filters ?? {});
  if (query.search) rows = searchRows(table, query.search, query.searchColumns ?? table.columns, rows);
  return query.sort && query.sort.length > 0 ? sortRows(table, rows, query.sort) : rows;
}

export interface ValueCount {
  value: string;
  count: number;
}

/** The values of a column among `rows`, with how many rows hold each, for filter menus; most frequent first. */
export function distinctValues(table: ReportTable, column: string, rows: Uint32Array = allRows(table)): ValueCount[] {
  const col = columnOf(table, column);
  if (!col) return [];
  const counts = new Uint32Array(col.size);
  for (let i = 0; i < rows.length; i++) {
    const code = col.codes[rows[i] as number] as number;
    counts[code] = (counts[code] as number) + 1;
  }
  const out: ValueCount[] = [];
  for (let code = 0; code < col.size; code++) {
    const count = counts[code] as number;
    if (count > 0) out.push({ value: col.value(code), count });
  }
  return out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
