import { appendFileSync } from 'node:fs';

/**
 * Contract mode (`npm run test:contract`): every public-API call of the API tests goes
 * through Prism in `proxy --errors` mode against the official OpenAPI document, and each
 * exchange is logged for scripts/contract-test.ts to judge.
 *
 * Prism answers on its own in two cases, both recognisable by its problem+json `type`:
 *  - the request breaks the spec (422 UNPROCESSABLE_ENTITY, or 400 invalid_json): Prism did
 *    not forward it, so the request is re-sent straight to the simulator and the test goes
 *    on; the log records what the simulator answered (a 2xx there is a violation: we
 *    accepted what the spec forbids);
 *  - the simulator's response breaks the spec (500 VIOLATIONS): logged as a violation and
 *    handed to the test as is, so that the test fails too.
 */
const proxyUrl = process.env.CONTRACT_PROXY_URL;
const logFile = process.env.CONTRACT_LOG;

export const contractMode = Boolean(proxyUrl && logFile);

interface PrismProblem {
  type?: string;
  validation?: unknown;
  error?: { code?: string };
}

/** Public API paths the spec describes (served by the simulator under /v1). */
function specPath(url: URL): string | null {
  const p = url.pathname;
  return p.startsWith('/v1/wholesale/') || /^\/v1\/subscribers\/[^/]+\/emails\/consentMove$/.test(p)
    ? p.slice(3) + url.search
    : null;
}

export async function contractFetch(simBase: string, target: string, init: RequestInit): Promise<Response> {
  const url = new URL(target, simBase);
  const viaSpec = proxyUrl ? specPath(url) : null;
  if (!proxyUrl || !logFile || !viaSpec) return fetch(url, init);

  const proxied = await fetch(proxyUrl + viaSpec, init);
  // Every simulator answer carries a TrackingID header; one without it was made by Prism.
  const isPrismProblem = !proxied.headers.get('trackingid');
  const entry = { method: init.method ?? 'GET', path: viaSpec, status: proxied.status };
  if (!isPrismProblem) {
    appendFileSync(logFile, JSON.stringify({ ...entry, kind: 'ok' }) + '\n');
    return proxied;
  }
  const problem = (await proxied.clone().json().catch(() => ({}))) as PrismProblem;
  if (problem.type?.endsWith('#VIOLATIONS')) {
    appendFileSync(logFile, JSON.stringify({ ...entry, kind: 'response-violation', validation: problem.validation }) + '\n');
    return proxied;
  }
  const direct = await fetch(url, init);
  appendFileSync(
    logFile,
    JSON.stringify({ ...entry, kind: 'request-rejected', prism: problem.type ?? problem.error?.code, validation: problem.validation, simulatorStatus: direct.status }) + '\n',
  );
  return direct;
}
