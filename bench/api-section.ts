/** Section b: the simulator on the seeded data dir, answering list and get requests. */
import { startSimulator, type RunningSimulator } from '../simulator/test/server-process';
import { cycle, runLoad, type LoadResult } from './http-load';
import { peakRssMiB } from './processes';
import type { Results } from './results';
import type { SeededTenant } from './seed-section';

export interface Target {
  sim: RunningSimulator;
  token: string;
  orgId: string;
  customerIds: string[];
  /** The simulator's recent output, to explain failures. */
  output(): string;
}

/** Latency targets of the sequential runs (one client: the server's own time plus loopback). */
const TARGET_P95_MS: Readonly<Record<string, number>> = {
  'list first page': 50,
  'list by status, first page': 50,
  'list by status, offset 5000': 50,
  'get customer': 10,
};

export async function startTarget(results: Results, seeded: SeededTenant): Promise<Target> {
  const t0 = performance.now();
  const sim = await startSimulator({ DATA_DIR: seeded.dataDir, SEED: 'none', LOG_REQUESTS: 'off' });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  sim.process.stdout?.on('data', keep);
  sim.process.stderr?.on('data', keep);
  results.add({
    section: 'api',
    name: 'simulator start on the seeded dir',
    value: (performance.now() - t0) / 1000,
    unit: 's',
  });
  const res = await fetch(`${sim.baseUrl}/_sim/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orgId: seeded.orgId, role: 'full_admin' }),
  });
  if (res.status !== 201) throw new Error(`POST /_sim/tokens answered ${res.status}: ${await res.text()}`);
  const token = ((await res.json()) as { accessToken: string }).accessToken;
  // Customers from across the book, so "get" does not only hit the first page's rows.
  const customerIds: string[] = [];
  for (const fraction of [0, 0.25, 0.5, 0.75, 0.95]) {
    const offset = Math.floor(seeded.customers * fraction);
    const page = await fetch(`${sim.baseUrl}/v1/wholesale/customers?max=100&offset=${offset}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await page.json()) as { items?: { id: string }[] };
    customerIds.push(...(body.items ?? []).map((c) => c.id));
  }
  return { sim, token, orgId: seeded.orgId, customerIds, output: () => tail };
}

/** The request mix of sections b and d: `base` is the API root (the simulator's /v1, or Prism's /). */
export function requestMix(base: string, customerIds: readonly string[]): Record<string, string[]> {
  return {
    'list first page': [`${base}/wholesale/customers?max=100`],
    'list by status, first page': [`${base}/wholesale/customers?status=provisioned_with_errors&max=100`],
    'list by status, offset 5000': [`${base}/wholesale/customers?status=provisioned_with_errors&offset=5000&max=100`],
    'get customer': customerIds.map((id) => `${base}/wholesale/customers/${encodeURIComponent(id)}`),
  };
}

export async function apiSection(
  results: Results,
  target: Target,
  opts: { requests: number; concurrency: number; warmup: number },
): Promise<void> {
  console.log(
    `\n== b. simulator HTTP: ${opts.requests} requests per figure, sequential and ${opts.concurrency} concurrent clients`,
  );
  const headers = { authorization: `Bearer ${target.token}` };
  const mix = requestMix(`${target.sim.baseUrl}/v1`, target.customerIds);
  for (const pool of Object.values(mix)) await runLoad(cycle(pool, opts.warmup), 1, headers);
  for (const [mode, concurrency] of [
    ['sequential', 1],
    [`${opts.concurrency} clients`, opts.concurrency],
  ] as const) {
    for (const [name, pool] of Object.entries(mix)) {
      const r = await runLoad(cycle(pool, opts.requests), concurrency, headers);
      report(results, `${name} (${mode})`, r, concurrency === 1 ? TARGET_P95_MS[name] : undefined);
    }
  }
  if (target.sim.process.exitCode !== null) {
    results.note('api', `the simulator exited (${target.sim.process.exitCode}): ${target.output().slice(-800)}`);
  }
  const rss = peakRssMiB(target.sim.process.pid);
  if (rss !== undefined)
    results.add({ section: 'api', name: 'simulator peak RSS after HTTP runs', value: rss, unit: 'MiB' });
}

function report(results: Results, name: string, r: LoadResult, targetP95?: number): void {
  console.log(
    `  ${name.padEnd(42)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  ${r.perSecond.toFixed(0)} req/s${r.failures ? `  (${r.failures} failed: ${r.firstFailure})` : ''}`,
  );
  results.add({ section: 'api', name: `${name} p50`, value: r.p50, unit: 'ms' });
  results.add({
    section: 'api',
    name: `${name} p95`,
    value: r.p95,
    unit: 'ms',
    ...(targetP95 ? { targetBelow: targetP95 } : {}),
  });
  results.add({ section: 'api', name: `${name} p99`, value: r.p99, unit: 'ms' });
  results.add({ section: 'api', name: `${name} throughput`, value: r.perSecond, unit: 'req/s' });
  if (r.failures) results.note('api', `${name}: ${r.failures} non-2xx answers, first: ${r.firstFailure}`);
}
