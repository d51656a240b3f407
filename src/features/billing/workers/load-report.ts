/**
 * Main-thread client of the report parser worker: `loadReport(url)` resolves with the whole
 * table, and `onProgress` sees it grow batch by batch (the first one early, so a screen can
 * show rows while the rest downloads). Aborting the signal terminates the worker, which
 * stops the download and the parsing at once.
 */
import { createReportTableBuilder, type ReportTable, type ReportTableBuilder } from '../lib/report-table';
import type {
  ReportLoadFailure,
  ReportLoadFailureKind,
  ReportParseMessage,
  ReportParseRequest,
} from './report-parser-protocol';

export class ReportLoadError extends Error {
  readonly kind: ReportLoadFailureKind;
  readonly status: number | null;

  constructor(failure: ReportLoadFailure) {
    super(failure.message);
    this.name = 'ReportLoadError';
    this.kind = failure.kind;
    this.status = failure.status;
  }

  /** The link expired or was revoked: a fresh GET of the report gives a new tempDownloadURL. */
  get needsFreshLink(): boolean {
    return this.kind === 'http' && (this.status === 410 || this.status === 403);
  }
}

/** What loadReport needs from a Worker; tests pass an in-process stand-in. */
export interface ReportWorkerLike {
  postMessage(message: ReportParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ReportParseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ReportLoadProgress {
  /** Every row received so far. */
  table: ReportTable;
  bytesRead: number;
  /** From Content-Length; null when the server streams without one (the simulator does). */
  totalBytes: number | null;
}

export interface LoadReportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReportLoadProgress) => void;
  createWorker?: () => ReportWorkerLike;
}

function createReportWorker(): ReportWorkerLike {
  return new Worker(new URL('./report-parser.worker.ts', import.meta.url), {
    type: 'module',
    name: 'billing-report-parser',
  });
}

function absoluteUrl(url: string): string {
  const base = globalThis.location?.href;
  return base ? new URL(url, base).href : url;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The report load was cancelled.', 'AbortError');
}

export function loadReport(url: string, options: LoadReportOptions = {}): Promise<ReportTable> {
  const { signal, onProgress } = options;
  return new Promise<ReportTable>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const worker = (options.createWorker ?? createReportWorker)();
    let builder: ReportTableBuilder | null = null;
    let totalBytes: number | null = null;

    const onAbort = () => {
      cleanUp();
      reject(abortReason(signal as AbortSignal));
    };
    const cleanUp = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (failure: ReportLoadFailure) => {
      cleanUp();
      reject(new ReportLoadError(failure));
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = ({ data }) => {
      switch (data.type) {
        case 'header':
          builder = createReportTableBuilder(data.columns);
          totalBytes = data.totalBytes;
          break;
        case 'batch':
          if (!builder)
            return fail({ kind: 'format', status: null, message: 'Report rows arrived before the header.' });
          builder.append(data.batch);
          onProgress?.({ table: builder.table(), bytesRead: data.bytesRead, totalBytes });
          break;
        case 'done':
          if (!builder) return fail({ kind: 'format', status: null, message: 'The report file is empty.' });
          cleanUp();
          resolve(builder.table());
          break;
        case 'error':
          fail(data.failure);
          break;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail({
        kind: 'network',
        status: null,
        message: `The report parser stopped unexpectedly${event.message ? ` (${event.message})` : ''}.`,
      });
    };
    worker.postMessage({ type: 'load', url: absoluteUrl(url) });
  });
}
