import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advanceClock, call, expectWebexError } from './helpers';
import { customerBody, idFromUrl, provision, tenant, type Ctx } from './customers-fixtures';

async function worldOrg(body: Record<string, unknown> = {}): Promise<{ orgId: string; name: string }> {
  const name = `Existing ${randomUUID()}`;
  const res = await call('POST', '/_sim/orgs', { body: { name, ...body } });
  expect(res.status).toBe(201);
  return { orgId: res.body.orgId, name };
}

function attachBody(ctx: Ctx, orgId: string, overrides: Record<string, unknown> = {}) {
  return customerBody(ctx.provisioningId, {
    orgId,
    customerInfo: undefined,
    packages: ['webex_meetings'],
    provisioningParameters: undefined,
    ...overrides,
  });
}

describe('attaching wholesale to an existing Webex org (orgId)', () => {
  it('attaches a small org automatically: provisioned after the delay, org name kept, restricted off, no first admin', async () => {
    const ctx = await tenant('PT1M');
    const org = await worldOrg({ users: 99 });
    const email = `kept-${randomUUID()}@attach.example.com`;
    const res = await ctx.api.post(
      '/v1/wholesale/customers',
      attachBody(ctx, org.orgId, { customerInfo: { name: 'Partner-side name', primaryEmail: email } }),
    );
    expect(res.status).toBe(202);
    const id = idFromUrl(res.body.url);
    const during = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect([during.body.status, during.body.orgId]).toEqual(['provisioning', undefined]);

    await advanceClock(ctx.t.partner.orgId, 'PT1M');
    const done = await ctx.api.get(`/v1/wholesale/customers/${id}`);
    expect(done.body.status).toBe('provisioned');
    expect(done.body.orgId).toBe(org.orgId);
    const profile = await ctx.api.get(`/hub/v1/customers/${id}`);
    expect(profile.body).toMatchObject({ name: org.name, attached: true, restrictedByPartner: false });
    const settings = await ctx.api.get(`/hub/v1/customers/${id}/settings`);
    expect(settings.body.restrictedByPartner).toBe(false);
    expect(settings.body.history).toHaveLength(1);
    expect(settings.body.history[0]).toMatchObject({ restrictedByPartner: false, changedBy: null });
    // The first user is not made an admin on attach, so the e-mail is still free.
    await provision(ctx, { customerInfo: { name: 'Other', primaryEmail: email } });
  });

  it('waits for the org admin’s approval when the org has 100+ users, a verified or a claimed domain', async () => {
    const ctx = await tenant('PT1M');
    for (const traits of [{ users: 100 }, { verifiedDomain: true }, { claimedDomain: true }]) {
      const org = await worldOrg(traits);
      const id = idFromUrl((await ctx.api.post('/v1/wholesale/customers', attachBody(ctx, org.orgId))).body.url);
      await advanceClock(ctx.t.partner.orgId, 'PT2M');
      expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).body.status, JSON.stringify(traits)).toBe(
        'provisioning',
      );
      // Approval is modelled as 24 simulated hours after the provisioning delay.
      await advanceClock(ctx.t.partner.orgId, 'PT24H');
      const done = await ctx.api.get(`/v1/wholesale/customers/${id}`);
      expect([done.body.status, done.body.orgId]).toEqual(['provisioned', org.orgId]);
    }
  });

  it('refuses an org that does not exist, a trial org and an org already attached', async () => {
    const ctx = await tenant();
    const missing = expectWebexError(
      await ctx.api.post('/v1/wholesale/customers', attachBody(ctx, 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9ub25l')),
      404,
    );
    expect(missing.errors[0]).toMatchObject({ field: 'orgId', errorCode: 4004 });

    const trial = await worldOrg({ trial: true });
    const trialErr = expectWebexError(await ctx.api.post('/v1/wholesale/customers', attachBody(ctx, trial.orgId)), 409);
    expect(trialErr.errors[0]).toMatchObject({ field: 'orgId', errorCode: 1211 });

    const org = await worldOrg();
    await provision(ctx, {
      orgId: org.orgId,
      customerInfo: undefined,
      packages: ['webex_meetings'],
      provisioningParameters: undefined,
    });
    const other = await tenant();
    const again = expectWebexError(await other.api.post('/v1/wholesale/customers', attachBody(other, org.orgId)), 409);
    expect(again.errors[0]).toMatchObject({ field: 'orgId', errorCode: 1206 });
  });

  it('refuses to attach through a template with admin-invite emails on attach turned off', async () => {
    const ctx = await tenant();
    const template = await ctx.api.post('/hub/v1/onboardingTemplates', {
      name: 'No invites',
      country: 'US',
      language: 'en_US',
      timezone: 'America/Chicago',
      subscriptionId: ctx.t.partner.subscriptionId,
      authentication: { mode: 'webex' },
      offeredPackages: ['webex_meetings'],
      commonSettings: { allowAdminInviteEmailsOnAttach: false },
    });
    expect(template.status).toBe(201);
    const org = await worldOrg();
    const err = expectWebexError(
      await ctx.api.post('/v1/wholesale/customers', {
        ...attachBody(ctx, org.orgId),
        provisioningId: template.body.provisioningId,
      }),
      400,
    );
    expect(err.errors[0]).toMatchObject({ field: 'provisioningId', errorCode: 1210 });
  });

  it('frees the org again when the attached customer is deleted', async () => {
    const ctx = await tenant();
    const org = await worldOrg();
    const id = await provision(ctx, {
      orgId: org.orgId,
      customerInfo: undefined,
      packages: ['webex_meetings'],
      provisioningParameters: undefined,
    });
    expect((await ctx.api.del(`/v1/wholesale/customers/${id}`)).status).toBe(202);
    expect((await ctx.api.get(`/v1/wholesale/customers/${id}`)).status).toBe(404);
    expect((await ctx.api.post('/v1/wholesale/customers', attachBody(ctx, org.orgId))).status).toBe(202);
  });
});
