/**
 * The body of the report parser worker, kept free of worker globals so it runs (and is
 * tested) anywhere: fetch the CSV, feed its bytes to the report encoder as they arrive,
 * and post the encoded rows in batches whose buffers are transferred, not copied.
 *
 * Batch cadence: the first batch leaves as soon as `firstBatchRows` rows are parsed, so
 * the first screenful shows while the rest downloads; later batches leave every
 * `batchIntervalMs` (or at `maxBatchRows`), few enough that the main thread spends its
 * time rendering rather than appending.
 */
import { ReportFormatError, createReportEncoder } from '../lib/report-encoder';
import { QUANTITY_COLUMN } from '../lib/report-table';
import type { ReportLoadFailure, ReportParseMessage } from './report-parser-protocol';

export type PostReportMessage = (message: ReportParseMessage, transfer: Transferable[]) => void;

export interface ReportParseOptions {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Milliseconds from any fixed origin (performance.now in the worker). */
  now: () => number;
  signal?: AbortSignal;
  firstBatchRows?: number;
  batchIntervalMs?: number;
  maxBatchRows?: number;
}

/** Columns every report type has; a file without them is not a billing report. */
const REQUIRED_COLUMNS = ['SKU', QUANTITY_COLUMN];

const HTTP_MESSAGES: Record<number, string> = {
  403: 'This download link is not valid. Open the report again to get a fresh link.',
  404: 'The report no longer exists (deleting a report revokes its download links).',
  410: 'The download link has expired (links last 30 minutes). Open the report again to get a fresh link.',
};

/** The server's own description when the body is a Webex error, else a message per status. */
async function httpFailure(response: Response): Promise<ReportLoadFailure> {
  let description: string | undefined;
  try {
    const body: unknown = JSON.parse(await response.text());
    if (body && typeof body === 'object') {
      const errors: unknown = (body as { errors?: unknown }).errors;
      const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
      const fromItem =
        first && typeof first === 'object' ? (first as { description?: unknown }).description : undefined;
      const message = (body as { message?: unknown }).message;
      description = typeof fromItem === 'string' ? fromItem : typeof message === 'string' ? message : undefined;
    }
  } catch {
    // Not JSON: fall back to the message for the status.
  }
  return {
    kind: 'http',
    status: response.status,
    message: description ?? HTTP_MESSAGES[response.status] ?? `The report download failed (HTTP ${response.status}).`,
  };
}

function contentLength(response: Response): number | null {
  const value = Number(response.headers.get('content-length'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export async function parseReportFromUrl(
  url: string,
  post: PostReportMessage,
  options: ReportParseOptions,
): Promise<void> {
  const firstBatchRows = options.firstBatchRows ?? 500;
  const batchIntervalMs = options.batchIntervalMs ?? 250;
  const maxBatchRows = options.maxBatchRows ?? 50_000;
  const { signal } = options;
  const encoder = createReportEncoder();
  let bytesRead = 0;
  let lastPost = options.now();
  let batchesSent = 0;
  let headerSent = false;
  const fail = (failure: ReportLoadFailure) => post({ type: 'error', failure }, []);

  const sendHeader = (totalBytes: number | null) => {
    const columns = encoder.columns;
    if (headerSent || !columns) return;
    const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
    if (missing.length > 0) {
      throw new ReportFormatError(
        `This file is not a billing report: its first line has no ${missing.join(' or ')} column (it starts with: ${columns.slice(0, 4).join(', ')}).`,
      );
    }
    headerSent = true;
    post({ type: 'header', columns: [...columns], totalBytes }, []);
  };
  const sendBatch = () => {
    const batch = encoder.takeBatch();
    if (!batch) return;
    batchesSent++;
    lastPost = options.now();
    const transfer: Transferable[] = [batch.codes.buffer, batch.quantity.buffer];
    for (const delta of batch.dictionaries) transfer.push(delta.bytes.buffer, delta.ends.buffer);
    post({ type: 'batch', batch, bytesRead }, transfer);
  };

  let response: Response;
  try {
    response = await options.fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (!signal?.aborted) fail({ kind: 'network', status: null, message: networkMessage(error) });
    return;
  }
  if (!response.ok) return fail(await httpFailure(response));
  const totalBytes = contentLength(response);
  const reader = response.body?.getReader();
  // fetch ends the body when its signal fires; cancelling here too covers any fetch stand-in.
  const onAbort = () => void reader?.cancel().catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });

  try {
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      encoder.push(value);
      sendHeader(totalBytes);
      const due =
        batchesSent === 0
          ? encoder.pendingRows >= firstBatchRows
          : encoder.pendingRows >= maxBatchRows || options.now() - lastPost >= batchIntervalMs;
      if (due) sendBatch();
    }
    encoder.finish();
    if (!encoder.columns) throw new ReportFormatError('The report file is empty: it has no header line.');
    sendHeader(totalBytes);
  } catch (error) {
    void reader?.cancel().catch(() => undefined);
    if (signal?.aborted) return;
    if (error instanceof ReportFormatError) fail({ kind: 'format', status: null, message: error.message });
    else fail({ kind: 'network', status: null, message: networkMessage(error) });
    return;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  sendBatch();
  post({ type: 'done', rowCount: encoder.rowCount, bytesRead }, []);
}

function networkMessage(error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The report could not be downloaded: the connection failed${detail}. Check the network and try again.`;
}
