// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createCsvParser } from '@/shared/csv/csv-parser';
import { createReportEncoder, tableFromCsv } from './report-encoder';
import { cellText, createReportTableBuilder, type ReportTable } from './report-table';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rowsOf(table: ReportTable): string[][] {
  return Array.from({ length: table.rowCount }, (_, r) => table.columns.map((_, c) => cellText(table, c, r)));
}

/** Feeds `bytes` in the given piece sizes, taking a batch after every piece, like the worker. */
function encodeInPieces(bytes: Uint8Array, sizes: () => number): ReportTable {
  const encoder = createReportEncoder();
  let builder: ReturnType<typeof createReportTableBuilder> | null = null;
  const drain = () => {
    if (!builder && encoder.columns) builder = createReportTableBuilder(encoder.columns);
    const batch = encoder.takeBatch();
    if (batch) builder?.append(batch);
  };
  for (let at = 0; at < bytes.length;) {
    const size = sizes();
    encoder.push(bytes.slice(at, at + size));
    at += size;
    drain();
  }
  encoder.finish();
  drain();
  if (!builder) throw new Error('no header');
  return (builder as ReturnType<typeof createReportTableBuilder>).table();
}

describe('report encoder', () => {
  it('encodes each distinct value once and keeps QUANTITY exact as text and as a number', () => {
    const table = tableFromCsv(
      '\uFEFFSKU,QUANTITY,LICENSE_ID\r\nWEBEX_CALLING,31,\r\nWEBEX_CALLING,0.3333,L1\r\nWEBEX_SUITE,31,\r\n',
    );
    expect(table.columns).toEqual(['SKU', 'QUANTITY', 'LICENSE_ID']);
    expect(rowsOf(table)).toEqual([
      ['WEBEX_CALLING', '31', ''],
      ['WEBEX_CALLING', '0.3333', 'L1'],
      ['WEBEX_SUITE', '31', ''],
    ]);
    expect(table.data.map((c) => c.size)).toEqual([2, 2, 2]);
    expect(Array.from(table.data[0]?.codes ?? [])).toEqual([0, 0, 1]);
    expect(Array.from(table.quantity)).toEqual([31, 0.3333, 31]);
  });

  it('pads short rows, cuts long ones and counts them as irregular', () => {
    const table = tableFromCsv('SKU,QUANTITY\nA\nB,2,extra\nC,3\n');
    expect(rowsOf(table)).toEqual([
      ['A', ''],
      ['B', '2'],
      ['C', '3'],
    ]);
    expect(table.irregularRows).toBe(2);
    expect(table.quantity[0]).toBeNaN();
  });

  it('has no QUANTITY numbers when the column is missing', () => {
    const table = tableFromCsv('SKU\nA\n');
    expect(table.quantity[0]).toBeNaN();
  });

  it('refuses a quoted field that never closes', () => {
    expect(() => tableFromCsv('SKU,QUANTITY\n"A,1\n')).toThrow(/Record 2: a quoted field is never closed/);
  });

  it('reads the same cells as the shared CSV parser, for random files cut at random bytes (seeded)', () => {
    for (const seed of [3, 11, 99]) {
      const random = prng(seed);
      const alphabet = ['a', 'Z', '7', ' ', ',', '"', '\r', '\n', '\r\n', 'é', '€', '😀', '.', '-'];
      const field = () => {
        let s = '';
        const length = Math.floor(random() * 7);
        for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
        return s;
      };
      const width = 5;
      const header = ['SKU', 'QUANTITY', 'CUSTOMER_ORG_ID', 'NOTE', 'LICENSE_ID'];
      const lines = [header.join(',')];
      for (let r = 0; r < 1500; r++) {
        const cells = Array.from({ length: random() < 0.05 ? 1 + Math.floor(random() * 7) : width }, field);
        cells[1] = random() < 0.5 ? String(Math.round(random() * 310_000) / 10_000) : (cells[1] ?? '');
        lines.push(
          cells.map((v) => (/[",\r\n]/.test(v) || random() < 0.1 ? `"${v.replace(/"/g, '""')}"` : v)).join(','),
        );
      }
      const text = '\uFEFF' + lines.map((l) => l + (random() < 0.5 ? '\r\n' : '\n')).join('');

      const expected: string[][] = [];
      const parser = createCsvParser((rows) => expected.push(...rows));
      parser.push(text);
      parser.finish();
      const padded = expected.slice(1).map((row) => header.map((_, c) => row[c] ?? ''));

      const bytes = new TextEncoder().encode(text);
      const table = encodeInPieces(bytes, () => 1 + Math.floor(random() * (random() < 0.3 ? 3 : 500)));
      expect(table.columns).toEqual(header);
      expect(rowsOf(table)).toEqual(padded);
      expect(table.irregularRows).toBe(expected.slice(1).filter((row) => row.length !== width).length);
      const numbers = padded.map((row) => (row[1]?.trim() === '' ? NaN : Number(row[1])));
      expect(Array.from(table.quantity)).toEqual(numbers);
    }
  });
});
