import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advanceClock, call } from './helpers';
import { customerBody, idFromUrl, tenant } from './customers-fixtures';

describe('denied-party screening', () => {
  it('holds a listed customer in pending_rpl_review and stops it with an error after 72 simulated hours', async () => {
    const ctx = await tenant();
    const name = `Embargoed Trading ${randomUUID()}`;
    expect((await call('POST', '/_sim/denied-parties', { body: { names: [name] } })).status).toBe(204);
    const body = customerBody(ctx.provisioningId, {
      customerInfo: { name: name.toUpperCase(), primaryEmail: `rpl-${randomUUID()}@x.example.com` },
    });
    const res = await ctx.api.post('/v1/wholesale/customers', body);
    expect(res.status).toBe(202);
    const id = idFromUrl(res.body.url);

    const held = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(held.body.status).toBe('pending_rpl_review');
    expect(held.body.orgId).toBeUndefined();

    await advanceClock(ctx.t.partner.orgId, 'PT71H59M');
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('pending_rpl_review');

    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    const stopped = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(stopped.body.status).toBe('error');
    expect(stopped.body.orgId).toBeUndefined();
    expect(stopped.body.errors).toHaveLength(1);
    expect(stopped.body.errors[0].description).toMatch(/compliance/i);
    expect(stopped.body.errors[0].description).toMatch(/72 hours/);
  });

  it('lets a name that is not listed through', async () => {
    const ctx = await tenant();
    const res = await ctx.api.post('/v1/wholesale/customers', customerBody(ctx.provisioningId));
    expect((await ctx.api.get(`/v1/wholesale/customers/${idFromUrl(res.body.url)}`)).body.status).toBe('provisioned');
  });
});
