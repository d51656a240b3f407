import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningSimulator {
  baseUrl: string;
  process: ChildProcess;
  dataDir: string | undefined;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the real simulator as a child process (as `npm start` would, minus the SPA build)
 * on a free port, and resolves once it listens. PGlite in a fresh temp dir unless
 * DATABASE_URL is set in `env`.
 */
export async function startSimulator(env: Record<string, string | undefined> = {}): Promise<RunningSimulator> {
  const dataDir = env.DATABASE_URL ? undefined : (env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'wph-sim-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED: 'none',
      JOB_POLL_MS: '50',
      ...env,
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    // Generous: on a loaded 2-core machine tsx, PGlite and the migrations can take most of a minute.
    const timer = setTimeout(() => reject(new Error(`simulator did not start within 180 s:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.SIM_DEBUG) process.stderr.write(chunk);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`simulator exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    baseUrl,
    process: child,
    dataDir,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
