import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark page: the SPA's engines and workers bundled as production code would be,
 * but from their own entry into .tmp/bench-dist, so nothing of it reaches the app build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('../../src', import.meta.url)),
      '@contract': fileURLToPath(new URL('../../contract', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../.tmp/bench-dist', import.meta.url)),
    emptyOutDir: true,
  },
  worker: { format: 'es' },
});
