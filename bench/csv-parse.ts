/**
 * CSV import benchmark: a 20,000-row user file parsed and validated by the import worker
 * in real Chromium (the shared streaming CSV parser plus every import rule, duplicates
 * against 5,000 existing users included). Median of 3 fresh page loads; also the shared
 * parser alone in Node for reference.
 *
 *   node --import tsx bench/csv-parse.ts
 */
import { createCsvParser } from '../src/shared/csv/csv-parser';
import type { ImportContext } from '../src/features/users/lib/import-validator';
import { buildBenchPage } from './browser-bench/build';
import { launchChromium, openBenchPage } from './browser-bench/chromium';
import { chromiumCpu, cpuBetween } from './browser-bench/cpu-time';
import { generateUserImportCsv } from './browser-bench/generate';
import { startBenchServer } from './browser-bench/server';
import { machineLine, median, reportLine } from './browser-bench/stats';

const ROWS = 20_000;
const RUNS = 3;
const TARGET_MS = 2000;

interface ImportBenchResult {
  ms: number;
  totalRows: number;
  validRows: number;
  errorCount: number;
}

const locations = Array.from({ length: 20 }, (_, i) => ({
  id: `loc-${i}`,
  name: i === 0 ? 'Headquarters' : `Branch ${i}`,
}));
const context: ImportContext = {
  locations,
  customerPackages: ['webex_calling', 'webex_suite', 'webex_meetings', 'webex_voice'],
  existing: {
    emails: Array.from({ length: 5000 }, (_, i) => `existing${i}@bench.example.com`),
    phoneNumbers: Array.from({ length: 5000 }, (_, i) => `+1301${String(5_000_000 + i).padStart(7, '0')}`),
    extensions: Array.from({ length: 5000 }, (_, i) => String(50_000 + i)),
  },
};
const csv = generateUserImportCsv(
  ROWS,
  locations.map((l) => l.name),
);

const nodeRuns: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  let rows = 0;
  const parser = createCsvParser((batch) => (rows += batch.length));
  for (let at = 0; at < csv.length; at += 65_536) parser.push(csv.slice(at, at + 65_536));
  parser.finish();
  if (rows !== ROWS + 1) throw new Error(`node parse: ${rows} records, expected ${ROWS + 1}`);
  nodeRuns.push(performance.now() - started);
}

const root = await buildBenchPage();
const server = await startBenchServer(root, new Map([['users.csv', Buffer.from(csv, 'utf8')]]));
const browser = await launchChromium();
try {
  console.log(`user import: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(2)} MB CSV`);
  console.log(`  shared CSV parser alone in Node: median ${median(nodeRuns).toFixed(0)} ms`);
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await openBenchPage(browser, server.origin);
    const cpuBefore = chromiumCpu();
    const result = await page.evaluate(
      ([url, ctx]) =>
        (window as unknown as { benchImport(u: string, c: ImportContext): Promise<ImportBenchResult> }).benchImport(
          url,
          ctx,
        ),
      [`${server.origin}/files/users.csv`, context] as const,
    );
    const cpuMs = cpuBetween(cpuBefore, chromiumCpu());
    await page.close();
    if (result.validRows !== ROWS || result.errorCount !== 0) {
      throw new Error(
        `run ${run + 1}: ${result.validRows} valid rows and ${result.errorCount} errors, expected ${ROWS} and 0`,
      );
    }
    console.log(
      `  run ${run + 1}: ${result.ms.toFixed(0)} ms (${result.validRows} valid rows${cpuMs === null ? '' : `; Chromium CPU ${cpuMs.toFixed(0)} ms`})`,
    );
    if (cpuMs !== null) cpu.push(cpuMs);
    runs.push(result.ms);
  }
  console.log(machineLine());
  if (cpu.length > 0)
    console.log(`Chromium CPU time per import (all processes, user + system): median ${median(cpu).toFixed(0)} ms`);
  console.log(reportLine('import parse+validate in the worker', runs, TARGET_MS));
} finally {
  await browser.close();
  await server.close();
}
