/**
 * Worker side of the report table: reads the CSV as UTF-8 bytes, as they arrive, straight
 * into dictionary codes. The grammar is the shared CSV parser's (RFC 4180 plus LF or lone
 * CR line ends, a BOM, lenient stray quotes, empty lines skipped; its tests use that
 * parser as the oracle), but no string is made per cell: only the header and each
 * distinct QUANTITY are decoded. Working on UTF-8 bytes is safe because no byte of a
 * multi-byte character equals a quote, comma, CR or LF.
 */
import { ByteDictionary, FNV_OFFSET, FNV_PRIME } from './byte-dictionary';
import {
  QUANTITY_COLUMN,
  createReportTableBuilder,
  parseQuantity,
  type ReportBatch,
  type ReportTable,
} from './report-table';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const NEED_MORE = -1;

export class ReportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportFormatError';
  }
}

export interface ReportEncoder {
  push(bytes: Uint8Array): void;
  /** Ends the input; throws ReportFormatError for a quoted field that never closes. */
  finish(): void;
  /** Header names once the first line is complete, else null. */
  readonly columns: readonly string[] | null;
  readonly pendingRows: number;
  /** Data rows so far (sent and pending). */
  readonly rowCount: number;
  takeBatch(): ReportBatch | null;
}

type FieldSink = (col: number, src: Uint8Array, start: number, end: number, hash: number) => void;

export function createReportEncoder(): ReportEncoder {
  const utf8 = new TextDecoder();
  let buffer: Uint8Array = new Uint8Array(0);
  let started = false;
  let scratch = new Uint8Array(256);
  let records = 0;

  let columns: string[] | null = null;
  let headerCells: string[] = [];
  let width = 0;
  let quantityCol = -1;
  let dictionaries: ByteDictionary[] = [];
  const quantityByCode: number[] = [];
  let rowCodes = new Uint32Array(0);
  let pending: Uint32Array[] = [];
  let pendingQuantity = new Float64Array(0);
  let pendingRows = 0;
  let sentRows = 0;
  let irregular = 0;
  let fieldCount = 0;
  let lastFieldEmpty = false;

  const headerSink: FieldSink = (col, src, start, end) => {
    headerCells[col] = utf8.decode(src.subarray(start, end)).trim();
    fieldCount = col + 1;
    lastFieldEmpty = end === start;
  };
  const dataSink: FieldSink = (col, src, start, end, hash) => {
    if (col < width) rowCodes[col] = (dictionaries[col] as ByteDictionary).intern(src, start, end, hash);
    fieldCount = col + 1;
    lastFieldEmpty = end === start;
  };

  /**
   * The code of an unquoted field. Most cells repeat the cell above (partner, customer,
   * SKU, dates), so that is checked first and the hash is only computed for a change.
   */
  function codeOf(col: number, b: Uint8Array, start: number, end: number): number {
    const dictionary = dictionaries[col] as ByteDictionary;
    const previous = rowCodes[col] as number;
    if (dictionary.size > 0 && dictionary.matches(previous, b, start, end - start)) return previous;
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (b[i] as number), FNV_PRIME);
    return dictionary.intern(b, start, end, h >>> 0);
  }

  /** A line without quotes or stray CRs: its fields are found with indexOf, the quick path. */
  function encodeLine(b: Uint8Array, start: number, end: number): void {
    let col = 0;
    for (let s = start; ; col++) {
      let e = b.indexOf(COMMA, s);
      if (e === -1 || e > end) e = end;
      if (col < width) rowCodes[col] = codeOf(col, b, s, e);
      if (e === end) break;
      s = e + 1;
    }
    fieldCount = col + 1;
  }

  function ensureScratch(needed: number): void {
    if (needed <= scratch.length) return;
    const grown = new Uint8Array(Math.max(needed, scratch.length * 2));
    grown.set(scratch);
    scratch = grown;
  }

  /** Reads one record from `pos`, handing each field to `sink`; answers where the next starts. */
  function scanRecord(b: Uint8Array, pos: number, final: boolean, sink: FieldSink): number {
    const len = b.length;
    let i = pos;
    for (let col = 0; ; col++) {
      let h = FNV_OFFSET;
      let src = b;
      let start = i;
      let end: number;
      if (i < len && b[i] === QUOTE) {
        // Unescaped bytes go to `scratch` only once a "" or trailing text makes the value non-contiguous.
        let copied = -1;
        let j = i + 1;
        start = j;
        for (;;) {
          if (j >= len) {
            if (!final) return NEED_MORE;
            throw new ReportFormatError(`Record ${records + 1}: a quoted field is never closed (a " is missing).`);
          }
          const c = b[j] as number;
          if (c === QUOTE) {
            if (j + 1 >= len && !final) return NEED_MORE;
            if (b[j + 1] !== QUOTE) break;
            if (copied < 0) {
              ensureScratch(j - start + 1);
              scratch.set(b.subarray(start, j));
              copied = j - start;
            }
            ensureScratch(copied + 1);
            scratch[copied++] = QUOTE;
            h = Math.imul(h ^ QUOTE, FNV_PRIME);
            j += 2;
            continue;
          }
          if (copied >= 0) {
            ensureScratch(copied + 1);
            scratch[copied++] = c;
          }
          h = Math.imul(h ^ c, FNV_PRIME);
          j++;
        }
        end = j;
        i = j + 1;
        for (; i < len; i++) {
          const c = b[i] as number;
          if (c === COMMA || c === CR || c === LF) break;
          if (copied < 0) {
            ensureScratch(end - start + 1);
            scratch.set(b.subarray(start, end));
            copied = end - start;
          }
          ensureScratch(copied + 1);
          scratch[copied++] = c;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        if (copied >= 0) {
          src = scratch;
          start = 0;
          end = copied;
        }
      } else {
        for (; i < len; i++) {
          const c = b[i] as number;
          if (c === COMMA || c === CR || c === LF) break;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        end = i;
      }
      if (i >= len) {
        if (!final) return NEED_MORE;
        sink(col, src, start, end, h >>> 0);
        return len;
      }
      sink(col, src, start, end, h >>> 0);
      const c = b[i] as number;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF) return i + 1;
      if (i + 1 >= len && !final) return NEED_MORE;
      return b[i + 1] === LF ? i + 2 : i + 1;
    }
  }

  function startColumns(header: string[]): void {
    columns = header;
    width = header.length;
    quantityCol = header.indexOf(QUANTITY_COLUMN);
    dictionaries = header.map(() => new ByteDictionary());
    rowCodes = new Uint32Array(width);
    pending = header.map(() => new Uint32Array(1024));
    pendingQuantity = new Float64Array(1024);
  }

  function commitRow(): void {
    if (fieldCount !== width) {
      irregular++;
      for (let c = fieldCount; c < width; c++)
        rowCodes[c] = (dictionaries[c] as ByteDictionary).intern(scratch, 0, 0, FNV_OFFSET);
    }
    if (pendingRows === pendingQuantity.length) {
      pending = pending.map((old) => {
        const grown = new Uint32Array(old.length * 2);
        grown.set(old);
        return grown;
      });
      const grown = new Float64Array(pendingQuantity.length * 2);
      grown.set(pendingQuantity);
      pendingQuantity = grown;
    }
    for (let c = 0; c < width; c++) (pending[c] as Uint32Array)[pendingRows] = rowCodes[c] as number;
    let quantity = NaN;
    if (quantityCol >= 0) {
      const code = rowCodes[quantityCol] as number;
      quantity = quantityByCode[code] ?? NaN;
      if (code >= quantityByCode.length) {
        const dict = dictionaries[quantityCol] as ByteDictionary;
        for (let k = quantityByCode.length; k < dict.size; k++)
          quantityByCode[k] = parseQuantity(utf8.decode(dict.bytesOf(k)));
        quantity = quantityByCode[code] as number;
      }
    }
    pendingQuantity[pendingRows] = quantity;
    pendingRows++;
  }

  function consume(final: boolean): void {
    const b = buffer;
    const len = b.length;
    let pos = 0;
    if (!started) {
      if (len < 3 && !final) return;
      started = true;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) pos = 3;
    }
    // Next LF, quote and CR at or after `pos` (-1: none left), as in the shared CSV parser.
    let lfAt = -2;
    let quoteAt = -2;
    let crAt = -2;
    while (pos < len) {
      const c = b[pos];
      if (c === LF) {
        pos++;
        continue;
      }
      if (c === CR) {
        if (pos + 1 >= len && !final) break;
        pos += b[pos + 1] === LF ? 2 : 1;
        continue;
      }
      if (columns) {
        if (lfAt !== -1 && lfAt < pos) lfAt = b.indexOf(LF, pos);
        if (quoteAt !== -1 && quoteAt < pos) quoteAt = b.indexOf(QUOTE, pos);
        if (crAt !== -1 && crAt < pos) crAt = b.indexOf(CR, pos);
        if (lfAt !== -1 && (quoteAt === -1 || quoteAt > lfAt) && (crAt === -1 || crAt >= lfAt - 1)) {
          encodeLine(b, pos, crAt === lfAt - 1 ? lfAt - 1 : lfAt);
          pos = lfAt + 1;
          records++;
          commitRow();
          continue;
        }
      }
      fieldCount = 0;
      const next = scanRecord(b, pos, final, columns ? dataSink : headerSink);
      if (next === NEED_MORE) break;
      pos = next;
      if (fieldCount === 1 && lastFieldEmpty) continue;
      records++;
      if (columns) commitRow();
      else {
        startColumns(headerCells.slice(0, fieldCount));
        headerCells = [];
      }
    }
    buffer = pos >= len ? new Uint8Array(0) : b.slice(pos);
  }

  return {
    push(bytes) {
      if (bytes.length === 0) return;
      if (buffer.length === 0) buffer = bytes;
      else {
        const joined = new Uint8Array(buffer.length + bytes.length);
        joined.set(buffer);
        joined.set(bytes, buffer.length);
        buffer = joined;
      }
      consume(false);
    },
    finish() {
      consume(true);
    },
    get columns() {
      return columns;
    },
    get pendingRows() {
      return pendingRows;
    },
    get rowCount() {
      return sentRows + pendingRows;
    },
    takeBatch() {
      if (pendingRows === 0) return null;
      const n = pendingRows;
      const codes = new Uint32Array(n * width);
      for (let c = 0; c < width; c++) codes.set((pending[c] as Uint32Array).subarray(0, n), c * n);
      const batch: ReportBatch = {
        startRow: sentRows,
        rowCount: n,
        dictionaries: dictionaries.map((d) => d.takeNew()),
        codes,
        quantity: pendingQuantity.slice(0, n),
        irregularRows: irregular,
      };
      sentRows += n;
      pendingRows = 0;
      irregular = 0;
      return batch;
    },
  };
}

/** A whole table from CSV text at once: small files, and fixtures that go through the real encoder. */
export function tableFromCsv(text: string): ReportTable {
  const encoder = createReportEncoder();
  encoder.push(new TextEncoder().encode(text));
  encoder.finish();
  const builder = createReportTableBuilder(encoder.columns ?? []);
  const batch = encoder.takeBatch();
  if (batch) builder.append(batch);
  return builder.table();
}
