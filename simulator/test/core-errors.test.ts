import { describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError, type ApiResponse } from './helpers';

const MIB = 1024 * 1024;

/** A JSON body of exactly `bytes` bytes (ASCII, so characters = bytes). */
function jsonOfSize(bytes: number): string {
  const frame = '{"name":""}';
  return `{"name":"${'a'.repeat(bytes - frame.length)}"}`;
}

/** Every error carries a TrackingID header equal to the body's trackingId. */
function expectTracked(res: ApiResponse, status: number) {
  const body = expectWebexError(res, status);
  expect(res.headers.get('trackingid')).toBeTruthy();
  expect(body.trackingId).toBe(res.headers.get('trackingid'));
  return body;
}

describe('request errors on the control API (POST /_sim/tenants)', () => {
  it('answers malformed JSON with 400', async () => {
    const res = await call('POST', '/_sim/tenants', {
      rawBody: '{"name": "Broken',
      headers: { 'content-type': 'application/json' },
    });
    expect(expectTracked(res, 400).message).toMatch(/not valid JSON/);
  });

  it('answers a body that is not JSON with 415 naming the accepted type', async () => {
    const res = await call('POST', '/_sim/tenants', {
      rawBody: 'name=Acme',
      headers: { 'content-type': 'text/plain' },
    });
    const body = expectTracked(res, 415);
    expect(body.message).toContain('application/json');
    expect(body.message).toContain('text/plain');
  });

  it('accepts a body of exactly 1 MiB and refuses one byte more with 413', async () => {
    const headers = { 'content-type': 'application/json' };
    // At the limit the body is read and judged on its content (the name is too long): 400.
    const atLimit = await call('POST', '/_sim/tenants', { rawBody: jsonOfSize(MIB), headers });
    expectTracked(atLimit, 400);
    const over = await call('POST', '/_sim/tenants', { rawBody: jsonOfSize(MIB + 1), headers });
    expect(expectTracked(over, 413).message).toContain(String(MIB + 1));
  });

  it('answers an unknown /_sim path and an unknown tenant with 404', async () => {
    expectTracked(await call('GET', '/_sim/no-such-thing'), 404);
    const body = expectTracked(await call('GET', '/_sim/tenants/not-a-tenant/clock'), 404);
    expect(body.errors[0]?.field).toBe('orgId');
  });
});

describe('request errors on the public API (POST /v1/wholesale/customers)', () => {
  it('answers 400, 415 and 413 with tracking IDs and writes nothing', async () => {
    const t = await createTenant();
    const token = t.tokens.fullAdmin;
    const path = '/v1/wholesale/customers';
    const json = { 'content-type': 'application/json' };
    expectTracked(await call('POST', path, { token, rawBody: '{"externalId":', headers: json }), 400);
    expectTracked(
      await call('POST', path, { token, rawBody: '<customer/>', headers: { 'content-type': 'text/xml' } }),
      415,
    );
    expectTracked(await call('POST', path, { token, rawBody: jsonOfSize(MIB + 1), headers: json }), 413);
    const list = await as(token).get(path);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('answers an unknown /v1 path with 404 naming it', async () => {
    const t = await createTenant();
    const body = expectTracked(await as(t.tokens.fullAdmin).get('/v1/wholesale/noSuchThing'), 404);
    expect(body.message).toContain('/v1/wholesale/noSuchThing');
  });

  it('answers a request without a token with 401 before anything else', async () => {
    expectTracked(
      await call('POST', '/v1/wholesale/customers', { rawBody: '{', headers: { 'content-type': 'application/json' } }),
      401,
    );
  });

  it('puts a fresh tracking ID on every answer', async () => {
    const [a, b] = [await call('GET', '/v1/wholesale/subPartners'), await call('GET', '/v1/wholesale/subPartners')];
    expect(a.headers.get('trackingid')).not.toBe(b.headers.get('trackingid'));
  });
});
