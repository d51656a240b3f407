/**
 * The error file to download after a failed validation: the original header plus an
 * "errors" column, then every row that has a problem with its cells as uploaded and its
 * messages, so the user fixes the rows in place and uploads the file again (the errors
 * column is ignored on upload). Problems with the file as a whole come first, on a row of
 * their own. Cells are written through the shared writer (formula protection; a leading
 * + of a phone number is kept).
 */
import { toCsv } from '@/shared/csv/csv-writer';
import type { ImportResult } from './import-validator';

export const IMPORT_ERROR_COLUMN = 'errors';
export const IMPORT_ERROR_FILENAME = 'webex-users-import-errors.csv';

export function importErrorCsv(result: ImportResult): string {
  const width = result.header.length;
  const messagesByRow = new Map<number, string[]>();
  const fileMessages: string[] = [];
  for (const error of result.errors) {
    if (error.column === null || error.row === 1) {
      fileMessages.push(error.message);
      continue;
    }
    const list = messagesByRow.get(error.row) ?? [];
    list.push(`${error.column}: ${error.message}`);
    messagesByRow.set(error.row, list);
  }
  const header = [...result.header, IMPORT_ERROR_COLUMN];
  const rows: string[][] = [header];
  if (fileMessages.length > 0) rows.push([...Array<string>(width).fill(''), fileMessages.join(' ')]);
  for (const row of result.rows) {
    const messages = messagesByRow.get(row.row);
    if (!messages) continue;
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? '');
    rows.push([...cells, `Row ${row.row}: ${messages.join(' ')}`]);
  }
  return toCsv(rows, { bom: true });
}
