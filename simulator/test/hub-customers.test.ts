import { describe, expect, it } from 'vitest';
import { CustomerSettings, HubLocation, HubLocationListResponse } from '@contract/hub';
import { advanceClock, as, expectWebexError } from './helpers';
import { provision, tenant } from './customers-fixtures';

const TORONTO = {
  addressLine1: '100 King St W',
  city: 'Toronto',
  stateOrProvince: 'ON',
  zipOrPostalCode: 'M5X 1A9',
  country: 'CA',
};

describe('/hub/v1/customers/{id}/settings: Restricted by partner', () => {
  it('starts on, records who changed it and when (simulated now), newest first', async () => {
    const ctx = await tenant();
    const id = await provision(ctx);
    const initial = CustomerSettings.parse((await ctx.api.get(`/hub/v1/customers/${id}/settings`)).body);
    expect(initial).toEqual({
      customerId: id,
      restrictedByPartner: true,
      changedBy: null,
      changedAt: null,
      history: [],
    });

    const session = (await ctx.api.get('/hub/v1/session')).body;
    const off = await advanceClock(ctx.t.partner.orgId, 'P2D');
    const res = await ctx.api.put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: false });
    expect(res.status).toBe(200);
    const who = { name: session.person.displayName, email: session.person.email };
    expect(res.body).toMatchObject({ restrictedByPartner: false, changedBy: who });
    const changedAt = Date.parse(res.body.changedAt);
    expect(changedAt - Date.parse(off)).toBeGreaterThanOrEqual(0);
    expect(changedAt - Date.parse(off)).toBeLessThan(60_000);

    await advanceClock(ctx.t.partner.orgId, 'PT1H');
    await ctx.api.put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: true });
    // Setting the current value again is not a change.
    await ctx.api.put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: true });
    const after = (await as(ctx.t.tokens.readOnlyAdmin).get(`/hub/v1/customers/${id}/settings`)).body;
    expect(after.restrictedByPartner).toBe(true);
    expect(after.history.map((h: { restrictedByPartner: boolean }) => h.restrictedByPartner)).toEqual([true, false]);
    expect(after.history[1].changedAt).toBe(res.body.changedAt);
    expect(Date.parse(after.changedAt) - changedAt).toBeGreaterThanOrEqual(3_600_000);
    expect((await ctx.api.get(`/hub/v1/customers/${id}`)).body.restrictedByPartner).toBe(true);
  });

  it('validates the body, needs the write scope and hides other partners’ customers', async () => {
    const ctx = await tenant();
    const id = await provision(ctx);
    const bad = expectWebexError(
      await ctx.api.put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: 'no' }),
      400,
    );
    expect(bad.errors[0]).toMatchObject({ errorCode: 1003, field: 'restrictedByPartner' });
    expectWebexError(
      await as(ctx.t.tokens.readOnlyAdmin).put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: false }),
      403,
    );
    const other = await tenant();
    expectWebexError(await other.api.get(`/hub/v1/customers/${id}/settings`), 404);
    expectWebexError(await other.api.put(`/hub/v1/customers/${id}/settings`, { restrictedByPartner: false }), 404);
  });
});

describe('/hub/v1/customers/{id}/locations', () => {
  it('lists the headquarters created from the calling location, and adds branch offices', async () => {
    const ctx = await tenant();
    const id = await provision(ctx);
    const list = HubLocationListResponse.parse((await ctx.api.get(`/hub/v1/customers/${id}/locations`)).body);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      name: 'Milpitas HQ',
      isHeadquarters: true,
      timezone: 'America/Los_Angeles',
      language: 'en_US',
      address: { city: 'Milpitas', stateOrProvince: 'CA', country: 'US' },
    });
    const res = await ctx.api.post(`/hub/v1/customers/${id}/locations`, {
      name: 'Toronto branch',
      address: { ...TORONTO, stateOrProvince: 'on' },
      timezone: 'America/Toronto',
      language: 'fr',
      emergencyLocationIdentifier: 'TOR-1',
    });
    expect(res.status).toBe(201);
    const created = HubLocation.parse(res.body);
    expect(created).toMatchObject({
      name: 'Toronto branch',
      isHeadquarters: false,
      language: 'fr_CA',
      address: { stateOrProvince: 'ON' },
      emergencyLocationIdentifier: 'TOR-1',
    });
    expect(Buffer.from(created.id, 'base64url').toString()).toMatch(/^ciscospark:\/\/us\/LOCATION\//);
    expect((await ctx.api.get(`/hub/v1/customers/${id}/locations/${created.id}`)).body).toEqual(res.body);
    const names = (await ctx.api.get(`/hub/v1/customers/${id}/locations`)).body.items.map(
      (l: { name: string }) => l.name,
    );
    expect(names).toEqual(['Milpitas HQ', 'Toronto branch']);
  });

  it('refuses a duplicate name, a bad address, timezone or language, and a customer not provisioned yet', async () => {
    const ctx = await tenant();
    const id = await provision(ctx);
    const body = { name: 'milpitas hq', address: TORONTO, timezone: 'America/Toronto', language: 'en' };
    const dup = expectWebexError(await ctx.api.post(`/hub/v1/customers/${id}/locations`, body), 409);
    expect(dup.errors[0]).toMatchObject({ errorCode: 1306, field: 'name' });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ address: { ...TORONTO, addressLine1: 'z'.repeat(51) } }, 1005, 'address.addressLine1'],
      [{ address: { ...TORONTO, stateOrProvince: 'TX' } }, 1009, 'address.stateOrProvince'],
      [{ timezone: 'America/Gotham' }, 1012, 'timezone'],
      [{ language: 'xx' }, 1011, 'language'],
    ];
    for (const [overrides, errorCode, field] of cases) {
      const err = expectWebexError(
        await ctx.api.post(`/hub/v1/customers/${id}/locations`, { ...body, name: 'Other', ...overrides }),
        400,
      );
      expect(err.errors[0]).toMatchObject({ errorCode, field });
    }
    const slow = await tenant('PT1H');
    const pending = await provision(slow);
    const early = expectWebexError(
      await slow.api.post(`/hub/v1/customers/${pending}/locations`, { ...body, name: 'Early' }),
      409,
    );
    expect(early.errors[0]).toMatchObject({ errorCode: 1207, field: 'customerId' });
    expect((await ctx.api.get(`/hub/v1/customers/${id}/locations`)).body.items).toHaveLength(1);
  });
});
