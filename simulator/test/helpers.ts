import { expect, inject } from 'vitest';
import { contractFetch } from './contract-proxy';

export const baseUrl = (): string => inject('simBaseUrl');

export interface TenantResponse {
  partner: { orgId: string; name: string; subscriptionId: string };
  templates: { id: string; name: string; provisioningId: string }[];
  tokens: { fullAdmin: string; readOnlyAdmin: string };
  subPartners: {
    orgId: string;
    name: string;
    provisioningState: 'active' | 'suspended';
    templates: { id: string; name: string; provisioningId: string }[];
    tokens: { fullAdmin: string; readOnlyAdmin: string };
  }[];
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** One HTTP call to the simulator; JSON bodies in and out, nothing thrown for 4xx/5xx. */
export async function call<T = any>( // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shapes
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await contractFetch(baseUrl(), path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON answers (CSV downloads) stay text.
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

export async function createTenant(body: Record<string, unknown> = {}): Promise<TenantResponse> {
  const res = await call<TenantResponse>('POST', '/_sim/tenants', {
    body: { name: `Test Partner ${Math.random().toString(36).slice(2, 8)}`, ...body },
  });
  if (res.status !== 201) throw new Error(`POST /_sim/tenants answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A client bound to one token, for terse tests. */
export function as(token: string) {
  return {
    get: <T = any>(path: string) => call<T>('GET', path, { token }), // eslint-disable-line @typescript-eslint/no-explicit-any
    post: <T = any>(path: string, body?: unknown) => call<T>('POST', path, { token, body }), // eslint-disable-line @typescript-eslint/no-explicit-any
    put: <T = any>(path: string, body?: unknown) => call<T>('PUT', path, { token, body }), // eslint-disable-line @typescript-eslint/no-explicit-any
    del: <T = any>(path: string) => call<T>('DELETE', path, { token }), // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

/** Advances the tenant's simulated clock (due async work completes before it answers). */
export async function advanceClock(orgId: string, duration: string): Promise<string> {
  const res = await call<{ now: string }>('POST', `/_sim/tenants/${orgId}/clock`, { body: { advance: duration } });
  if (res.status !== 200) throw new Error(`clock advance answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.now;
}

export async function setSettings(orgId: string, settings: Record<string, unknown>) {
  const res = await call('POST', `/_sim/tenants/${orgId}/settings`, { body: settings });
  if (res.status !== 200) throw new Error(`settings answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export function expectWebexError(res: ApiResponse, status: number) {
  const body = res.body as { message?: unknown; errors?: unknown; trackingId?: unknown };
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  if (typeof body?.message !== 'string' || !Array.isArray(body.errors) || typeof body.trackingId !== 'string') {
    throw new Error(`not a Webex error body: ${JSON.stringify(res.body)}`);
  }
  return body as {
    message: string;
    errors: { description: string; errorCode: number; field?: string }[];
    trackingId: string;
  };
}

/** The URL a Link header gives for `rel`, exactly as the server wrote it. */
export function linkOf(header: string | null, rel = 'next'): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part.trim());
    if (m?.[2] === rel) return m[1];
  }
  return undefined;
}

/**
 * Every page of a list from `first`, following rel="next" as given, as a client would;
 * each page must answer 200. Also answers the next URLs seen, for tests of the links.
 */
export async function walkPages<T>(token: string, first: string): Promise<{ pages: T[][]; nextUrls: string[] }> {
  const pages: T[][] = [];
  const nextUrls: string[] = [];
  let url: string | undefined = first;
  while (url) {
    const res: ApiResponse<{ items: T[] }> = await call('GET', url, { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body.items);
    url = linkOf(res.headers.get('link'));
    if (url) nextUrls.push(url);
  }
  return { pages, nextUrls };
}
