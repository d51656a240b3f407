/**
 * CSV lines are built inside PostgreSQL (a report can have a million lines; none of them
 * passes through JavaScript on generation), so RFC 4180 quoting is a SQL expression. Values
 * that are the same on every line (partner name, snapshot date) are quoted once in
 * JavaScript and passed as parameters.
 */

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: empty for NULL; quoted, with inner quotes doubled, when the value holds a
 * comma, a double quote, CR or LF (RFC 4180 §2.6-2.7); as-is otherwise.
 */
export function csvField(value: string | null | undefined): string {
  const text = value ?? '';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `csvField` as a SQL expression over a text-valued `expr`. */
export function csvFieldSql(expr: string): string {
  const value = `coalesce((${expr})::text, '')`;
  return `(CASE WHEN ${value} ~ E'[",\\r\\n]' THEN '"' || replace(${value}, '"', '""') || '"' ELSE ${value} END)`;
}

/** Lines are stored without terminators; RFC 4180 ends each record with CRLF. */
export const CSV_LINE_END = '\r\n';
