/**
 * `npm test`: every check the project has, cheapest first, stopping at the first failure.
 * Ends with a summary table and the line `N passed, N failed` (counting steps) for CI.
 *
 * The API suite runs on PGlite with its public-API traffic through Prism (the contract
 * check, scripts/contract-test.ts), and again on PostgreSQL when one is reachable through
 * TEST_DATABASE_URL or DATABASE_URL. That pass gets a database of its own, created on that
 * server and dropped afterwards, so runs never see one another's data.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';

type Outcome = 'passed' | 'failed' | 'skipped' | 'not run';

interface Step {
  name: string;
  /** Why the step does not apply here, or null to run it. */
  skip?: () => string | null;
  run: () => Promise<boolean>;
}

interface Result {
  name: string;
  outcome: Outcome;
  ms: number;
  note: string;
}

const bin = (name: string) => resolve('node_modules/.bin', name);
const pgServerUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';

/** The environment of every step: no database URL unless a step passes its own. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = baseEnv()): Promise<boolean> {
  console.log(`\n\x1b[1m$ ${[command.replace(`${process.cwd()}/`, ''), ...args].join(' ')}\x1b[0m`);
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      done(false);
    });
    child.on('exit', (code, signal) => {
      if (signal) console.error(`${command} was killed by ${signal}`);
      done(code === 0);
    });
  });
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function apiOnPostgres(): Promise<boolean> {
  const database = `wph_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin(pgServerUrl, (c) => c.query(`CREATE DATABASE ${database}`));
  } catch (error) {
    const host = new URL(pgServerUrl).host;
    console.error(
      `Cannot create a test database on ${host}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
  console.log(`created database ${database}`);
  try {
    return await run(
      bin('vitest'),
      ['run', '--project', 'api'],
      baseEnv({ DATABASE_URL: withDatabase(pgServerUrl, database) }),
    );
  } finally {
    // FORCE ends connections a crashed simulator may have left behind (PostgreSQL 13+).
    await admin(pgServerUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
      .then(() => console.log(`dropped database ${database}`))
      .catch((error: unknown) => console.error(`could not drop database ${database}: ${String(error)}`));
  }
}

const steps: Step[] = [
  { name: 'format (prettier --check)', run: () => run(bin('prettier'), ['--check', '.']) },
  { name: 'lint (eslint)', run: () => run(bin('eslint'), ['--max-warnings=0', '.']) },
  { name: 'typecheck (tsc)', run: () => run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) },
  { name: 'unit tests', run: () => run(bin('vitest'), ['run', '--project', 'unit']) },
  // One pass is both: the whole API suite on PGlite, its public-API traffic through Prism.
  {
    name: 'API tests on PGlite + contract (Prism against the OpenAPI document)',
    run: () => run('npm', ['run', '--silent', 'test:contract']),
  },
  {
    name: 'API tests on PostgreSQL',
    skip: () => (pgServerUrl ? null : 'no DATABASE_URL or TEST_DATABASE_URL'),
    run: apiOnPostgres,
  },
  { name: 'build (vite build)', run: () => run(bin('vite'), ['build']) },
  {
    name: 'browser journeys (playwright)',
    skip: () => (existsSync('playwright.config.ts') ? null : 'no playwright.config.ts'),
    // dist/ was built by the previous step.
    run: () => run(bin('playwright'), ['test'], baseEnv({ E2E_SKIP_BUILD: '1' })),
  },
];

function formatMs(ms: number): string {
  if (ms === 0) return '-';
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

function printSummary(results: Result[], totalMs: number, failedStep: string | null): void {
  const rows = results.map((r) => [r.name, r.outcome + (r.note ? ` (${r.note})` : ''), formatMs(r.ms)]);
  const header = ['step', 'result', 'duration'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  const passed = results.filter((r) => r.outcome === 'passed').length;
  const failed = results.filter((r) => r.outcome === 'failed').length;
  console.log(
    `\ntotal ${formatMs(totalMs)}${failedStep ? `; stopped after "${failedStep}" failed (its output is above)` : ''}`,
  );
  console.log(`${passed} passed, ${failed} failed`);
}

const started = Date.now();
const results: Result[] = [];
let failedStep: string | null = null;
for (const step of steps) {
  if (failedStep) {
    results.push({ name: step.name, outcome: 'not run', ms: 0, note: '' });
    continue;
  }
  const reason = step.skip?.() ?? null;
  if (reason) {
    results.push({ name: step.name, outcome: 'skipped', ms: 0, note: reason });
    continue;
  }
  const t0 = Date.now();
  const ok = await step.run().catch((error: unknown) => {
    console.error(error);
    return false;
  });
  results.push({ name: step.name, outcome: ok ? 'passed' : 'failed', ms: Date.now() - t0, note: '' });
  if (!ok) failedStep = step.name;
}
printSummary(results, Date.now() - started, failedStep);
process.exitCode = failedStep ? 1 : 0;
