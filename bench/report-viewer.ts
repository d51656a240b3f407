/**
 * Report viewer benchmark: a 200,000-row USER reconciliation report served over local
 * HTTP (streamed, no Content-Length, like the simulator) and loaded through the report
 * parser worker in real Chromium. Prints the time to the first rows and to the fully
 * parsed table, median of 3 fresh page loads.
 *
 *   node --import tsx bench/report-viewer.ts
 */
import { buildBenchPage } from './browser-bench/build';
import { launchChromium, openBenchPage } from './browser-bench/chromium';
import { chromiumCpu, cpuBetween } from './browser-bench/cpu-time';
import { generateUserReportCsv } from './browser-bench/generate';
import { startBenchServer } from './browser-bench/server';
import { machineLine, median, reportLine } from './browser-bench/stats';

const ROWS = 200_000;
const RUNS = 3;
const FIRST_ROWS_TARGET_MS = 2000;
const FULL_TARGET_MS = 5000;

interface ReportBenchResult {
  firstRowsMs: number;
  fullMs: number;
  firstRowCount: number;
  rowCount: number;
}

const root = await buildBenchPage();
const csv = Buffer.from(generateUserReportCsv(ROWS), 'utf8');
const server = await startBenchServer(root, new Map([['user-report.csv', csv]]));
const browser = await launchChromium();
try {
  console.log(`report viewer: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} MB CSV`);
  const results: ReportBenchResult[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openBenchPage(browser, server.origin);
    const cpuBefore = chromiumCpu();
    const result = await page.evaluate(
      (url) => (window as unknown as { benchReport(u: string): Promise<ReportBenchResult> }).benchReport(url),
      `${server.origin}/files/user-report.csv`,
    );
    const cpuMs = cpuBetween(cpuBefore, chromiumCpu());
    await page.close();
    if (result.rowCount !== ROWS) throw new Error(`run ${run + 1}: parsed ${result.rowCount} rows, expected ${ROWS}`);
    console.log(
      `  run ${run + 1}: first ${result.firstRowCount} rows after ${result.firstRowsMs.toFixed(0)} ms, all after ${result.fullMs.toFixed(0)} ms${cpuMs === null ? '' : `; Chromium CPU ${cpuMs.toFixed(0)} ms`}`,
    );
    results.push(result);
    if (cpuMs !== null) cpu.push(cpuMs);
  }
  console.log(machineLine());
  if (cpu.length > 0)
    console.log(`Chromium CPU time per load (all processes, user + system): median ${median(cpu).toFixed(0)} ms`);
  console.log(
    reportLine(
      'report first rows',
      results.map((r) => r.firstRowsMs),
      FIRST_ROWS_TARGET_MS,
    ),
  );
  console.log(
    reportLine(
      'report fully parsed',
      results.map((r) => r.fullMs),
      FULL_TARGET_MS,
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
