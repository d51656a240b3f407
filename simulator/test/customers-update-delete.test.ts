import { describe, expect, it } from 'vitest';
import { advanceClock, call, expectWebexError } from './helpers';
import { provision, tenant } from './customers-fixtures';

const CALLING = {
  calling: {
    location: {
      name: 'Austin',
      address: {
        addressLine1: '1 Main St',
        city: 'Austin',
        stateOrProvince: 'TX',
        zipOrPostalCode: '78701',
        country: 'US',
      },
      timezone: 'America/Chicago',
      language: 'en',
    },
  },
};

describe('PUT /v1/wholesale/customers/{id}', () => {
  it('treats packages as the complete list: a missing package is removed once the update job ran', async () => {
    const ctx = await tenant('PT1M');
    const id = await provision(ctx);
    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    const res = await ctx.api.put(`/v1/wholesale/customers/${id}`, {
      packages: ['webex_calling'],
      externalId: 'renamed-1',
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(res.body.url);
    expect(res.body.url.endsWith(`/v1/wholesale/customers/${id}`)).toBe(true);
    const during = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(during.body).toMatchObject({
      status: 'updating',
      externalId: 'renamed-1',
      packages: ['webex_calling', 'webex_meetings'],
    });

    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    const done = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(done.body.status).toBe('provisioned');
    expect(done.body.packages).toEqual(['webex_calling']);
    expect(done.body.resourceDetails.packages.map((p: { name: string }) => p.name)).toEqual(['webex_calling']);
  });

  it('provisions an added package; a provisioning fault makes it error and the customer provisioned_with_errors', async () => {
    const ctx = await tenant();
    const id = await provision(ctx, { packages: ['webex_meetings'], provisioningParameters: undefined });
    const fault = await call('POST', `/_sim/tenants/${ctx.t.partner.orgId}/faults`, {
      body: {
        kind: 'provisioning',
        packages: ['webex_calling'],
        errorCode: 2560,
        description: 'Calling under maintenance',
      },
    });
    expect(fault.status).toBe(201);
    const res = await ctx.api.put(`/v1/wholesale/customers/${id}`, {
      packages: ['webex_meetings', 'webex_calling'],
      provisioningParameters: CALLING,
    });
    expect(res.status).toBe(202);
    const done = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(done.body.status).toBe('provisioned_with_errors');
    const calling = done.body.resourceDetails.packages.find((p: { name: string }) => p.name === 'webex_calling');
    expect(calling).toMatchObject({
      status: 'error',
      errors: [{ errorCode: 2560, description: 'Calling under maintenance' }],
      warnings: [{ errorCode: 2560, description: 'Calling under maintenance' }],
    });
    // A later update retries the failed package (the fault was used up).
    await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_meetings', 'webex_calling'] });
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('provisioned');
  });

  it('needs a calling location to add the first calling package', async () => {
    const ctx = await tenant();
    const id = await provision(ctx, { packages: ['webex_meetings'], provisioningParameters: undefined });
    const err = expectWebexError(
      await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_meetings', 'webex_voice'] }),
      400,
    );
    expect(err.errors[0]).toMatchObject({ errorCode: 1102, field: 'provisioningParameters.calling' });
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('provisioned');
  });

  it('refuses while the customer is provisioning, updating or deleting (customer busy)', async () => {
    const ctx = await tenant('PT1H');
    const id = await provision(ctx);
    const busy = expectWebexError(
      await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_calling'] }),
      423,
    );
    expect(busy.errors[0]).toMatchObject({ errorCode: 1208, field: 'customerId' });
    await advanceClock(ctx.t.partner.orgId, 'PT1H');
    expect((await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_calling'] })).status).toBe(202);
    expectWebexError(await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_calling'] }), 423);
  });

  it('ignores provisioningId, customerInfo and orgId, and refuses a taken externalId or an unknown customer', async () => {
    const ctx = await tenant();
    const id = await provision(ctx, { externalId: 'keep-me' });
    await provision(ctx, { externalId: 'taken' });
    const ignored = await ctx.api.put(`/v1/wholesale/customers/${id}`, {
      packages: ['webex_calling', 'webex_meetings'],
      provisioningId: 'bogus',
      orgId: 'bogus',
      customerInfo: { name: '%%%', primaryEmail: 'nope' },
    });
    expect(ignored.status).toBe(202);
    const taken = expectWebexError(
      await ctx.api.put(`/v1/wholesale/customers/${id}`, { packages: ['webex_calling'], externalId: 'taken' }),
      409,
    );
    expect(taken.errors[0]).toMatchObject({ errorCode: 1205, field: 'externalId' });
    const unknown = expectWebexError(
      await ctx.api.put('/v1/wholesale/customers/nope', { packages: ['webex_calling'] }),
      404,
    );
    expect(unknown.errors[0]?.field).toBe('customerId');
    const missing = expectWebexError(await ctx.api.put(`/v1/wholesale/customers/${id}`, { externalId: 'x' }), 400);
    expect(missing.errors[0]).toMatchObject({ errorCode: 1001, field: 'packages' });
  });
});

describe('DELETE /v1/wholesale/customers/{id}', () => {
  it('answers 202 without a body, shows deleting, then the customer is gone', async () => {
    const ctx = await tenant('PT1M');
    const id = await provision(ctx);
    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    const res = await ctx.api.del(`/v1/wholesale/customers/${id}`);
    expect(res.status).toBe(202);
    expect(res.body).toBeUndefined();
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('deleting');
    expectWebexError(await ctx.api.del(`/v1/wholesale/customers/${id}`), 423);
    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    expectWebexError(await ctx.api.get(`/v1/wholesale/customers/${id}`), 404);
    expect((await ctx.api.get('/v1/wholesale/customers')).body.items).toEqual([]);
  });
});
