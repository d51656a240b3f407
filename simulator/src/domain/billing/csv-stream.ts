import type { Queryable } from '../../db/db';
import { CSV_LINE_END } from './csv-sql';

/** Lines per query: large enough to be quick, small enough that memory stays flat. */
export const CSV_CHUNK_LINES = 5_000;

/**
 * The report's CSV, read from billing_report_lines in seq order one chunk at a time (keyset
 * on seq) as the client consumes it, so a million-line report is never held in memory.
 */
export function reportCsvStream(
  db: Queryable,
  reportId: string,
  chunkLines = CSV_CHUNK_LINES,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = -1;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const rows = await db.query<{ seq: number; line: string }>(
          'SELECT seq, line FROM billing_report_lines WHERE report_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
          [reportId, after, chunkLines],
        );
        const last = rows.at(-1);
        if (last) {
          after = last.seq;
          controller.enqueue(encoder.encode(rows.map((r) => r.line + CSV_LINE_END).join('')));
        }
        if (rows.length < chunkLines) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
