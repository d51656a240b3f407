import { describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError, setSettings } from './helpers';

describe('per-tenant rate limit', () => {
  it('answers the 4th request in a minute with 429 and Retry-After when the limit is 3', async () => {
    const [limited, other] = await Promise.all([createTenant(), createTenant()]);
    const settings = await setSettings(limited.partner.orgId, { rateLimit: { requestsPerMinute: 3 } });
    expect(settings).toMatchObject({ rateLimit: { requestsPerMinute: 3 } });

    const client = as(limited.tokens.fullAdmin);
    for (let i = 0; i < 3; i += 1) expect((await client.get('/v1/wholesale/subPartners')).status).toBe(200);
    const refused = await client.get('/v1/wholesale/subPartners');
    expectWebexError(refused, 429);
    const retryAfter = refused.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);

    // The other tenant keeps its own (unlimited) budget.
    for (let i = 0; i < 5; i += 1)
      expect((await as(other.tokens.fullAdmin).get('/v1/wholesale/subPartners')).status).toBe(200);
  });

  it('counts every token of the tenant, sub-partners included, against one budget', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Budget Reseller' }] });
    await setSettings(t.partner.orgId, { rateLimit: { requestsPerMinute: 2 } });
    expect((await as(t.tokens.fullAdmin).get('/hub/v1/session')).status).toBe(200);
    expect((await as(t.subPartners[0]!.tokens.readOnlyAdmin).get('/hub/v1/session')).status).toBe(200);
    expectWebexError(await as(t.tokens.readOnlyAdmin).get('/hub/v1/session'), 429);
  });

  it('turns off again with rateLimit: null', async () => {
    const t = await createTenant();
    await setSettings(t.partner.orgId, { rateLimit: { requestsPerMinute: 1 } });
    const client = as(t.tokens.fullAdmin);
    expect((await client.get('/v1/wholesale/subPartners')).status).toBe(200);
    expectWebexError(await client.get('/v1/wholesale/subPartners'), 429);
    expect(await setSettings(t.partner.orgId, { rateLimit: null })).toMatchObject({ rateLimit: null });
    for (let i = 0; i < 3; i += 1) expect((await client.get('/v1/wholesale/subPartners')).status).toBe(200);
  });
});

describe('behaviour settings', () => {
  it('starts with rate limiting off and merges each change into the current settings', async () => {
    const t = await createTenant();
    const initial = await call('GET', `/_sim/tenants/${t.partner.orgId}/settings`);
    expect(initial.body).toMatchObject({ rateLimit: null });
    expect(await setSettings(t.partner.orgId, { reportDelay: 'PT0S' })).toEqual({
      ...initial.body,
      reportDelay: 'PT0S',
    });
    const expected = { provisioningDelay: 'PT2M', reportDelay: 'PT0S', rateLimit: { requestsPerMinute: 600 } };
    expect(
      await setSettings(t.partner.orgId, { provisioningDelay: 'PT2M', rateLimit: { requestsPerMinute: 600 } }),
    ).toEqual(expected);
    expect((await call('GET', `/_sim/tenants/${t.partner.orgId}/settings`)).body).toEqual(expected);
  });

  it.each([
    [{ provisioningDelay: '5 seconds' }, 'provisioningDelay'],
    [{ reportDelay: 10 }, 'reportDelay'],
    [{ rateLimit: { requestsPerMinute: 0 } }, 'rateLimit.requestsPerMinute'],
    [{ rateLimit: { requestsPerMinute: 2.5 } }, 'rateLimit.requestsPerMinute'],
    [{ rateLimit: 100 }, 'rateLimit'],
    [{ rateLimit: { perMinute: 5 } }, 'rateLimit.perMinute'],
    [{ delay: 'PT1S' }, 'delay'],
  ])('refuses %j with 400 naming %s and changes nothing', async (body, field) => {
    const t = await createTenant();
    const before = await call('GET', `/_sim/tenants/${t.partner.orgId}/settings`);
    const res = await call('POST', `/_sim/tenants/${t.partner.orgId}/settings`, { body });
    const error = expectWebexError(res, 400);
    expect(error.errors.map((e) => e.field)).toContain(field);
    const after = await call('GET', `/_sim/tenants/${t.partner.orgId}/settings`);
    expect(after.body).toEqual(before.body);
  });

  it('answers 404 for an unknown tenant', async () => {
    expectWebexError(await call('POST', '/_sim/tenants/no-such-tenant/settings', { body: {} }), 404);
  });
});
