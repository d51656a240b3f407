/**
 * Bench page entry: exposes the engines to Playwright as window functions that time
 * themselves with performance.now() in the page, so the figures exclude Playwright's
 * round trips.
 */
import { loadReport } from '@/features/billing/workers/load-report';

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

Object.assign(window, { benchReport, benchReady: true });
