/** Section a: the scale seed on PGlite in a fresh data dir, as a child process (it owns the dir while it runs). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runNode } from './processes';
import type { Results } from './results';

export interface SeededTenant {
  dataDir: string;
  orgId: string;
  customers: number;
  subscribers: number;
}

interface ScaleSummary {
  orgId: string;
  customers: number;
  subscribers: number;
  openSeconds: number;
  seedSeconds: number;
  steps: { name: string; rows: number; ms: number; cpuMs: number }[];
}

const SEED_TARGET_SECONDS = 180;

/** Where a seeded data dir records which tenant it holds, so later runs can reuse it (--data-dir). */
function summaryPath(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, '')}.bench.json`;
}

export async function seedSection(
  results: Results,
  opts: { dataDir: string; customers: number; subscribers: number },
): Promise<SeededTenant | null> {
  console.log(
    `\n== a. scale seed: ${opts.customers.toLocaleString('en-US')} customers / ${opts.subscribers.toLocaleString('en-US')} subscribers on PGlite (${opts.dataDir})`,
  );
  const t0 = performance.now();
  const run = await runNode(
    [
      'simulator/src/seed/scale.ts',
      '--customers',
      String(opts.customers),
      '--subscribers',
      String(opts.subscribers),
      '--data-dir',
      opts.dataDir,
      '--json',
    ],
    { env: { DATABASE_URL: '' }, echo: true },
  );
  const wallSeconds = (performance.now() - t0) / 1000;
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.code !== 0 || !line.startsWith('{')) {
    results.note('seed', `failed (exit ${run.code}): ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    return null;
  }
  const summary = JSON.parse(line) as ScaleSummary;
  writeFileSync(summaryPath(opts.dataDir), JSON.stringify(summary));
  const cpuSeconds = summary.steps.reduce((sum, s) => sum + s.cpuMs, 0) / 1000;
  const indexSeconds =
    summary.steps.filter((s) => s.name.startsWith('index ')).reduce((sum, s) => sum + s.ms, 0) / 1000;
  results.add({
    section: 'seed',
    name: 'scale seed (100k/1M: fill + indexes)',
    value: summary.seedSeconds,
    unit: 's',
    targetBelow: SEED_TARGET_SECONDS,
  });
  results.add({ section: 'seed', name: 'of which index builds', value: indexSeconds, unit: 's' });
  results.add({ section: 'seed', name: 'seed CPU time (load-independent)', value: cpuSeconds, unit: 's' });
  results.add({ section: 'seed', name: 'new data dir + migrations', value: summary.openSeconds, unit: 's' });
  results.add({ section: 'seed', name: 'whole CLI run', value: wallSeconds, unit: 's' });
  results.detail('seed', summary);
  console.log(
    `  seed ${summary.seedSeconds.toFixed(1)} s (${summary.seedSeconds < SEED_TARGET_SECONDS ? 'OK' : 'OVER'} vs < ${SEED_TARGET_SECONDS} s)`,
  );
  return {
    dataDir: opts.dataDir,
    orgId: summary.orgId,
    customers: summary.customers,
    subscribers: summary.subscribers,
  };
}

/** A data dir seeded by an earlier bench run. */
export function reuseSeeded(dataDir: string): SeededTenant | null {
  const path = summaryPath(dataDir);
  if (!existsSync(path)) return null;
  const summary = JSON.parse(readFileSync(path, 'utf8')) as ScaleSummary;
  return { dataDir, orgId: summary.orgId, customers: summary.customers, subscribers: summary.subscribers };
}
