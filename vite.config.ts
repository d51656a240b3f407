import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const simulator = process.env.SIMULATOR_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@contract': fileURLToPath(new URL('./contract', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The bench (`npm run bench`) reports per-route gzip sizes from this manifest.
    manifest: true,
    rolldownOptions: {
      output: {
        // One shared "initial" chunk instead of dozens of tiny ones: each lazy route would
        // otherwise pay ~8-9 kB gzip of chunk overhead, and sign-in/overview have 150 kB.
        codeSplitting: {
          groups: [
            {
              name: 'initial',
              tags: ['$initial'],
              test: (id: string) => !/index\.html|[\\/]src[\\/]main\.tsx$/.test(id),
            },
            {
              // The small pieces the signed-in shell and nearly every page use (cards, badges,
              // menus, the theme menu, toasts, permissions, capabilities): one chunk rather than a
              // dozen of a few hundred bytes that each pay their own gzip and import overhead.
              name: 'shell',
              test: /[\\/]src[\\/]shared[\\/](ui[\\/](badge|card|empty-state|icon-button|menu|page-header|skeleton|toast-store)|session[\\/]use-permissions|activity[\\/]activity-store|theme[\\/](theme|theme-menu)|api[\\/](capabilities|stats))\.tsx?$/,
              minShareCount: 2,
            },
            {
              // Icons shared by several lazy routes travel as one chunk, not as a dozen
              // sub-kilobyte files that each pay their own request and gzip overhead.
              name: 'icons',
              test: /[\\/]node_modules[\\/]lucide-react[\\/]/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: Object.fromEntries(
      ['/v1', '/hub', '/_sim', '/downloads', '/app-config.json', '/healthz'].map((p) => [p, simulator]),
    ),
  },
});
