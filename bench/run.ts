/**
 * `npm run bench`: prints figures with their targets and saves them to bench/results/latest.json.
 *
 *   a. seed     scale seed (100k customers / 1M subscribers) on PGlite in a fresh data dir
 *   b. api      simulator on that dir: list / filtered list / get latencies and throughput, then the
 *               customers page in Chromium on the same tenant (bench/customer-list-render.ts)
 *   c. billing  USER reconciliation report over last month, streamed CSV download, peak RSS
 *   d. prism    the same request mix against Prism's mock of the official spec, at equal concurrency
 *   e. hooks    bench/bundle-size.ts, bench/csv-parse.ts, bench/report-viewer.ts when present
 *
 * Flags: --skip seed,prism   --only api,billing   --data-dir DIR (reuse an earlier run's seeded
 * dir, or seed into DIR)   --keep (keep the temporary data dir)   --customers N --subscribers N
 * --requests N --concurrency N --warmup N --report-timeout SECONDS
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiSection, startTarget, type Target } from './api-section';
import { billingSection } from './billing-section';
import { customerListRenderSection } from './customer-list-render';
import { hooksSection } from './hooks-section';
import { prismSection } from './prism-section';
import { ROOT } from './processes';
import { Results } from './results';
import { reuseSeeded, seedSection, type SeededTenant } from './seed-section';

const SECTIONS = ['seed', 'api', 'billing', 'prism', 'hooks'] as const;
type Section = (typeof SECTIONS)[number];

function options() {
  const { values } = parseArgs({
    options: {
      skip: { type: 'string', default: '' },
      only: { type: 'string', default: '' },
      'data-dir': { type: 'string' },
      keep: { type: 'boolean', default: false },
      customers: { type: 'string', default: '100000' },
      subscribers: { type: 'string', default: '1000000' },
      requests: { type: 'string', default: '500' },
      concurrency: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '50' },
      'report-timeout': { type: 'string', default: '600' },
    },
  });
  const list = (value: string) =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const unknown = [...list(values.skip), ...list(values.only)].filter(
    (s) => !(SECTIONS as readonly string[]).includes(s),
  );
  if (unknown.length) throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  const only = list(values.only);
  const enabled = new Set<Section>(
    SECTIONS.filter((s) => (only.length ? only.includes(s) : !list(values.skip).includes(s))),
  );
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  return {
    enabled,
    dataDir: values['data-dir'],
    keep: values.keep,
    customers: int('customers', values.customers),
    subscribers: int('subscribers', values.subscribers),
    requests: int('requests', values.requests),
    concurrency: int('concurrency', values.concurrency),
    warmup: int('warmup', values.warmup),
    reportTimeout: int('report-timeout', values['report-timeout']),
  };
}

async function main(): Promise<void> {
  const opts = options();
  const results = new Results();
  const startedAt = new Date();
  const loadAtStart = loadavg();
  console.log(
    `bench: ${[...opts.enabled].join(', ')} on ${cpus().length} CPUs (load ${loadAtStart.map((l) => l.toFixed(1)).join(' ')})`,
  );
  const temporary = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'wph-bench-'));
  let seeded: SeededTenant | null = opts.enabled.has('seed') ? null : reuseSeeded(dataDir);
  let target: Target | null = null;
  try {
    if (opts.enabled.has('seed')) {
      seeded = await seedSection(results, { dataDir, customers: opts.customers, subscribers: opts.subscribers });
    }
    const needsServer = (['api', 'billing', 'prism'] as const).filter((s) => opts.enabled.has(s));
    if (needsServer.length && !seeded) {
      for (const s of needsServer) {
        results.note(s, 'skipped: no seeded data dir (run the seed section, or pass --data-dir of an earlier run)');
      }
    } else if (needsServer.length && seeded) {
      target = await startTarget(results, seeded);
      if (opts.enabled.has('api')) {
        await apiSection(results, target, opts);
        await customerListRenderSection(results, {
          baseUrl: target.sim.baseUrl,
          orgId: target.orgId,
          token: target.token,
        });
      }
      if (opts.enabled.has('billing')) await billingSection(results, target, { timeoutSeconds: opts.reportTimeout });
      if (opts.enabled.has('prism')) await prismSection(results, target, opts);
    }
    if (opts.enabled.has('hooks')) await hooksSection(results);
  } finally {
    await target?.sim.stop();
    if (temporary && !opts.keep) rmSync(dataDir, { recursive: true, force: true });
  }
  const loadAtEnd = loadavg();
  console.log(`\n== summary\n${results.summary()}`);
  // Timings are wall-clock: on a shared machine they scale with its load.
  console.log(
    `\nload average (1/5/15 min): ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} at start, ${loadAtEnd.map((l) => l.toFixed(1)).join(' ')} at end, on ${cpus().length} CPUs`,
  );
  const path = join(ROOT, 'bench', 'results', 'latest.json');
  results.save(path, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    options: { ...opts, enabled: [...opts.enabled] },
  });
  console.log(`\nsaved ${path}${temporary && opts.keep ? `; data dir kept at ${dataDir}` : ''}`);
}

main().catch((error: unknown) => {
  console.error('[bench]', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
