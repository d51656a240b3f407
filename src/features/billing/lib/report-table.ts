/**
 * A billing report held column by column. Every column is dictionary-encoded: each
 * distinct value once, plus a Uint32Array of codes per row. Reports repeat the same
 * partner, SKU, dates and quantities on most rows, so filtering, searching and sorting
 * work on the few distinct values instead of on every cell. Dictionary values stay UTF-8
 * bytes until a screen asks for one (`value(code)` decodes and caches it), so a
 * 200,000-row report does not become a million strings. QUANTITY is also kept as a
 * Float64Array for charts and sorting; its exact text (Webex prints at most 4 decimals)
 * is what money arithmetic reads.
 *
 * The worker encodes (report-encoder.ts) and posts batches whose buffers are transferred,
 * not copied; the main thread appends them with `createReportTableBuilder`.
 */
import { DecodedDictionary, type DictionaryDelta } from './byte-dictionary';

export interface DictColumn {
  readonly name: string;
  /** Number of distinct values; codes run from 0 to size - 1 in order of first appearance. */
  readonly size: number;
  /** The text of one distinct value. */
  value(code: number): string;
  readonly codes: Uint32Array;
}

export interface ReportTable {
  /** Header names in file order. */
  readonly columns: readonly string[];
  /** One entry per column, same order as `columns`. */
  readonly data: readonly DictColumn[];
  readonly rowCount: number;
  /** QUANTITY per row as a number; NaN when the cell is empty or not a number, or there is no QUANTITY column. */
  readonly quantity: Float64Array;
  /** Rows whose field count differed from the header's (padded with empty cells or cut). */
  readonly irregularRows: number;
}

/** What the worker posts for each group of rows. */
export interface ReportBatch {
  readonly startRow: number;
  readonly rowCount: number;
  /** Per column, the values first seen in this batch (appended to the dictionary in order). */
  readonly dictionaries: readonly DictionaryDelta[];
  /** Column-major codes: column c occupies [c * rowCount, (c + 1) * rowCount). */
  readonly codes: Uint32Array;
  readonly quantity: Float64Array;
  readonly irregularRows: number;
}

export const QUANTITY_COLUMN = 'QUANTITY';

export function columnIndex(table: ReportTable, name: string): number {
  return table.columns.indexOf(name);
}

/** The text of one cell; '' for a column the report does not have. */
export function cellText(table: ReportTable, column: number, row: number): string {
  const col = table.data[column];
  return col ? col.value(col.codes[row] ?? 0) : '';
}

/** Reads one named column by row: a closure so loops do not look the column up per cell. */
export function columnReader(table: ReportTable, name: string): (row: number) => string {
  const col = table.data[columnIndex(table, name)];
  if (!col) return () => '';
  const { codes } = col;
  return (row) => col.value(codes[row] ?? 0);
}

/** An empty-text-safe number: '' is NaN, not 0. */
export function parseQuantity(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

/** Main-thread side: appends batches into growing column storage and hands out snapshots. */
export interface ReportTableBuilder {
  append(batch: ReportBatch): void;
  /** The rows so far; the arrays are views, cheap to take after every batch. */
  table(): ReportTable;
}

export function createReportTableBuilder(columns: readonly string[]): ReportTableBuilder {
  const dictionaries = columns.map(() => new DecodedDictionary());
  let codes = columns.map(() => new Uint32Array(1024));
  let quantity = new Float64Array(1024);
  let rowCount = 0;
  let irregularRows = 0;

  function ensureCapacity(rows: number): void {
    if (rows <= quantity.length) return;
    let capacity = quantity.length;
    while (capacity < rows) capacity *= 2;
    codes = codes.map((old) => {
      const grown = new Uint32Array(capacity);
      grown.set(old.subarray(0, rowCount));
      return grown;
    });
    const grownQuantity = new Float64Array(capacity);
    grownQuantity.set(quantity.subarray(0, rowCount));
    quantity = grownQuantity;
  }

  return {
    append(batch) {
      if (batch.startRow !== rowCount) {
        throw new Error(`Report batch out of order: expected row ${rowCount}, got ${batch.startRow}`);
      }
      ensureCapacity(rowCount + batch.rowCount);
      const n = batch.rowCount;
      for (let c = 0; c < columns.length; c++) {
        const delta = batch.dictionaries[c];
        if (delta) (dictionaries[c] as DecodedDictionary).append(delta);
        (codes[c] as Uint32Array).set(batch.codes.subarray(c * n, (c + 1) * n), rowCount);
      }
      quantity.set(batch.quantity, rowCount);
      rowCount += n;
      irregularRows += batch.irregularRows;
    },
    table() {
      return {
        columns,
        data: columns.map((name, c) => {
          const dictionary = dictionaries[c] as DecodedDictionary;
          return {
            name,
            size: dictionary.size,
            value: (code: number) => dictionary.value(code),
            codes: (codes[c] as Uint32Array).subarray(0, rowCount),
          };
        }),
        rowCount,
        quantity: quantity.subarray(0, rowCount),
        irregularRows,
      };
    },
  };
}

/**
 * Webex prints QUANTITY with at most 4 decimals, so totals are summed in ten-thousandths
 * as integers (exact up to 2^53) and divided once: 0.1 + 0.2 totals 0.3, not
 * 0.30000000000000004.
 */
export const QUANTITY_SCALE = 10_000;

export function quantityUnits(quantity: number): number {
  return Number.isNaN(quantity) ? 0 : Math.round(quantity * QUANTITY_SCALE);
}

export function unitsToQuantity(units: number): number {
  return units / QUANTITY_SCALE;
}
