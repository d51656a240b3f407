import { describe, expect, it } from 'vitest';
import { advanceClock, as, call, setSettings } from './helpers';
import { customerBody, idFromUrl, provision, tenant } from './customers-fixtures';

function decode(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8');
}

describe('customer provisioning lifecycle', () => {
  it('answers 202 with Location and url, stays provisioning until the delay passes, then is provisioned with an orgId', async () => {
    const ctx = await tenant('PT1M');
    const res = await ctx.api.post('/v1/wholesale/customers', customerBody(ctx.provisioningId));
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(res.body.url);
    expect(res.body.url).toMatch(/^http:\/\/[^/]+\/v1\/wholesale\/customers\/[A-Za-z0-9_-]+$/);
    const id = idFromUrl(res.body.url);
    expect(decode(id)).toMatch(/^ciscospark:\/\/us\/ENTERPRISE\/[0-9a-f-]{36}$/);

    const before = await call('GET', res.body.url, { token: ctx.t.tokens.fullAdmin });
    expect(before.status).toBe(200);
    expect(before.body.status).toBe('provisioning');
    expect(before.body.orgId).toBeUndefined();
    expect(before.body.resourceDetails.packages.map((p: { status: string }) => p.status)).toEqual([
      'provisioning',
      'provisioning',
    ]);

    await advanceClock(ctx.t.partner.orgId, 'PT50S');
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('provisioning');

    await advanceClock(ctx.t.partner.orgId, 'PT10S');
    const after = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(after.body.status).toBe('provisioned');
    expect(decode(after.body.orgId)).toMatch(/^ciscospark:\/\/us\/ORGANIZATION\/[0-9a-f-]{36}$/);
    expect(after.body.packages).toEqual(['webex_calling', 'webex_meetings']);
    expect(after.body.resourceDetails.packages).toEqual([
      { name: 'webex_calling', status: 'provisioned', warnings: [], errors: [] },
      { name: 'webex_meetings', status: 'provisioned', warnings: [], errors: [] },
    ]);
    expect(after.body.address).toEqual({
      addressLine1: '771 Alder Drive',
      city: 'Milpitas',
      stateOrProvince: 'CA',
      zipOrPostalCode: '95035',
      country: 'US',
    });
  });

  it('returns licence IDs of the customer org only with includePackageLicenseInfo=true', async () => {
    const ctx = await tenant();
    const id = await provision(ctx);
    const plain = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(plain.body.resourceDetails.packages[0].licenseIds).toBeUndefined();
    const withInfo = await ctx.api.get(`/v1/wholesale/customers/${id}?includePackageLicenseInfo=true`);
    const orgUuid = decode(withInfo.body.orgId).split('/').pop();
    const [calling, meetings] = withInfo.body.resourceDetails.packages;
    expect(calling.licenseIds).toHaveLength(1);
    expect(decode(calling.licenseIds[0])).toMatch(
      new RegExp(`^ciscospark://us/LICENSE/${orgUuid}:SLWCA_[0-9a-f-]{36}$`),
    );
    expect(decode(meetings.licenseIds[0])).toMatch(
      new RegExp(`^ciscospark://us/LICENSE/${orgUuid}:[A-Z]+_[0-9a-f-]{36}$`),
    );
  });

  it('answers 404 for another partner’s customer, never 403', async () => {
    const a = await tenant();
    const b = await tenant();
    const id = await provision(a);
    const res = await b.api.get(`/v1/wholesale/customers/${id}`);
    expect(res.status).toBe(404);
    expect(res.body.errors[0].field).toBe('customerId');
  });

  it('claims the first admin’s e-mail once provisioned, so reusing it is refused with 10022', async () => {
    const ctx = await tenant();
    const body = customerBody(ctx.provisioningId, { packages: ['webex_meetings', 'webex_suite'] });
    const res = await ctx.api.post('/v1/wholesale/customers', body);
    const id = idFromUrl(res.body.url);
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status).toBe('provisioned');
    const email = (body.customerInfo as { primaryEmail: string }).primaryEmail;
    // Same e-mail again: it now belongs to a Webex user (the first admin).
    const again = await ctx.api.post(
      '/v1/wholesale/customers',
      customerBody(ctx.provisioningId, { customerInfo: { name: 'X', primaryEmail: email } }),
    );
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({ errorCode: 10022, field: 'customerInfo.primaryEmail' });
  });

  it('ends in provisioned_with_errors when a provisioning fault hits one package; the others provision', async () => {
    const ctx = await tenant();
    const fault = await call('POST', `/_sim/tenants/${ctx.t.partner.orgId}/faults`, {
      body: {
        kind: 'provisioning',
        packages: ['webex_calling'],
        errorCode: 2560,
        description: 'Calling is under maintenance',
      },
    });
    expect(fault.status).toBe(201);
    const id = await provision(ctx);
    const res = await ctx.api.get(`/v1/wholesale/customers/${id}?includePackageLicenseInfo=true`);
    expect(res.body.status).toBe('provisioned_with_errors');
    expect(res.body.orgId).toBeDefined();
    const [calling, meetings] = res.body.resourceDetails.packages;
    const item = { errorCode: 2560, description: 'Calling is under maintenance' };
    expect(calling).toEqual({
      name: 'webex_calling',
      status: 'error',
      warnings: [item],
      errors: [item],
      licenseIds: [],
    });
    expect(meetings).toMatchObject({ name: 'webex_meetings', status: 'provisioned', errors: [] });
    // The fault was for one provisioning only.
    const next = await provision(ctx);
    expect((await ctx.api.get(`/v1/wholesale/customers/${next}`)).body.status).toBe('provisioned');
  });

  it('records the first admin as a subscriber holding the customer’s highest package', async () => {
    const ctx = await tenant();
    const body = customerBody(ctx.provisioningId, {
      packages: ['webex_meetings', 'webex_suite', 'common_area_calling'],
    });
    const id = idFromUrl((await ctx.api.post('/v1/wholesale/customers', body)).body.url);
    const list = await ctx.api.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(id)}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      email: (body.customerInfo as { primaryEmail: string }).primaryEmail,
      customerId: id,
      packages: ['webex_suite'],
      status: 'provisioned',
    });
  });

  it('reads the provisioning delay from the tenant settings at request time', async () => {
    const ctx = await tenant('PT1M');
    await setSettings(ctx.t.partner.orgId, { provisioningDelay: 'PT0S' });
    const id = await provision(ctx);
    expect((await as(ctx.t.tokens.readOnlyAdmin).get(`/v1/wholesale/customers/${id}`)).body.status).toBe('provisioned');
  });
});
