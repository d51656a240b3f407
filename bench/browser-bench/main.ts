/**
 * Bench page entry: exposes the engines to Playwright as window functions that time
 * themselves with performance.now() in the page, so the figures exclude Playwright's
 * round trips.
 */
import { loadReport } from '@/features/billing/workers/load-report';
import type { ImportContext } from '@/features/users/lib/import-validator';
import { parseImportFile } from '@/features/users/workers/parse-import';

export interface ReportBenchResult {
  firstRowsMs: number;
  fullMs: number;
  firstRowCount: number;
  rowCount: number;
}

async function benchReport(url: string): Promise<ReportBenchResult> {
  const started = performance.now();
  let firstRowsMs = NaN;
  let firstRowCount = 0;
  const table = await loadReport(url, {
    onProgress: ({ table: t }) => {
      if (Number.isNaN(firstRowsMs) && t.rowCount > 0) {
        firstRowsMs = performance.now() - started;
        firstRowCount = t.rowCount;
      }
    },
  });
  return { firstRowsMs, fullMs: performance.now() - started, firstRowCount, rowCount: table.rowCount };
}

export interface ImportBenchResult {
  ms: number;
  totalRows: number;
  validRows: number;
  errorCount: number;
}

/** The file is downloaded first; the clock covers the worker start, parsing and validation. */
async function benchImport(url: string, context: ImportContext): Promise<ImportBenchResult> {
  const file = new File([await (await fetch(url)).blob()], 'users.csv', { type: 'text/csv' });
  const started = performance.now();
  const result = await parseImportFile(file, context);
  return { ms: performance.now() - started, ...result.summary };
}

Object.assign(window, { benchReport, benchImport, benchReady: true });
