import { describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError } from './helpers';

describe('simulator smoke', () => {
  it('answers health with the storage engine and a TrackingID header', async () => {
    const res = await call('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('trackingid')).toMatch(/^ROUTER_[0-9A-F-]{36}$/);
  });

  it('lists a new tenant’s sub-partners with its full-admin token and refuses without one', async () => {
    const t = await createTenant({ subPartners: [{ name: 'A' }, { name: 'B', provisioningState: 'suspended' }] });
    const res = await as(t.tokens.fullAdmin).get('/v1/wholesale/subPartners');
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: { orgId: string }) => s.orgId).sort()).toEqual(
      t.subPartners.map((s) => s.orgId).sort(),
    );
    const anon = await call('GET', '/v1/wholesale/subPartners');
    expect(expectWebexError(anon, 401).message).toMatch(/access token/);
  });
});
