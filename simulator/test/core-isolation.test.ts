import { describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError, type TenantResponse } from './helpers';

const ids = (items: { orgId: string }[]) => items.map((i) => i.orgId).sort();

async function twoTenants(): Promise<[TenantResponse, TenantResponse]> {
  return Promise.all([
    createTenant({ subPartners: [{ name: 'A One' }, { name: 'A Two' }] }),
    createTenant({ subPartners: [{ name: 'B One' }] }),
  ]);
}

describe('tenant isolation', () => {
  it("shows each partner only its own sub-partners, never the other tenant's", async () => {
    const [a, b] = await twoTenants();
    const listA = await as(a.tokens.fullAdmin).get('/v1/wholesale/subPartners');
    const listB = await as(b.tokens.fullAdmin).get('/v1/wholesale/subPartners');
    expect(ids(listA.body.items)).toEqual(ids(a.subPartners));
    expect(ids(listB.body.items)).toEqual(ids(b.subPartners));
  });

  it("answers 404 when a partner acts on behalf of another tenant's sub-partner", async () => {
    const [a, b] = await twoTenants();
    const own = a.subPartners[0]!.orgId;
    const foreign = b.subPartners[0]!.orgId;
    const ok = await as(a.tokens.fullAdmin).get(`/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${own}`);
    expect(ok.status).toBe(200);
    const res = await as(a.tokens.fullAdmin).get(`/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${foreign}`);
    expectWebexError(res, 404);
  });

  it("answers 404 for another tenant's organisation on the hub org lookup", async () => {
    const [a, b] = await twoTenants();
    expect((await as(a.tokens.fullAdmin).get(`/hub/v1/orgs/${a.subPartners[0]!.orgId}`)).status).toBe(200);
    expectWebexError(await as(a.tokens.fullAdmin).get(`/hub/v1/orgs/${b.subPartners[0]!.orgId}`), 404);
    expectWebexError(await as(a.tokens.fullAdmin).get(`/hub/v1/orgs/${b.partner.orgId}`), 404);
  });

  it('keeps a sub-partner away from its siblings and from acting on their behalf', async () => {
    const [a] = await twoTenants();
    const [one, two] = [a.subPartners[0]!, a.subPartners[1]!];
    const subToken = as(one.tokens.fullAdmin);
    expectWebexError(await subToken.get(`/hub/v1/orgs/${two.orgId}`), 404);
    expectWebexError(await subToken.get(`/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${two.orgId}`), 404);
    // Its own org, by contrast, answers.
    expect((await subToken.get(`/hub/v1/orgs/${one.orgId}`)).status).toBe(200);
    expect((await subToken.get('/v1/wholesale/customers')).status).toBe(200);
  });

  it("keeps one tenant's clock, settings and faults away from the other's requests", async () => {
    const [a, b] = await twoTenants();
    await call('POST', `/_sim/tenants/${a.partner.orgId}/faults`, {
      body: { method: 'GET', path: '/v1/wholesale/subPartners', status: 503, times: 5 },
    });
    await call('POST', `/_sim/tenants/${a.partner.orgId}/clock`, { body: { advance: 'P30D' } });
    expect((await as(b.tokens.fullAdmin).get('/v1/wholesale/subPartners')).status).toBe(200);
    expectWebexError(await as(a.tokens.fullAdmin).get('/v1/wholesale/subPartners'), 503);
    const clockA = await call<{ now: string }>('GET', `/_sim/tenants/${a.partner.orgId}/clock`);
    const clockB = await call<{ now: string }>('GET', `/_sim/tenants/${b.partner.orgId}/clock`);
    const days = (Date.parse(clockA.body.now) - Date.parse(clockB.body.now)) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
  });
});
