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

/**
 * Spec quirks (wholesale-api-notes §10) where the simulator follows the documented
 * behaviour and the schema disagrees with the spec's own example. Each entry must match
 * both the operation and every validation message, so nothing else slips through.
 * `safeToRepeat`: the operation writes nothing, so the test may get the simulator's own
 * answer by asking it again directly.
 */
export const KNOWN_QUIRKS: { id: string; why: string; path: RegExp; message: RegExp; safeToRepeat: boolean }[] = [
  {
    id: 'Q4',
    why: 'precheck `info` is typed as an object but the spec example (and the real API) send an array',
    path: /^\/wholesale\/(customers|subscribers)\/validate/,
    message: /info.*(must be object|type)/i,
    safeToRepeat: true,
  },
];

export interface Violation {
  message?: string;
  location?: string[];
}

export function quirkFor(path: string, validation: Violation[] | undefined) {
  return KNOWN_QUIRKS.find(
    (q) =>
      q.path.test(path) &&
      (validation ?? []).length > 0 &&
      (validation ?? []).every((v) => q.message.test(`${(v.location ?? []).join('.')} ${v.message ?? ''}`)),
  );
}

interface PrismProblem {
  type?: string;
  validation?: Violation[];
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
  // Only the shared simulator sits behind Prism; tests that start their own process
  // (restart, crash, reset) talk to it directly.
  const viaSpec = proxyUrl && url.origin === new URL(simBase).origin ? specPath(url) : null;
  if (!proxyUrl || !logFile || !viaSpec) return fetch(url, init);

  const proxied = await fetch(proxyUrl + viaSpec, init);
  // Every simulator answer carries a TrackingID header; one without it was made by Prism.
  const isPrismProblem = !proxied.headers.get('trackingid');
  const entry = { method: init.method ?? 'GET', path: viaSpec, status: proxied.status };
  if (!isPrismProblem) {
    appendFileSync(logFile, JSON.stringify({ ...entry, kind: 'ok' }) + '\n');
    return proxied;
  }
  const problem = (await proxied
    .clone()
    .json()
    .catch(() => ({}))) as PrismProblem;
  if (problem.type?.endsWith('#VIOLATIONS')) {
    appendFileSync(
      logFile,
      JSON.stringify({ ...entry, kind: 'response-violation', validation: problem.validation }) + '\n',
    );
    return quirkFor(viaSpec, problem.validation)?.safeToRepeat ? fetch(url, init) : proxied;
  }
  const direct = await fetch(url, init);
  appendFileSync(
    logFile,
    JSON.stringify({
      ...entry,
      kind: 'request-rejected',
      prism: problem.type ?? problem.error?.code,
      validation: problem.validation,
      simulatorStatus: direct.status,
    }) + '\n',
  );
  return direct;
}
