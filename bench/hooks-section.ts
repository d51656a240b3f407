/** Section e: the other benches (front-end bundle, CSV parsing, report viewer), each as a child process. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runNode } from './processes';
import type { Results } from './results';

/** Fresh build for the bundle bench, apart from dist/ (which `npm start` serves). */
const BUNDLE_DIR = join('.tmp', 'bench-bundle');

const HOOKS = ['bench/bundle-size.ts', 'bench/csv-parse.ts', 'bench/report-viewer.ts'];

export async function hooksSection(results: Results): Promise<void> {
  console.log('\n== e. other benches');
  const outputs: Record<string, { exitCode: number | null; output: string }> = {};
  for (const script of HOOKS) {
    if (!existsSync(join(ROOT, script))) {
      results.note('hooks', `skipped: ${script} not present`);
      continue;
    }
    const args = [script];
    if (script === 'bench/bundle-size.ts') {
      // Always this checkout's sources: a dist/ left by an earlier build measures old code.
      console.log(`  building the SPA into ${BUNDLE_DIR}`);
      const build = await runNode(
        [join('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', BUNDLE_DIR, '--emptyOutDir'],
        {},
      );
      if (build.code !== 0) {
        results.note('hooks', `${script}: vite build failed: ${build.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        continue;
      }
      args.push(`--dist=${BUNDLE_DIR}`);
    }
    console.log(`  -- ${script}`);
    const t0 = performance.now();
    const run = await runNode(args, { echo: true });
    const seconds = (performance.now() - t0) / 1000;
    outputs[script] = { exitCode: run.code, output: `${run.stdout}${run.stderr}` };
    results.add({ section: 'hooks', name: `${script} run time`, value: seconds, unit: 's' });
    if (run.code !== 0) results.note('hooks', `${script} exited with ${run.code} (over its own budget, or failed)`);
  }
  results.detail('hooks', outputs);
}
