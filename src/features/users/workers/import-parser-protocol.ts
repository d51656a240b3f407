import type { ImportContext, ImportResult } from '../lib/import-validator';

/** Main thread → worker. A File is a Blob; it is cloned by reference, not read on the main thread. */
export interface ImportParseRequest {
  type: 'parse';
  file: Blob;
  context: ImportContext;
}

export interface ImportParseProgress {
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

/** Worker → main thread: progress now and then, then one result (or error for a worker fault). */
export type ImportParseMessage =
  | ({ type: 'progress' } & ImportParseProgress)
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; message: string };
