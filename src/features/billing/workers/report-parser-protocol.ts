import type { ReportBatch } from '../lib/report-table';

/** Main thread → worker: the one request a report parser worker serves. */
export interface ReportParseRequest {
  type: 'load';
  /** Absolute URL (a worker resolves relative URLs against its own script, not the page). */
  url: string;
}

/**
 * Why a load failed:
 * - `http`: the download answered an error (410 once the 30-minute link has expired,
 *   404 once the report is deleted, 403 for a tampered link);
 * - `network`: no answer at all;
 * - `format`: the body is not a billing report CSV.
 */
export type ReportLoadFailureKind = 'http' | 'network' | 'format';

export interface ReportLoadFailure {
  kind: ReportLoadFailureKind;
  /** HTTP status for `http`, otherwise null. */
  status: number | null;
  message: string;
}

/** Worker → main thread, in this order: header, zero or more batches, then done or error. */
export type ReportParseMessage =
  | { type: 'header'; columns: string[]; totalBytes: number | null }
  | { type: 'batch'; batch: ReportBatch; bytesRead: number }
  | { type: 'done'; rowCount: number; bytesRead: number }
  | { type: 'error'; failure: ReportLoadFailure };
