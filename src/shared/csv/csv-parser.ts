/**
 * Streaming RFC 4180 parser. Text arrives in chunks cut anywhere (inside a quoted field,
 * between CR and LF, ...); complete records leave in batches as soon as they are known to
 * be complete, so a 200,000-row report starts showing before it has finished downloading.
 *
 * Accepted beyond RFC 4180, because real files do it: LF or lone CR line ends as well as
 * CRLF, a UTF-8 byte order mark (Excel writes one), a quote in the middle of an unquoted
 * field (kept literally) and text after a closing quote (appended). Empty lines are
 * skipped. A quoted field that never closes is the one error: silently swallowing the
 * rest of the file into a single cell would hide data loss.
 *
 * Speed: a line without quotes or stray CRs is cut with String#split, which is several
 * times faster than a character loop; only lines with quotes take the state machine.
 */

export class CsvParseError extends Error {
  /** 1-based record number (the header is record 1) where the problem starts. */
  readonly record: number;

  constructor(message: string, record: number) {
    super(message);
    this.name = 'CsvParseError';
    this.record = record;
  }
}

export interface CsvParser {
  /** Feeds the next piece of text; every record completed by it is delivered before this returns. */
  push(chunk: string): void;
  /** Ends the input: delivers the last record (a trailing newline is optional). */
  finish(): void;
  /** Records delivered so far. */
  readonly rowCount: number;
}

export interface CsvParserOptions {
  /** Largest number of records per `onRows` call (default 1000). */
  batchSize?: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const BOM = '\uFEFF';
/** Returned by the record parser when the buffer ends before the record does. */
const NEED_MORE = -1;

export function createCsvParser(onRows: (rows: string[][]) => void, options: CsvParserOptions = {}): CsvParser {
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  let buf = '';
  let bomChecked = false;
  let batch: string[][] = [];
  let rowCount = 0;
  let finished = false;

  function flush(): void {
    if (batch.length === 0) return;
    const out = batch;
    batch = [];
    onRows(out);
  }

  function emit(row: string[]): void {
    if (row.length === 1 && row[0] === '') return;
    batch.push(row);
    rowCount++;
    if (batch.length >= batchSize) flush();
  }

  // Positions of the next quote, comma, CR and LF at or after the scan position in `buf`;
  // -1 once there is none left. Scanning with indexOf and caching the answers keeps every
  // character visited about once, and avoids a per-character loop.
  let quoteAt = -2;
  let commaAt = -2;
  let crAt = -2;
  let lfAt = -2;

  /** The end of an unquoted field starting at `i`: the next comma, CR or LF, or the buffer's end. */
  function fieldEnd(i: number): number {
    if (commaAt !== -1 && commaAt < i) commaAt = buf.indexOf(',', i);
    if (crAt !== -1 && crAt < i) crAt = buf.indexOf('\r', i);
    if (lfAt !== -1 && lfAt < i) lfAt = buf.indexOf('\n', i);
    let end = buf.length;
    if (commaAt !== -1 && commaAt < end) end = commaAt;
    if (crAt !== -1 && crAt < end) end = crAt;
    if (lfAt !== -1 && lfAt < end) end = lfAt;
    return end;
  }

  /** Parses one record starting at `start` field by field; answers where the next one starts. */
  function parseRecord(start: number, final: boolean): number {
    const len = buf.length;
    const row: string[] = [];
    let i = start;
    for (;;) {
      let value = '';
      if (i < len && buf.charCodeAt(i) === QUOTE) {
        i++;
        for (;;) {
          const q = buf.indexOf('"', i);
          if (q === -1) {
            if (final) {
              throw new CsvParseError(
                `Record ${rowCount + 1}: a quoted field is never closed (a " is missing).`,
                rowCount + 1,
              );
            }
            return NEED_MORE;
          }
          value += buf.slice(i, q);
          // A quote at the very end may be the first half of an escaped "".
          if (q + 1 === len && !final) return NEED_MORE;
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      const j = fieldEnd(i);
      value += buf.slice(i, j);
      row.push(value);
      if (j === len) {
        if (!final) return NEED_MORE;
        emit(row);
        return len;
      }
      const c = buf.charCodeAt(j);
      if (c === COMMA) {
        i = j + 1;
        continue;
      }
      if (c === LF) {
        emit(row);
        return j + 1;
      }
      // CR: wait for the next character to know whether it is CRLF.
      if (j + 1 === len && !final) return NEED_MORE;
      emit(row);
      return buf.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
    }
  }

  function consume(final: boolean): void {
    const len = buf.length;
    let pos = 0;
    quoteAt = commaAt = crAt = lfAt = -2;
    while (pos < len) {
      if (lfAt !== -1 && lfAt < pos) lfAt = buf.indexOf('\n', pos);
      if (quoteAt !== -1 && quoteAt < pos) quoteAt = buf.indexOf('"', pos);
      if (crAt !== -1 && crAt < pos) crAt = buf.indexOf('\r', pos);
      const nl = lfAt;
      if (nl !== -1 && (quoteAt === -1 || quoteAt > nl) && (crAt === -1 || crAt >= nl - 1)) {
        const end = crAt === nl - 1 ? nl - 1 : nl;
        if (end > pos) emit(buf.slice(pos, end).split(','));
        pos = nl + 1;
        continue;
      }
      const next = parseRecord(pos, final);
      if (next === NEED_MORE) break;
      pos = next;
    }
    buf = pos >= len ? '' : buf.slice(pos);
  }

  return {
    push(chunk: string): void {
      if (finished) throw new Error('push() after finish()');
      if (chunk.length === 0) return;
      buf += chunk;
      if (!bomChecked) {
        bomChecked = true;
        if (buf.startsWith(BOM)) buf = buf.slice(1);
      }
      consume(false);
      flush();
    },
    finish(): void {
      if (finished) return;
      finished = true;
      consume(true);
      flush();
    },
    get rowCount() {
      return rowCount;
    },
  };
}

export interface StreamCsvOptions extends CsvParserOptions {
  signal?: AbortSignal;
  /** Bytes received so far (before decoding), after each network chunk. */
  onBytes?: (bytesRead: number) => void;
}

/**
 * Parses a fetch Response body as it arrives (UTF-8). Resolves with the number of records
 * once the body has ended; rejects with the signal's reason when aborted.
 */
export async function streamCsvFromResponse(
  response: Response,
  onRows: (rows: string[][]) => void,
  options: StreamCsvOptions = {},
): Promise<number> {
  const parser = createCsvParser(onRows, options);
  const body = response.body;
  if (!body) {
    parser.finish();
    return parser.rowCount;
  }
  let bytesRead = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const reader = counted.pipeThrough(new TextDecoderStream()).getReader();
  const { signal } = options;
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      parser.push(value);
      options.onBytes?.(bytesRead);
    }
    parser.finish();
    return parser.rowCount;
  } catch (error) {
    // Stop the download too when the consumer or the parser gives up.
    void reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
