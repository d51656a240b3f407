import { describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { ApiError } from './api-error';
import { createApiClient, type ApiClientOptions } from './client';

const server = setupMswServer();

const Item = z.object({ items: z.array(z.object({ id: z.string(), status: z.string() })) });

function client(overrides: Partial<ApiClientOptions> = {}) {
  const waits: number[] = [];
  const api = createApiClient({
    baseUrls: () => ({ api: '/v1', hub: '/hub/v1', sim: '/_sim' }),
    getToken: () => 'secret-token',
    wait: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
  return { api, waits };
}

describe('API client', () => {
  it('parses the answer with the caller’s schema and resolves Link header URLs', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/wholesale/customers`, () =>
        HttpResponse.json(
          { items: [{ id: 'c1', status: 'provisioned', extra: true }] },
          { headers: { Link: '</v1/wholesale/customers?offset=10&max=10>; rel="next"', TrackingID: 'ROUTER_1' } },
        ),
      ),
    );
    const { api } = client();
    const res = await api.request({
      path: '/wholesale/customers',
      query: { max: 10, status: undefined },
      schema: Item,
    });
    expect(res.data.items).toEqual([{ id: 'c1', status: 'provisioned' }]);
    expect(res.links.next).toBe(`${ORIGIN}/v1/wholesale/customers?offset=10&max=10`);
    expect(res.trackingId).toBe('ROUTER_1');
  });

  it('refuses a 2xx answer of the wrong shape with a parse error that names the field', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/wholesale/customers`, () =>
        HttpResponse.json({ items: [{ id: 42, status: 'provisioned' }] }),
      ),
    );
    const error = await client()
      .api.request({ path: '/wholesale/customers', schema: Item })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'parse', status: 200 });
    expect((error as ApiError).message).toContain('items.0.id');
    expect((error as ApiError).items[0]?.field).toBe('items.0.id');
  });

  it('maps a Webex error body to message, items with code and field, and tracking ID', async () => {
    server.use(
      http.post(`${ORIGIN}/v1/wholesale/customers`, () =>
        HttpResponse.json(
          {
            message: 'The request has 2 problems',
            errors: [
              { description: 'address.city: is required', errorCode: 1001, field: 'address.city' },
              { description: 'Billing report error', code: 5003 },
            ],
            trackingId: 'ROUTER_BODY',
          },
          { status: 400, headers: { TrackingID: 'ROUTER_HEADER' } },
        ),
      ),
    );
    const error = (await client()
      .api.request({ method: 'POST', path: '/wholesale/customers', body: {}, schema: Item })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe('The request has 2 problems');
    expect(error.items).toEqual([
      { description: 'address.city: is required', errorCode: 1001, field: 'address.city' },
      { description: 'Billing report error', errorCode: 5003 },
    ]);
    expect(error.trackingId).toBe('ROUTER_BODY');
    expect(error.fieldErrors()).toEqual({ 'address.city': 'address.city: is required' });
  });

  it('falls back to the TrackingID header and a status message when the body is not Webex-shaped', async () => {
    server.use(
      http.get(
        `${ORIGIN}/v1/x`,
        () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { TrackingID: 'ROUTER_H' } }),
      ),
    );
    const error = (await client()
      .api.request({ path: '/x', schema: Item })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ kind: 'http', status: 502, trackingId: 'ROUTER_H', items: [] });
    expect(error.message).toBe('The server is temporarily unavailable.');
  });

  it('waits the Retry-After seconds on 429 and retries a GET until it succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${ORIGIN}/v1/x`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ message: 'slow down' }, { status: 429, headers: { 'Retry-After': '2' } })
          : HttpResponse.json({ items: [] });
      }),
    );
    const { api, waits } = client();
    await expect(api.request({ path: '/x', schema: Item })).resolves.toMatchObject({ data: { items: [] } });
    expect(calls).toBe(2);
    expect(waits).toEqual([2000]);
  });

  it('gives up after three tries of a 503 and reports the last Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get(`${ORIGIN}/v1/x`, () => {
        calls += 1;
        return HttpResponse.json({ message: 'maintenance' }, { status: 503, headers: { 'Retry-After': '1' } });
      }),
    );
    const { api, waits } = client();
    const error = (await api.request({ path: '/x', schema: Item }).catch((e: unknown) => e)) as ApiError;
    expect(calls).toBe(3);
    expect(waits).toEqual([1000, 1000]);
    expect(error).toMatchObject({ status: 503, retryAfter: 1, message: 'maintenance' });
  });

  it('does not wait for a Retry-After beyond the cap: the caller gets the error at once', async () => {
    let calls = 0;
    server.use(
      http.get(`${ORIGIN}/v1/x`, () => {
        calls += 1;
        return HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '45' } });
      }),
    );
    const { api, waits } = client();
    await expect(api.request({ path: '/x', schema: Item })).rejects.toMatchObject({ status: 429, retryAfter: 45 });
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries a POST only when the caller opts in', async () => {
    let calls = 0;
    server.use(
      http.post(`${ORIGIN}/v1/x`, () => {
        calls += 1;
        return calls < 2
          ? HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '1' } })
          : HttpResponse.json({ items: [] });
      }),
    );
    const { api } = client();
    await expect(api.request({ method: 'POST', path: '/x', body: {}, schema: Item })).rejects.toMatchObject({
      status: 503,
    });
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      api.request({ method: 'POST', path: '/x', body: {}, schema: Item, retry: true }),
    ).resolves.toBeDefined();
    expect(calls).toBe(2);
  });

  it('names the sub-partner being acted for with the parameter the endpoint uses', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${ORIGIN}/v1/*`, ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
    );
    const { api } = client();
    const crossLaunched = { orgId: 'sub-1', subPartnerOrgId: 'sub-1' };
    await api.request({
      path: '/wholesale/customers',
      schema: Item,
      org: crossLaunched,
      orgParam: 'onBehalfOfSubPartnerOrgId',
    });
    await api.request({
      path: '/wholesale/billing/reports',
      schema: Item,
      org: crossLaunched,
      orgParam: 'subPartnerOrgId',
    });
    await api.request({
      path: '/wholesale/customers',
      schema: Item,
      org: { orgId: 'own', subPartnerOrgId: null },
      orgParam: 'onBehalfOfSubPartnerOrgId',
    });
    expect(seen).toEqual(['?onBehalfOfSubPartnerOrgId=sub-1', '?subPartnerOrgId=sub-1', '']);
  });

  it('sends the bearer token to the API only, never to another host named in a Link header', async () => {
    const auth: Record<string, string | null> = {};
    server.use(
      http.get(`${ORIGIN}/v1/x`, ({ request }) => {
        auth.api = request.headers.get('authorization');
        return HttpResponse.json({ items: [] });
      }),
      http.get('https://elsewhere.example.com/v1/x', ({ request }) => {
        auth.foreign = request.headers.get('authorization');
        return HttpResponse.json({ items: [] });
      }),
      http.get(`${ORIGIN}/_sim/tenants`, ({ request }) => {
        auth.sim = request.headers.get('authorization');
        return HttpResponse.json({ items: [] });
      }),
    );
    const { api } = client();
    await api.request({ path: '/x', schema: Item });
    await api.request({ path: 'https://elsewhere.example.com/v1/x', schema: Item });
    await api.request({ base: 'sim', path: '/tenants', schema: Item });
    expect(auth).toEqual({ api: 'Bearer secret-token', foreign: null, sim: null });
  });

  it('ends the session on a 401 and records the scope a 403 proves missing', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/expired`, () => HttpResponse.json({ message: 'expired' }, { status: 401 })),
      http.get(`${ORIGIN}/v1/forbidden`, () => HttpResponse.json({ message: 'no scope' }, { status: 403 })),
    );
    const onUnauthorized = vi.fn();
    const onScopeDenied = vi.fn();
    const { api } = client({ onUnauthorized, onScopeDenied });
    await expect(api.request({ path: '/expired', schema: Item })).rejects.toMatchObject({ status: 401 });
    await expect(
      api.request({ path: '/forbidden', schema: Item, scope: 'spark-admin:wholesale_customers_write' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onScopeDenied).toHaveBeenCalledWith('spark-admin:wholesale_customers_write');
  });

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get(`${ORIGIN}/v1/x`, () => HttpResponse.error()));
    await expect(client().api.request({ path: '/x', schema: Item })).rejects.toMatchObject({
      kind: 'network',
      status: 0,
    });
  });
});
