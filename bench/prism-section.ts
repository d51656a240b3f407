/**
 * Section d: the same list/get mix against Prism's mock of the official OpenAPI document
 * (static examples, no state) and against the simulator, at equal concurrency. Prism
 * serves the spec's paths as they are (/wholesale/...), the simulator under /v1.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requestMix, type Target } from './api-section';
import { cycle, runLoad } from './http-load';
import { ROOT, freePort, stop, waitForOutput } from './processes';
import type { Results } from './results';

const SPEC = join(ROOT, '..', 'shared', 'reference', 'webex-wholesale.openapi.json');
const PRISM = join(ROOT, 'node_modules', '.bin', 'prism');

export async function prismSection(
  results: Results,
  target: Target,
  opts: { requests: number; concurrency: number; warmup: number },
): Promise<void> {
  console.log(
    `\n== d. Prism mock vs simulator: ${opts.requests} requests per endpoint at ${opts.concurrency} concurrent clients`,
  );
  if (!existsSync(PRISM) || !existsSync(SPEC)) {
    results.note('prism', `skipped: ${existsSync(PRISM) ? SPEC : PRISM} not found`);
    return;
  }
  const port = await freePort();
  const prism = spawn(PRISM, ['mock', SPEC, '-p', String(port), '-h', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await waitForOutput(prism, /Prism is listening/, 60_000);
    const headers = { authorization: `Bearer ${target.token}` };
    const totals: Record<string, number> = {};
    for (const [label, base] of [
      ['Prism', `http://127.0.0.1:${port}`],
      ['simulator', `${target.sim.baseUrl}/v1`],
    ] as const) {
      const mix = requestMix(base, target.customerIds);
      for (const pool of Object.values(mix)) await runLoad(cycle(pool, opts.warmup), opts.concurrency, headers);
      let requests = 0;
      let seconds = 0;
      for (const [name, pool] of Object.entries(mix)) {
        const r = await runLoad(cycle(pool, opts.requests), opts.concurrency, headers);
        requests += r.requests;
        seconds += r.seconds;
        console.log(
          `  ${label.padEnd(10)} ${name.padEnd(28)} ${r.perSecond.toFixed(0)} req/s  p95 ${r.p95.toFixed(1)} ms${r.failures ? `  (${r.failures} non-2xx: ${r.firstFailure})` : ''}`,
        );
        results.add({ section: 'prism', name: `${label}: ${name}`, value: r.perSecond, unit: 'req/s' });
      }
      totals[label] = requests / seconds;
      results.add({ section: 'prism', name: `${label}: whole mix`, value: requests / seconds, unit: 'req/s' });
    }
    const ratio = (totals.simulator ?? 0) / (totals.Prism ?? 1);
    console.log(`  simulator / Prism throughput: ${ratio.toFixed(2)}×`);
    results.add({ section: 'prism', name: 'throughput ratio simulator / Prism', value: ratio, unit: '×' });
  } finally {
    await stop(prism);
  }
}
