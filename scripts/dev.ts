/**
 * `npm run dev`: the simulator (API, control API, PGlite in DATA_DIR) on PORT (8080) and
 * Vite's dev server with hot reload on VITE_PORT (5173), which proxies /v1, /hub and /_sim
 * to the simulator. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const port = process.env.PORT ?? '8080';
const host = process.env.HOST ?? '127.0.0.1';
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', 'simulator/src/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, HOST: host },
  }),
  spawn(resolve('node_modules/.bin/vite'), ['--host', host], {
    stdio: 'inherit',
    env: { ...process.env, SIMULATOR_URL: `http://${host}:${port}` },
  }),
];

function stop(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
