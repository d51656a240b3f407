/**
 * Main-thread client of the import worker: `parseImportFile(file, context)` resolves with
 * the validation result (rows, per-cell errors, summary). Aborting the signal terminates
 * the worker.
 */
import type { ImportContext, ImportResult } from '../lib/import-validator';
import type { ImportParseMessage, ImportParseProgress, ImportParseRequest } from './import-parser-protocol';

/** What parseImportFile needs from a Worker; tests pass an in-process stand-in. */
export interface ImportWorkerLike {
  postMessage(message: ImportParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportParseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface ParseImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportParseProgress) => void;
  createWorker?: () => ImportWorkerLike;
}

export class ImportParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportParseError';
  }
}

function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./import-parser.worker.ts', import.meta.url), {
    type: 'module',
    name: 'users-import-parser',
  });
}

export function parseImportFile(
  file: Blob,
  context: ImportContext,
  options: ParseImportOptions = {},
): Promise<ImportResult> {
  const { signal, onProgress } = options;
  return new Promise<ImportResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new DOMException('The import was cancelled.', 'AbortError'));
      return;
    }
    const worker = (options.createWorker ?? createImportWorker)();
    const onAbort = () => {
      cleanUp();
      reject(signal?.reason ?? new DOMException('The import was cancelled.', 'AbortError'));
    };
    const cleanUp = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        onProgress?.({ rowsRead: data.rowsRead, bytesRead: data.bytesRead, totalBytes: data.totalBytes });
        return;
      }
      cleanUp();
      if (data.type === 'result') resolve(data.result);
      else reject(new ImportParseError(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      cleanUp();
      reject(
        new ImportParseError(`The import checker stopped unexpectedly${event.message ? ` (${event.message})` : ''}.`),
      );
    };
    worker.postMessage({ type: 'parse', file, context });
  });
}
