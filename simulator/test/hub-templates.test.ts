import { describe, expect, it } from 'vitest';
import { HubTemplate, HubTemplateListResponse } from '@contract/hub';
import { as, createTenant, expectWebexError } from './helpers';
import { customerBody, provision, tenant, type Ctx } from './customers-fixtures';

function templateBody(ctx: Ctx, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Retail calling',
    offerType: 'webex_for_wholesale',
    country: 'CA',
    language: 'fr',
    timezone: 'America/Toronto',
    subscriptionId: ctx.t.partner.subscriptionId,
    authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com/saml' },
    offeredPackages: ['webex_calling', 'webex_meetings'],
    pstnProvider: 'Maple PSTN',
    commonSettings: { allowAdminInviteEmailsOnAttach: false },
    callSettings: { internationalCalling: true },
    ...overrides,
  };
}

describe('/hub/v1/onboardingTemplates', () => {
  it('lists the seeded default template in the shared schema, with its customer count', async () => {
    const ctx = await tenant();
    const before = await ctx.api.get('/hub/v1/onboardingTemplates');
    expect(before.status).toBe(200);
    const parsed = HubTemplateListResponse.parse(before.body);
    expect(parsed.items).toHaveLength(1);
    expect(parsed.items[0]).toMatchObject({
      id: ctx.t.templates[0]?.id,
      provisioningId: ctx.provisioningId,
      customerCount: 0,
      authentication: { mode: 'webex' },
      commonSettings: { allowAdminInviteEmailsOnAttach: true },
    });
    await provision(ctx);
    await provision(ctx);
    const after = await ctx.api.get(`/hub/v1/onboardingTemplates/${ctx.t.templates[0]?.id}`);
    expect(after.body.customerCount).toBe(2);
  });

  it('creates a template with a provisioningId that provisions customers, normalising the language with the country', async () => {
    const ctx = await tenant();
    const res = await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx));
    expect(res.status).toBe(201);
    const t = HubTemplate.parse(res.body);
    expect(res.headers.get('location')).toMatch(new RegExp(`/hub/v1/onboardingTemplates/${t.id}$`));
    expect(Buffer.from(t.provisioningId, 'base64url').toString()).toMatch(/^[0-9a-f-]{36}$/);
    expect(t).toMatchObject({
      name: 'Retail calling',
      country: 'CA',
      language: 'fr_CA',
      authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com/saml' },
      offeredPackages: ['webex_calling', 'webex_meetings'],
      pstnProvider: 'Maple PSTN',
      commonSettings: { allowAdminInviteEmailsOnAttach: false },
      callSettings: { internationalCalling: true },
      customerCount: 0,
    });
    expect((await ctx.api.get(`/hub/v1/onboardingTemplates/${t.id}`)).body).toEqual(res.body);
    await provision({ ...ctx, provisioningId: t.provisioningId });
    // Packages the template does not offer are refused.
    const err = expectWebexError(
      await ctx.api.post('/v1/wholesale/customers', customerBody(t.provisioningId, { packages: ['webex_suite'] })),
      400,
    );
    expect(err.errors[0]).toMatchObject({ errorCode: 1307, field: 'packages' });
  });

  it('keeps names unique per org, ignoring case', async () => {
    const ctx = await tenant();
    const err = expectWebexError(
      await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx, { name: 'standard smb' })),
      409,
    );
    expect(err.errors[0]).toMatchObject({ errorCode: 1301, field: 'name' });
    const other = await tenant();
    expect(
      (await other.api.post('/hub/v1/onboardingTemplates', templateBody(other, { name: 'Retail calling' }))).status,
    ).toBe(201);
  });

  it('validates authentication, PSTN provider, subscription and the wizard fields', async () => {
    const ctx = await tenant();
    const cases: [Record<string, unknown>, number, number, string][] = [
      [{ authentication: { mode: 'partner_sso_saml' } }, 400, 1304, 'authentication.idpEntityId'],
      [{ authentication: { mode: 'partner_sso_oidc' } }, 400, 1304, 'authentication.idpName'],
      [{ authentication: { mode: 'ldap' } }, 400, 1004, 'authentication.mode'],
      [{ pstnProvider: null }, 400, 1305, 'pstnProvider'],
      [{ subscriptionId: 'SubSOMEONEELSE' }, 400, 1303, 'subscriptionId'],
      [{ country: 'ZZ' }, 400, 1006, 'country'],
      [{ language: 'tlh' }, 400, 1011, 'language'],
      [{ timezone: 'Europe/Atlantis' }, 400, 1012, 'timezone'],
      [{ offerType: 'webex_for_broadworks' }, 400, 1004, 'offerType'],
      [{ offeredPackages: [] }, 400, 1108, 'offeredPackages'],
      [{ name: '' }, 400, 1001, 'name'],
    ];
    for (const [overrides, status, errorCode, field] of cases) {
      const err = expectWebexError(
        await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx, overrides)),
        status,
      );
      expect(
        err.errors.map((e) => [e.errorCode, e.field]),
        JSON.stringify(overrides),
      ).toContainEqual([errorCode, field]);
    }
    // Meetings only: no PSTN provider needed; OIDC with an IdP name.
    const meetings = await ctx.api.post(
      '/hub/v1/onboardingTemplates',
      templateBody(ctx, {
        name: 'Meetings only',
        offeredPackages: ['webex_meetings'],
        pstnProvider: null,
        authentication: { mode: 'partner_sso_oidc', idpName: 'Okta', idpEntityId: 'dropped' },
      }),
    );
    expect(meetings.status).toBe(201);
    expect(meetings.body.authentication).toEqual({ mode: 'partner_sso_oidc', idpName: 'Okta' });
    expect(meetings.body.pstnProvider).toBeNull();
  });

  it('replaces a template with PUT, keeping its id and provisioningId', async () => {
    const ctx = await tenant();
    const created = (await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx))).body;
    const res = await ctx.api.put(
      `/hub/v1/onboardingTemplates/${created.id}`,
      templateBody(ctx, { name: 'Retail calling v2', authentication: { mode: 'webex' } }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: created.id,
      provisioningId: created.provisioningId,
      name: 'Retail calling v2',
      authentication: { mode: 'webex' },
    });
    const clash = expectWebexError(
      await ctx.api.put(`/hub/v1/onboardingTemplates/${created.id}`, templateBody(ctx, { name: 'STANDARD SMB' })),
      409,
    );
    expect(clash.errors[0]?.field).toBe('name');
    // Renaming to its own name in another case is not a clash.
    expect(
      (await ctx.api.put(`/hub/v1/onboardingTemplates/${created.id}`, templateBody(ctx, { name: 'RETAIL CALLING V2' })))
        .status,
    ).toBe(200);
  });

  it('refuses to delete a template customers were created with, naming how many', async () => {
    const ctx = await tenant();
    const id = ctx.t.templates[0]?.id ?? '';
    const customer = await provision(ctx);
    await provision(ctx);
    const err = expectWebexError(await ctx.api.del(`/hub/v1/onboardingTemplates/${id}`), 409);
    expect(err.errors[0]).toMatchObject({ errorCode: 1302, field: 'id' });
    expect(err.message).toMatch(/2 customers/);
    await ctx.api.del(`/v1/wholesale/customers/${customer}`);
    const still = expectWebexError(await ctx.api.del(`/hub/v1/onboardingTemplates/${id}`), 409);
    expect(still.message).toMatch(/1 customer was/);

    const unused = (await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx))).body;
    expect((await ctx.api.del(`/hub/v1/onboardingTemplates/${unused.id}`)).status).toBe(204);
    expectWebexError(await ctx.api.get(`/hub/v1/onboardingTemplates/${unused.id}`), 404);
  });

  it('clones a template under a new name with a new provisioningId', async () => {
    const ctx = await tenant();
    const source = (await ctx.api.post('/hub/v1/onboardingTemplates', templateBody(ctx))).body;
    const res = await ctx.api.post(`/hub/v1/onboardingTemplates/${source.id}/clone`, { name: 'Retail calling (copy)' });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(source.id);
    expect(res.body.provisioningId).not.toBe(source.provisioningId);
    const strip = ({
      id: _i,
      provisioningId: _p,
      name: _n,
      created: _c,
      updated: _u,
      ...rest
    }: Record<string, unknown>) => rest;
    expect(strip(res.body)).toEqual(strip(source));
    const clash = expectWebexError(
      await ctx.api.post(`/hub/v1/onboardingTemplates/${source.id}/clone`, { name: 'retail CALLING' }),
      409,
    );
    expect(clash.errors[0]?.errorCode).toBe(1301);
  });

  it('scopes templates to the acting org: a parent may manage a sub-partner’s, using the shared subscription', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Reseller' }] });
    const sub = t.subPartners[0];
    const parent = as(t.tokens.fullAdmin);
    const ctx = { t, api: parent, provisioningId: '' };
    const res = await parent.post(
      `/hub/v1/onboardingTemplates?onBehalfOfSubPartnerOrgId=${sub?.orgId}`,
      templateBody(ctx, { name: 'Made by parent' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.orgId).toBe(sub?.orgId);
    const subList = (await as(sub?.tokens.readOnlyAdmin ?? '').get('/hub/v1/onboardingTemplates')).body.items;
    expect(subList.map((x: { name: string }) => x.name).sort()).toEqual(['Made by parent', 'Standard SMB']);
    const parentList = (await parent.get('/hub/v1/onboardingTemplates')).body.items;
    expect(parentList.map((x: { name: string }) => x.name)).toEqual(['Standard SMB']);
    expectWebexError(await parent.get(`/hub/v1/onboardingTemplates/${res.body.id}`), 404);
    // Read-only admins read, never write.
    expectWebexError(
      await as(t.tokens.readOnlyAdmin).post('/hub/v1/onboardingTemplates', templateBody(ctx, { name: 'Nope' })),
      403,
    );
  });
});
