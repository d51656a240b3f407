import type { Queryable } from '../../db/db';

/** Chunks (of up to CHUNK_LINES lines each) read per query: at most 5,000 lines. */
export const CHUNKS_PER_READ = 5;

/**
 * The report's CSV, read from billing_report_lines in seq order a few chunks at a time
 * (keyset on seq) as the client consumes it, so a million-line report is never held in
 * memory. Each stored chunk already ends every line with CRLF.
 */
export function reportCsvStream(
  db: Queryable,
  reportId: string,
  perRead = CHUNKS_PER_READ,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = -1;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const rows = await db.query<{ seq: number; lines: string }>(
          'SELECT seq, lines FROM billing_report_lines WHERE report_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
          [reportId, after, perRead],
        );
        const last = rows.at(-1);
        if (last) {
          after = last.seq;
          controller.enqueue(encoder.encode(rows.map((r) => r.lines).join('')));
        }
        if (rows.length < perRead) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
