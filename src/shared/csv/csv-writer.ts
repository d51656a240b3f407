/**
 * CSV writer for files users download and open in a spreadsheet.
 *
 * Formula injection (OWASP "CSV Injection"): a cell starting with = + - @, a tab or a CR
 * may be run as a formula by Excel, LibreOffice or Google Sheets. Such cells get a leading
 * apostrophe, which spreadsheets show as text. Plain numbers are left alone so that
 * -1.5 stays a number and an E.164 phone number keeps its leading + (+12405551212).
 */

export type CsvValue = string | number | bigint | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed decimal number, or + followed by digits (phone numbers): nothing a formula can hide in. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text with a leading apostrophe when a spreadsheet could read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One field, protected and quoted per RFC 4180 when it holds a comma, quote, CR or LF. */
export function csvCell(value: CsvValue): string {
  const text = neutraliseFormula(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record without its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

export interface ToCsvOptions {
  /** Prefix a UTF-8 byte order mark so Excel reads accents correctly (default false). */
  bom?: boolean;
}

/** A whole file: CRLF after every record (RFC 4180), empty for no rows. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: ToCsvOptions = {}): string {
  if (rows.length === 0) return options.bom ? '\uFEFF' : '';
  return (options.bom ? '\uFEFF' : '') + rows.map(csvLine).join('\r\n') + '\r\n';
}
