import { safeParse, type $ZodIssue, type $ZodType, type output } from 'zod/v4/core';
import { ApiError, errorFromResponse } from './api-error';
import { parseLinkHeader, type Links } from './link-header';

/** Which configured base URL a path is relative to: the Wholesale API, the Hub-only API, or the simulator's control API. */
export type ApiBase = 'api' | 'hub' | 'sim';

/**
 * How an endpoint names the sub-partner a parent partner acts for: provisioning calls
 * (and the Hub API) use `onBehalfOfSubPartnerOrgId`, billing reports `subPartnerOrgId`.
 */
export type ActingOrgParam = 'onBehalfOfSubPartnerOrgId' | 'subPartnerOrgId';

/** The organisation a request acts for; `subPartnerOrgId` is set only while cross-launched. */
export interface OrgScope {
  orgId: string;
  subPartnerOrgId: string | null;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions<S extends $ZodType> {
  method?: HttpMethod;
  base?: ApiBase;
  /** Relative to the base URL, or an absolute URL (e.g. a `Link: rel="next"` URL, followed verbatim). */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Every answer is parsed (classic zod or zod/mini); use `NoContent` for 204s. */
  schema: S;
  /** Acting-org context: adds `orgParam=<sub-partner id>` while cross-launched. */
  org?: OrgScope;
  orgParam?: ActingOrgParam;
  /** The scope this call needs; a 403 reports it as missing so the UI stops offering the action. */
  scope?: string;
  /** Retry 429/503 for a non-idempotent method too (only when the server guarantees no duplicate). */
  retry?: boolean;
  responseType?: 'json' | 'text';
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  links: Links;
  trackingId: string | null;
  headers: Headers;
}

export interface RetryPolicy {
  /** Total tries, including the first. */
  maxAttempts: number;
  /** A Retry-After longer than this is not waited for; the error goes to the caller instead. */
  maxWaitSeconds: number;
}

export interface ApiClientOptions {
  baseUrls: () => Record<ApiBase, string | null>;
  getToken: () => string | null;
  /** A 401 to a request that carried a token: the session is over. */
  onUnauthorized?: () => void;
  onScopeDenied?: (scope: string) => void;
  fetch?: typeof fetch;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** Resolves relative base URLs such as `/v1`; defaults to the page's origin. */
  origin?: string;
}

export interface ApiClient {
  request<S extends $ZodType>(options: RequestOptions<S>): Promise<ApiResponse<output<S>>>;
  /** Whether a base is configured (the Hub API is absent against the real Webex API). */
  has(base: ApiBase): boolean;
  /** The configured base URL, e.g. to key cached data by backend. */
  baseUrl(base: ApiBase): string | null;
}

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);
const RETRYABLE_STATUS = new Set([429, 503]);
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, maxWaitSeconds: 30 };

function abortableWait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function appendQuery(url: URL, query: Record<string, QueryValue> | undefined): void {
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.delete(key);
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.set(key, String(value));
  }
}

async function readBody(
  response: Response,
  type: 'json' | 'text',
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  if (type === 'text') return { ok: true, value: text };
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function describeIssues(issues: readonly $ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const wait = options.wait ?? abortableWait;
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const origin = () => options.origin ?? globalThis.location?.origin ?? 'http://localhost';

  function resolveBase(base: ApiBase): URL {
    const configured = options.baseUrls()[base];
    if (!configured) throw new Error(`No ${base} base URL is configured for this backend.`);
    return new URL(configured.replace(/\/+$/, '') + '/', origin());
  }

  /** The bearer token goes only to the API and Hub origins, never to a foreign host named in a Link header. */
  function mayCarryToken(url: URL, base: ApiBase): boolean {
    if (base === 'sim') return false;
    const trusted = (['api', 'hub'] as const)
      .map((b) => options.baseUrls()[b])
      .filter((u): u is string => !!u)
      .map((u) => new URL(u, origin()).origin);
    return trusted.includes(url.origin);
  }

  async function request<S extends $ZodType>(req: RequestOptions<S>): Promise<ApiResponse<output<S>>> {
    const method = req.method ?? 'GET';
    const base = req.base ?? 'api';
    const url = /^https?:\/\//i.test(req.path)
      ? new URL(req.path)
      : new URL(req.path.replace(/^\/+/, ''), resolveBase(base));
    appendQuery(url, req.query);
    if (req.org?.subPartnerOrgId && req.orgParam) url.searchParams.set(req.orgParam, req.org.subPartnerOrgId);

    const headers: Record<string, string> = {
      accept: req.responseType === 'text' ? 'text/plain, */*' : 'application/json',
    };
    const token = options.getToken();
    const sendsToken = !!token && mayCarryToken(url, base);
    if (sendsToken) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (req.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(req.body);
    }
    const retryable = IDEMPOTENT.has(method) || req.retry === true;

    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetchImpl(url, { method, headers, body, signal: req.signal });
      } catch (error) {
        if (req.signal?.aborted) throw error;
        throw new ApiError({
          kind: 'network',
          status: 0,
          message: `Could not reach the server (${url.host}). Check your connection and try again.`,
          cause: error,
        });
      }
      const trackingId = response.headers.get('trackingid');

      if (response.ok) {
        const read = await readBody(response, req.responseType ?? 'json');
        if (!read.ok) {
          throw new ApiError({
            kind: 'parse',
            status: response.status,
            message: `The server's answer to ${method} ${url.pathname} is not valid JSON.`,
            trackingId,
          });
        }
        // The functional parser accepts classic (contract) and zod/mini (SPA-only) schemas alike.
        const parsed = safeParse(req.schema, read.value);
        if (!parsed.success) {
          throw new ApiError({
            kind: 'parse',
            status: response.status,
            message: `The server's answer to ${method} ${url.pathname} has an unexpected shape: ${describeIssues(parsed.error.issues)}`,
            items: parsed.error.issues.map((i) => ({
              description: i.message,
              errorCode: null,
              field: i.path.join('.'),
            })),
            trackingId,
          });
        }
        return {
          data: parsed.data,
          status: response.status,
          links: parseLinkHeader(response.headers.get('link'), url.toString()),
          trackingId,
          headers: response.headers,
        };
      }

      const read = await readBody(response, 'json');
      const error = errorFromResponse(response, read.ok ? read.value : undefined);
      if (retryable && RETRYABLE_STATUS.has(response.status) && attempt < policy.maxAttempts) {
        const seconds = error.retryAfter ?? 2 ** (attempt - 1);
        if (seconds <= policy.maxWaitSeconds) {
          await wait(seconds * 1000, req.signal);
          continue;
        }
      }
      if (response.status === 401 && sendsToken) options.onUnauthorized?.();
      if (response.status === 403 && req.scope) options.onScopeDenied?.(req.scope);
      throw error;
    }
  }

  return {
    request,
    has: (base) => !!options.baseUrls()[base],
    baseUrl: (base) => options.baseUrls()[base],
  };
}
