import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BENCH_DIST = fileURLToPath(new URL('../../.tmp/bench-dist', import.meta.url));

/** Builds the benchmark page with its own config (never the app's) into .tmp/bench-dist. */
export async function buildBenchPage(): Promise<string> {
  await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) });
  return BENCH_DIST;
}
