import { describe, expect, it } from 'vitest';
import { SCOPES } from '@contract/scopes';
import { as, call, createTenant, expectWebexError } from './helpers';

async function mintToken(orgId: string, role: 'full_admin' | 'read_only_admin', scopes?: string[]) {
  const res = await call<{ accessToken: string; scopes: string[] }>('POST', '/_sim/tokens', {
    body: { orgId, role, ...(scopes ? { scopes } : {}) },
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('bearer authentication', () => {
  it('answers 401 with a Webex error body when the Authorization header is missing', async () => {
    const res = await call('GET', '/v1/wholesale/subPartners');
    const body = expectWebexError(res, 401);
    expect(body.trackingId).toBe(res.headers.get('trackingid'));
  });

  it('answers 401 for an unknown token and for a header that is not "Bearer <token>"', async () => {
    expectWebexError(await as('sim_not-a-real-token').get('/v1/wholesale/subPartners'), 401);
    const t = await createTenant();
    const basic = await call('GET', '/v1/wholesale/subPartners', {
      headers: { authorization: `Basic ${t.tokens.fullAdmin}` },
    });
    expectWebexError(basic, 401);
  });

  it('accepts the token it issued but not a tampered copy of it', async () => {
    const t = await createTenant();
    expect((await as(t.tokens.fullAdmin).get('/v1/wholesale/subPartners')).status).toBe(200);
    expectWebexError(await as(`${t.tokens.fullAdmin}x`).get('/v1/wholesale/subPartners'), 401);
  });
});

describe('scopes', () => {
  it('answers 403 naming the missing scope when a narrowed token lacks sub_partners_read', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Scoped Reseller' }] });
    const narrowed = await mintToken(t.partner.orgId, 'full_admin', [SCOPES.customersRead]);
    expect(narrowed.scopes).toEqual([SCOPES.customersRead]);
    const res = await as(narrowed.accessToken).get('/v1/wholesale/subPartners');
    const body = expectWebexError(res, 403);
    expect(body.message).toContain(SCOPES.subPartnersRead);
  });

  it('lets a token narrowed to exactly sub_partners_read list sub-partners', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Scoped Reseller' }] });
    const narrowed = await mintToken(t.partner.orgId, 'full_admin', [SCOPES.subPartnersRead]);
    const res = await as(narrowed.accessToken).get('/v1/wholesale/subPartners');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
  });

  it('never widens a role: a read-only token asking for a write scope does not get it', async () => {
    const t = await createTenant();
    const minted = await mintToken(t.partner.orgId, 'read_only_admin', [SCOPES.customersWrite, SCOPES.customersRead]);
    expect(minted.scopes).toEqual([SCOPES.customersRead]);
  });

  it('refuses a write with a read-only token with 403 before looking at the body', async () => {
    const t = await createTenant();
    // A trivially invalid body: were the body validated first this would be a 400.
    const res = await as(t.tokens.readOnlyAdmin).post('/v1/wholesale/customers', { externalId: '' });
    const body = expectWebexError(res, 403);
    expect(body.message).toContain(SCOPES.customersWrite);
    // The same body with the full-admin token is refused for its content instead.
    expectWebexError(await as(t.tokens.fullAdmin).post('/v1/wholesale/customers', { externalId: '' }), 400);
  });

  it('gives a sub-partner token no sub-partner scopes, so it cannot list sub-partners', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Leaf Reseller' }] });
    const sub = t.subPartners[0]!;
    expectWebexError(await as(sub.tokens.fullAdmin).get('/v1/wholesale/subPartners'), 403);
  });
});
