/**
 * Export of what the viewer shows (filtered, searched, sorted rows; chosen columns) as CSV.
 * Header cells keep Webex's column names so an export opens in the viewer again. Values
 * go through the shared writer, which neutralises spreadsheet formulas and keeps numbers,
 * QUANTITY included, exactly as the report printed them.
 */
import { csvLine, type CsvValue } from '@/shared/csv/csv-writer';
import type { GroupedReport, ReportGrouping } from './report-groups';
import { columnIndex, type ReportTable } from './report-table';

export interface ReportExportOptions {
  /** Rows per yielded piece (default 5000). */
  chunkRows?: number;
  /** Prefix a UTF-8 BOM so Excel shows accents correctly (default true). */
  bom?: boolean;
}

/** The CSV in pieces, so a 200,000-row export becomes a Blob without one giant string. */
export function* reportViewCsvChunks(
  table: ReportTable,
  rows: Uint32Array,
  columns: readonly string[],
  options: ReportExportOptions = {},
): Generator<string> {
  const chunkRows = options.chunkRows ?? 5000;
  const indexes = columns.map((c) => columnIndex(table, c));
  yield (options.bom === false ? '' : '\uFEFF') + csvLine(columns) + '\r\n';
  const cells: CsvValue[] = new Array<CsvValue>(columns.length);
  for (let start = 0; start < rows.length; start += chunkRows) {
    const lines: string[] = [];
    const end = Math.min(rows.length, start + chunkRows);
    for (let i = start; i < end; i++) {
      const row = rows[i] as number;
      for (let c = 0; c < indexes.length; c++) {
        const col = table.data[indexes[c] as number];
        cells[c] = col ? col.value(col.codes[row] as number) : '';
      }
      lines.push(csvLine(cells));
    }
    yield lines.join('\r\n') + '\r\n';
  }
}

export function reportViewCsv(
  table: ReportTable,
  rows: Uint32Array,
  columns: readonly string[],
  options: ReportExportOptions = {},
): string {
  return [...reportViewCsvChunks(table, rows, columns, options)].join('');
}

/** A Blob ready for a download link (URL.createObjectURL). */
export function reportViewBlob(
  table: ReportTable,
  rows: Uint32Array,
  columns: readonly string[],
  options: ReportExportOptions = {},
): Blob {
  return new Blob([...reportViewCsvChunks(table, rows, columns, options)], { type: 'text/csv;charset=utf-8' });
}

const GROUP_HEADERS: Record<ReportGrouping, readonly [string, string]> = {
  customer: ['CUSTOMER_EXTERNAL_ID', 'CUSTOMER_ORG_ID'],
  service: ['DESCRIPTION', 'SKU'],
  location: ['LOCATION_ID', ''],
};

/**
 * Export of the grouped view: one line per group (label, key, rows, distinct users when
 * the report has users, quantity), then a TOTAL line. Location groups have no second
 * identifier, so that column is left out.
 */
export function groupedReportCsv(grouped: GroupedReport, options: Pick<ReportExportOptions, 'bom'> = {}): string {
  const [labelHeader, keyHeader] = GROUP_HEADERS[grouped.by];
  const withUsers = grouped.total.users !== null;
  const header: CsvValue[] = [
    labelHeader,
    ...(keyHeader ? [keyHeader] : []),
    'ROWS',
    ...(withUsers ? ['USERS'] : []),
    'QUANTITY',
  ];
  const line = (label: string, key: string, rows: number, users: number | null, quantity: number) =>
    csvLine([label, ...(keyHeader ? [key] : []), rows, ...(withUsers ? [users] : []), quantity]);
  const lines = [
    csvLine(header),
    ...grouped.groups.map((g) => line(g.label, g.secondary, g.rowCount, g.users, g.quantity)),
    line('TOTAL', '', grouped.total.rowCount, grouped.total.users, grouped.total.quantity),
  ];
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
