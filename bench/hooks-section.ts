/** Section e: the other benches (front-end bundle, CSV parsing, report viewer), each as a child process. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runNode } from './processes';
import type { Results } from './results';

const HOOKS = ['bench/bundle-size.ts', 'bench/csv-parse.ts', 'bench/report-viewer.ts'];

export async function hooksSection(results: Results): Promise<void> {
  console.log('\n== e. other benches');
  const outputs: Record<string, { exitCode: number | null; output: string }> = {};
  for (const script of HOOKS) {
    if (!existsSync(join(ROOT, script))) {
      results.note('hooks', `skipped: ${script} not present`);
      continue;
    }
    if (script === 'bench/bundle-size.ts' && !existsSync(join(ROOT, 'dist', '.vite', 'manifest.json'))) {
      console.log('  building the SPA first (dist/.vite/manifest.json missing)');
      const build = await runNode([join('node_modules', 'vite', 'bin', 'vite.js'), 'build'], {});
      if (build.code !== 0) {
        results.note('hooks', `${script}: vite build failed: ${build.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        continue;
      }
    }
    console.log(`  -- ${script}`);
    const t0 = performance.now();
    const run = await runNode([script], { echo: true });
    const seconds = (performance.now() - t0) / 1000;
    outputs[script] = { exitCode: run.code, output: `${run.stdout}${run.stderr}` };
    results.add({ section: 'hooks', name: `${script} run time`, value: seconds, unit: 's' });
    if (run.code !== 0) results.note('hooks', `${script} exited with ${run.code} (over its own budget, or failed)`);
  }
  results.detail('hooks', outputs);
}
