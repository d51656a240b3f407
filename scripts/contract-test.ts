/**
 * `npm run test:contract`: replays the API test suite's public-API traffic through Prism
 * (`proxy --errors`) against the official OpenAPI document and fails on any violation.
 * See simulator/test/contract-proxy.ts for how each exchange is judged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startSimulator } from '../simulator/test/server-process';
import { KNOWN_QUIRKS, quirkFor, type Violation } from '../simulator/test/contract-proxy';

const SPEC = resolve('../shared/reference/webex-wholesale.openapi.json');
const LOG = resolve('.tmp/contract-log.jsonl');

interface LogEntry {
  kind: 'ok' | 'request-rejected' | 'response-violation';
  method: string;
  path: string;
  status: number;
  simulatorStatus?: number;
  prism?: string;
  validation?: Violation[];
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

async function startPrism(upstream: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    resolve('node_modules/.bin/prism'),
    ['proxy', SPEC, upstream, '--errors', '-p', String(port), '-h', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start within 90 s:\n${output}`)), 90_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`Prism exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function runVitest(env: Record<string, string>): Promise<number> {
  return new Promise((ok) => {
    const child = spawn(resolve('node_modules/.bin/vitest'), ['run', '--project', 'api'], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code) => ok(code ?? 1));
  });
}

async function main() {
  if (!existsSync(SPEC)) throw new Error(`The OpenAPI document is missing at ${SPEC}`);
  mkdirSync('.tmp', { recursive: true });
  rmSync(LOG, { force: true });
  const sim = await startSimulator();
  const prism = await startPrism(`${sim.baseUrl}/v1`);
  let testsExit = 1;
  try {
    testsExit = await runVitest({ SIM_BASE_URL: sim.baseUrl, CONTRACT_PROXY_URL: prism.url, CONTRACT_LOG: LOG });
  } finally {
    prism.child.kill('SIGTERM');
    await sim.stop();
  }

  const entries: LogEntry[] = existsSync(LOG)
    ? readFileSync(LOG, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogEntry)
    : [];
  const violations: string[] = [];
  const quirks = new Map<string, number>();
  for (const e of entries) {
    const where = `${e.method} ${e.path.split('?')[0]}`;
    if (e.kind === 'response-violation') {
      const quirk = quirkFor(e.path, e.validation);
      if (quirk) quirks.set(quirk.id, (quirks.get(quirk.id) ?? 0) + 1);
      else violations.push(`response of ${where} (HTTP ${e.status}) breaks the spec: ${JSON.stringify(e.validation)}`);
    } else if (e.kind === 'request-rejected' && (e.simulatorStatus ?? 0) < 400) {
      violations.push(
        `${where}: Prism rejects the request (${e.prism}) but the simulator accepted it with ${e.simulatorStatus}: ${JSON.stringify(e.validation)}`,
      );
    }
  }
  const count = (k: LogEntry['kind']) => entries.filter((e) => e.kind === k).length;
  const operations = new Set(
    entries.map((e) => `${e.method} ${e.path.split('?')[0]!.replace(/\/[A-Za-z0-9_-]{40,}/g, '/{id}')}`),
  );
  console.log('\nContract check against the official OpenAPI document');
  console.log(`  exchanges through Prism:        ${entries.length}`);
  console.log(`  conforming responses:           ${count('ok')}`);
  console.log(
    `  spec-invalid requests refused:  ${count('request-rejected') - violations.filter((v) => v.includes('Prism rejects')).length} (the simulator refused them too)`,
  );
  console.log(`  operations exercised:           ${operations.size}`);
  for (const [id, n] of quirks)
    console.log(`  known spec quirk ${id}:            ${n} (${KNOWN_QUIRKS.find((q) => q.id === id)?.why})`);
  for (const v of violations) console.log(`  VIOLATION: ${v}`);
  if (entries.length === 0) violations.push('no traffic went through Prism');
  const failed = violations.length > 0 || testsExit !== 0;
  console.log(`${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
