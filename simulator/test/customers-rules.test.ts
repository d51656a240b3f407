import { describe, expect, it } from 'vitest';
import { as, createTenant, expectWebexError } from './helpers';
import { customerBody, idFromUrl, provision, tenant, type Ctx } from './customers-fixtures';

const HQ_ADDRESS = {
  addressLine1: '1 Main St',
  city: 'Austin',
  stateOrProvince: 'TX',
  zipOrPostalCode: '78701',
  country: 'US',
};

async function refused(ctx: Ctx, overrides: Record<string, unknown>, status: number) {
  const res = await ctx.api.post('/v1/wholesale/customers', customerBody(ctx.provisioningId, overrides));
  return expectWebexError(res, status);
}

function only(items: { errorCode: number; field?: string; description: string }[]) {
  expect(items).toHaveLength(1);
  return items[0] as { errorCode: number; field?: string; description: string };
}

describe('POST /v1/wholesale/customers refuses what the real API refuses', () => {
  it('refuses a provisioningId that is not one of the acting org’s templates', async () => {
    const ctx = await tenant('PT0S', { subPartners: [{ name: 'Reseller' }] });
    const err = await refused(ctx, { provisioningId: 'bm8tc3VjaC10ZW1wbGF0ZQ' }, 400);
    expect(only(err.errors)).toMatchObject({ errorCode: 1212, field: 'provisioningId' });
    // The sub-partner's own template is not the partner's.
    const subTemplate = ctx.t.subPartners[0]?.templates[0]?.provisioningId;
    const err2 = await refused(ctx, { provisioningId: subTemplate }, 400);
    expect(only(err2.errors)).toMatchObject({ errorCode: 1212, field: 'provisioningId' });
  });

  it('requires customerInfo unless orgId names an existing org', async () => {
    const ctx = await tenant();
    const err = await refused(ctx, { customerInfo: undefined }, 400);
    expect(only(err.errors)).toMatchObject({ errorCode: 1001, field: 'customerInfo' });
  });

  it('refuses % in the company name', async () => {
    const ctx = await tenant();
    const err = await refused(ctx, { customerInfo: { name: '100% Fibre', primaryEmail: 'a@b.example.com' } }, 400);
    expect(only(err.errors)).toMatchObject({ errorCode: 1010, field: 'customerInfo.name' });
    expect(err.message).toMatch(/%/);
  });

  it('refuses an address line of 51 characters and accepts 50', async () => {
    const ctx = await tenant();
    const err = await refused(ctx, { address: { ...HQ_ADDRESS, addressLine1: 'x'.repeat(51) } }, 400);
    expect(only(err.errors)).toMatchObject({ errorCode: 1005, field: 'address.addressLine1' });
    expect(err.errors[0]?.description).toMatch(/50/);
    await provision(ctx, { address: { ...HQ_ADDRESS, addressLine2: 'y'.repeat(50) } });
  });

  it('refuses a country outside the ISO-2 table', async () => {
    const ctx = await tenant();
    for (const country of ['XX', 'USA']) {
      const err = await refused(ctx, { address: { ...HQ_ADDRESS, country } }, 400);
      expect(only(err.errors)).toMatchObject({ errorCode: 1006, field: 'address.country' });
    }
  });

  it('requires state and postal code where the country needs them, and valid subdivisions for US, CA and AU', async () => {
    const ctx = await tenant();
    const noState = await refused(ctx, { address: { ...HQ_ADDRESS, stateOrProvince: undefined } }, 400);
    expect(only(noState.errors)).toMatchObject({ errorCode: 1007, field: 'address.stateOrProvince' });
    const noZip = await refused(ctx, { address: { ...HQ_ADDRESS, zipOrPostalCode: undefined } }, 400);
    expect(only(noZip.errors)).toMatchObject({ errorCode: 1008, field: 'address.zipOrPostalCode' });
    for (const [country, state] of [
      ['US', 'ZZ'],
      ['CA', 'TX'],
      ['AU', 'ON'],
    ]) {
      const err = await refused(ctx, { address: { ...HQ_ADDRESS, country, stateOrProvince: state } }, 400);
      expect(only(err.errors)).toMatchObject({ errorCode: 1009, field: 'address.stateOrProvince' });
    }
  });

  it('refuses an unsupported language, listing the supported ones', async () => {
    const ctx = await tenant();
    const err = await refused(
      ctx,
      { customerInfo: { name: 'Lang Co', primaryEmail: 'l@lang.example.com', language: 'xx_YY' } },
      400,
    );
    expect(only(err.errors)).toMatchObject({ errorCode: 1011, field: 'customerInfo.language' });
    expect(err.errors[0]?.description).toMatch(/en_US.*fr_FR/);
  });

  it('refuses a time zone outside the supported list', async () => {
    const ctx = await tenant();
    const body = customerBody(ctx.provisioningId);
    const location = (body.provisioningParameters as { calling: { location: Record<string, unknown> } }).calling
      .location;
    location.timezone = 'Mars/Olympus_Mons';
    const err = expectWebexError(await ctx.api.post('/v1/wholesale/customers', body), 400);
    expect(only(err.errors)).toMatchObject({
      errorCode: 1012,
      field: 'provisioningParameters.calling.location.timezone',
    });
  });

  it('enforces package dependencies of cisco_calling_plan and attendant_console', async () => {
    const ctx = await tenant();
    const plan = await refused(ctx, { packages: ['webex_meetings', 'cisco_calling_plan'] }, 400);
    expect(only(plan.errors)).toMatchObject({ errorCode: 1101, field: 'packages' });
    expect(plan.errors[0]?.description).toMatch(/cisco_calling_plan needs one of: .*webex_calling/);
    const console = await refused(ctx, { packages: ['webex_voice', 'attendant_console'] }, 400);
    expect(only(console.errors)).toMatchObject({ errorCode: 1101, field: 'packages' });
    await provision(ctx, { packages: ['webex_suite', 'attendant_console'] });
  });

  it('requires a calling location for calling packages only', async () => {
    const ctx = await tenant();
    const err = await refused(ctx, { packages: ['webex_calling'], provisioningParameters: undefined }, 400);
    expect(only(err.errors)).toMatchObject({ errorCode: 1102, field: 'provisioningParameters.calling' });
    await provision(ctx, { packages: ['webex_meetings'], provisioningParameters: undefined });
  });

  it('checks package limit keys and values', async () => {
    const ctx = await tenant();
    const base = customerBody(ctx.provisioningId);
    const params = base.provisioningParameters as Record<string, unknown>;
    const withLimits = (limits: unknown) => ({ ...base, provisioningParameters: { ...params, packages: { limits } } });
    const key = expectWebexError(await ctx.api.post('/v1/wholesale/customers', withLimits({ webex_teleport: 5 })), 400);
    expect(only(key.errors)).toMatchObject({
      errorCode: 1004,
      field: 'provisioningParameters.packages.limits.webex_teleport',
    });
    for (const bad of [-1, 2.5]) {
      const value = expectWebexError(
        await ctx.api.post('/v1/wholesale/customers', withLimits({ webex_calling: bad })),
        400,
      );
      expect(only(value.errors)).toMatchObject({
        errorCode: 1003,
        field: 'provisioningParameters.packages.limits.webex_calling',
      });
    }
    const ok = await ctx.api.post('/v1/wholesale/customers', withLimits({ webex_calling: 0, webex_meetings: 25 }));
    expect(ok.status).toBe(202);
  });

  it('keeps externalId unique within the acting org only', async () => {
    const ctx = await tenant('PT0S', { subPartners: [{ name: 'Reseller' }] });
    await provision(ctx, { externalId: 'CRM-1' });
    const err = await refused(ctx, { externalId: 'CRM-1' }, 409);
    expect(only(err.errors)).toMatchObject({ errorCode: 1205, field: 'externalId' });
    const sub = ctx.t.subPartners[0];
    const other = { ...ctx, provisioningId: sub?.templates[0]?.provisioningId ?? '' };
    await provision(other, { externalId: 'CRM-1' }, `?onBehalfOfSubPartnerOrgId=${sub?.orgId}`);
  });

  it('reports every broken rule of a body at once', async () => {
    const ctx = await tenant();
    const err = await refused(
      ctx,
      { customerInfo: { name: '50% off', primaryEmail: 'not-an-email' }, address: { ...HQ_ADDRESS, country: 'XX' } },
      400,
    );
    expect(err.errors.map((e) => e.field).sort()).toEqual([
      'address.country',
      'customerInfo.name',
      'customerInfo.primaryEmail',
    ]);
  });

  it('refuses a suspended sub-partner, a read-only token and an unknown sub-partner', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Paused', provisioningState: 'suspended' }] });
    const sub = t.subPartners[0];
    const own = await as(sub?.tokens.fullAdmin ?? '').post(
      '/v1/wholesale/customers',
      customerBody(sub?.templates[0]?.provisioningId ?? ''),
    );
    expectWebexError(own, 403);
    const onBehalf = await as(t.tokens.fullAdmin).post(
      `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${sub?.orgId}`,
      customerBody(sub?.templates[0]?.provisioningId ?? ''),
    );
    expectWebexError(onBehalf, 403);
    const readOnly = await as(t.tokens.readOnlyAdmin).post(
      '/v1/wholesale/customers',
      customerBody(t.templates[0]?.provisioningId ?? ''),
    );
    expectWebexError(readOnly, 403);
    const stranger = await as(t.tokens.fullAdmin).post(
      '/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9ub3Bl',
      customerBody(t.templates[0]?.provisioningId ?? ''),
    );
    expect(expectWebexError(stranger, 404).errors[0]?.field).toBe('onBehalfOfSubPartnerOrgId');
  });

  it('completes a bare language with the template country, else the language default', async () => {
    const ctx = await tenant();
    const gb = await ctx.api.post('/hub/v1/onboardingTemplates', {
      name: 'UK SMB',
      country: 'GB',
      language: 'en_GB',
      timezone: 'Europe/London',
      subscriptionId: ctx.t.partner.subscriptionId,
      authentication: { mode: 'webex' },
      offeredPackages: ['webex_meetings'],
    });
    expect(gb.status).toBe(201);
    const cases: [string, string, string][] = [
      [gb.body.provisioningId, 'en', 'en_GB'],
      [gb.body.provisioningId, 'fr', 'fr_FR'],
      [ctx.provisioningId, 'fr', 'fr_FR'],
      [ctx.provisioningId, 'en', 'en_US'],
    ];
    for (const [provisioningId, language, expected] of cases) {
      const body = customerBody(provisioningId, { packages: ['webex_meetings'], provisioningParameters: undefined });
      (body.customerInfo as Record<string, unknown>).language = language;
      const res = await ctx.api.post('/v1/wholesale/customers', body);
      expect(res.status).toBe(202);
      const profile = await ctx.api.get(`/hub/v1/customers/${idFromUrl(res.body.url)}`);
      expect(profile.body.language, `"${language}" with template ${provisioningId}`).toBe(expected);
    }
  });
});
