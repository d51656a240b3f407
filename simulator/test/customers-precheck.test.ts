import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, expectWebexError } from './helpers';
import { customerBody, provision, tenant } from './customers-fixtures';

const SUCCESS = {
  message: 'success',
  info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
};

describe('POST /v1/wholesale/customers/validate', () => {
  it('answers success for a valid body and writes nothing', async () => {
    const ctx = await tenant();
    const body = customerBody(ctx.provisioningId);
    const res = await ctx.api.post('/v1/wholesale/customers/validate', body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(SUCCESS);
    expect((await ctx.api.get('/v1/wholesale/customers')).body.items).toEqual([]);
    // Nothing was reserved: the same externalId and e-mail still provision.
    expect((await ctx.api.post('/v1/wholesale/customers', body)).status).toBe(202);
  });

  it('accepts the minimal variant: address and customerInfo.primaryEmail', async () => {
    const ctx = await tenant();
    const res = await ctx.api.post('/v1/wholesale/customers/validate', {
      address: { addressLine1: '1 Rue de Rivoli', city: 'Paris', zipOrPostalCode: '75001', country: 'FR' },
      customerInfo: { primaryEmail: `min-${randomUUID()}@example.com` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(SUCCESS);
  });

  it('answers exactly the error provisioning would', async () => {
    const ctx = await tenant();
    const bodies = [
      customerBody(ctx.provisioningId, { provisioningId: 'dW5rbm93bg' }),
      customerBody(ctx.provisioningId, { packages: ['cisco_calling_plan', 'webex_meetings'] }),
      customerBody(ctx.provisioningId, {
        address: { addressLine1: 'x', city: 'y', country: 'US', zipOrPostalCode: '1' },
      }),
    ];
    for (const body of bodies) {
      const pre = expectWebexError(await ctx.api.post('/v1/wholesale/customers/validate', body), 400);
      const real = expectWebexError(await ctx.api.post('/v1/wholesale/customers', body), 400);
      expect(pre.errors.map(({ errorCode, field }) => ({ errorCode, field }))).toEqual(
        real.errors.map(({ errorCode, field }) => ({ errorCode, field })),
      );
    }
  });

  it('detects an e-mail already used by a subscriber (10022) and a conflicting externalId (1205)', async () => {
    const ctx = await tenant();
    const first = customerBody(ctx.provisioningId);
    await provision(ctx, first);
    const email = (first.customerInfo as { primaryEmail: string }).primaryEmail;
    const sameEmail = expectWebexError(
      await ctx.api.post('/v1/wholesale/customers/validate', {
        address: first.address,
        customerInfo: { primaryEmail: email.toUpperCase() },
      }),
      409,
    );
    expect(sameEmail.errors[0]).toMatchObject({ errorCode: 10022, field: 'customerInfo.primaryEmail' });
    const sameExternal = expectWebexError(
      await ctx.api.post(
        '/v1/wholesale/customers/validate',
        customerBody(ctx.provisioningId, { externalId: first.externalId }),
      ),
      409,
    );
    expect(sameExternal.errors[0]).toMatchObject({ errorCode: 1205, field: 'externalId' });
  });

  it('reports an e-mail of a user managed by another partner', async () => {
    const ctx = await tenant();
    const email = `elsewhere-${randomUUID()}@example.com`;
    expect((await call('POST', '/_sim/webex-users', { body: { emails: [email], kind: 'other_partner' } })).status).toBe(
      204,
    );
    const err = expectWebexError(
      await ctx.api.post(
        '/v1/wholesale/customers/validate',
        customerBody(ctx.provisioningId, { customerInfo: { name: 'N', primaryEmail: email } }),
      ),
      409,
    );
    expect(err.errors[0]).toMatchObject({ errorCode: 1203, field: 'customerInfo.primaryEmail' });
  });
});
