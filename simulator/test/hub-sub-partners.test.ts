import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  as,
  call,
  createTenant,
  expectWebexError,
  setSettings,
  type TenantResponse,
  walkPages,
} from './helpers';
import { customerBody } from './customers-fixtures';

const DIRECTORY = '/hub/v1/subPartners';

interface Item {
  orgId: string;
  name: string;
  provisioningState: string;
  created: string;
  billingStartDate: string;
  subscriptionId: string;
  customerCount: number;
}

const names = (items: Item[]) => items.map((i) => i.name);

async function addSubPartners(orgId: string, subPartners: { name: string; provisioningState?: string }[]) {
  const res = await call<{ subPartners: TenantResponse['subPartners'] }>(
    'POST',
    `/_sim/tenants/${orgId}/sub-partners`,
    {
      body: { subPartners },
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.subPartners;
}

describe('GET /hub/v1/subPartners (indirect providers directory)', () => {
  it('names each sub-partner with its state, dates, shared subscription and customer count, sorted by name', async () => {
    const tag = randomUUID().slice(0, 8);
    const t = await createTenant({
      subPartners: [
        { name: `zulu ${tag}` },
        { name: `Alpha ${tag}`, provisioningState: 'suspended' },
        { name: `mike ${tag}` },
      ],
    });
    await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S' });
    const [zulu, alpha, mike] = t.subPartners;
    const parent = as(t.tokens.fullAdmin);
    // Two customers made by the parent for Zulu, one by Mike's own admin, one of the parent's own.
    for (let i = 0; i < 2; i += 1) {
      const res = await parent.post(
        `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${zulu!.orgId}`,
        customerBody(zulu!.templates[0]!.provisioningId),
      );
      expect(res.status, JSON.stringify(res.body)).toBe(202);
    }
    expect(
      (
        await as(mike!.tokens.fullAdmin).post(
          '/v1/wholesale/customers',
          customerBody(mike!.templates[0]!.provisioningId),
        )
      ).status,
    ).toBe(202);
    expect((await parent.post('/v1/wholesale/customers', customerBody(t.templates[0]!.provisioningId))).status).toBe(
      202,
    );

    const res = await parent.get<{ items: Item[] }>(DIRECTORY);
    expect(res.status).toBe(200);
    expect(res.headers.get('link')).toBeNull();
    // Case-insensitive: "Alpha" before "mike" before "zulu".
    expect(names(res.body.items)).toEqual([`Alpha ${tag}`, `mike ${tag}`, `zulu ${tag}`]);
    const public_ = (
      await parent.get<{ items: { orgId: string; created: string; billingStartDate: string }[] }>(
        '/v1/wholesale/subPartners',
      )
    ).body.items;
    const byId = new Map(res.body.items.map((i) => [i.orgId, i]));
    expect(byId.get(zulu!.orgId)).toMatchObject({ customerCount: 2, provisioningState: 'active' });
    expect(byId.get(mike!.orgId)).toMatchObject({ customerCount: 1 });
    expect(byId.get(alpha!.orgId)).toMatchObject({ customerCount: 0, provisioningState: 'suspended' });
    for (const p of public_) {
      // The same dates and the parent's shared subscription as the public list.
      expect(byId.get(p.orgId)).toMatchObject({
        created: p.created,
        billingStartDate: p.billingStartDate,
        subscriptionId: t.partner.subscriptionId,
      });
    }
    // The read-only admin holds the read scope too.
    expect((await as(t.tokens.readOnlyAdmin).get<{ items: Item[] }>(DIRECTORY)).body.items).toHaveLength(3);
    // One entry by org ID, with the same fields.
    const one = await parent.get<Item>(`${DIRECTORY}/${encodeURIComponent(zulu!.orgId)}`);
    expect(one.body).toEqual(byId.get(zulu!.orgId));
  });

  it('pages 150 sub-partners by 100 with Link headers, in name order, each exactly once', async () => {
    const tag = randomUUID().slice(0, 8);
    // Names in scrambled order so that creation order and name order differ.
    const wanted = Array.from({ length: 150 }, (_, i) => `Reseller ${tag} ${String((i * 67) % 150).padStart(3, '0')}`);
    const t = await createTenant({ subPartners: wanted.map((name) => ({ name })) });
    const parent = as(t.tokens.fullAdmin);

    const { pages, nextUrls } = await walkPages<Item>(t.tokens.fullAdmin, `${DIRECTORY}?max=100`);
    expect(nextUrls).toHaveLength(1);
    expect(pages.map((p) => p.length)).toEqual([100, 50]);
    const sorted = [...wanted].sort();
    expect(pages.flat().map((i) => i.name)).toEqual(sorted);

    // Offset paging by hand, and a `prev` link back to the first page.
    const third = await parent.get<{ items: Item[] }>(`${DIRECTORY}?max=40&offset=80`);
    expect(names(third.body.items)).toEqual(sorted.slice(80, 120));
    expect(third.headers.get('link')).toMatch(/max=40&offset=40>; rel="prev"/);
    const desc = await parent.get<{ items: Item[] }>(`${DIRECTORY}?max=3&sortOrder=desc`);
    expect(names(desc.body.items)).toEqual(sorted.slice(-3).reverse());
  });

  it('filters by state, searches by part of the name (any case, wildcards literal) or by the exact org ID', async () => {
    const tag = randomUUID().slice(0, 8);
    const t = await createTenant({
      subPartners: [
        { name: `Northwind Voice ${tag}` },
        { name: `Southwind Cloud ${tag}`, provisioningState: 'suspended' },
        { name: `100% Fibre_net ${tag}` },
        { name: `100 Fibre net ${tag}`, provisioningState: 'suspended' },
      ],
    });
    const parent = as(t.tokens.fullAdmin);
    const [northwind, southwind, percent] = t.subPartners;
    const find = async (query: string) =>
      names((await parent.get<{ items: Item[] }>(`${DIRECTORY}?${query}`)).body.items);

    expect(await find('provisioningState=suspended')).toEqual([`100 Fibre net ${tag}`, `Southwind Cloud ${tag}`]);
    expect(await find('q=WIND')).toEqual([northwind!.name, southwind!.name]);
    expect(await find('q=wind&provisioningState=active')).toEqual([northwind!.name]);
    expect(await find(`q=${encodeURIComponent('0% fibre_')}`)).toEqual([percent!.name]);
    expect(await find(`q=${encodeURIComponent(`  ${tag}  `)}`)).toHaveLength(4);
    expect(await find(`q=${encodeURIComponent(southwind!.orgId)}`)).toEqual([southwind!.name]);
    // An org ID matches whole, not in part.
    expect(await find(`q=${encodeURIComponent(southwind!.orgId.slice(0, -4))}`)).toEqual([]);
  });

  it('sorts by creation date either way (ties broken by org ID)', async () => {
    const tag = randomUUID().slice(0, 8);
    const t = await createTenant({ subPartners: [{ name: `B first ${tag}` }] });
    await advanceClock(t.partner.orgId, 'P1D');
    const [later] = await addSubPartners(t.partner.orgId, [{ name: `A later ${tag}` }]);
    const parent = as(t.tokens.fullAdmin);
    const asc = (await parent.get<{ items: Item[] }>(`${DIRECTORY}?sortBy=created`)).body.items;
    expect(names(asc)).toEqual([`B first ${tag}`, `A later ${tag}`]);
    const days = (Date.parse(asc[1]!.created) - Date.parse(asc[0]!.created)) / 86_400_000;
    expect(days).toBeGreaterThan(0.99);
    expect(asc[1]!.orgId).toBe(later!.orgId);
    const desc = (await parent.get<{ items: Item[] }>(`${DIRECTORY}?sortBy=created&sortOrder=DESC`)).body.items;
    expect(names(desc)).toEqual([`A later ${tag}`, `B first ${tag}`]);
  });

  it('refuses bad parameters with one error per field', async () => {
    const t = await createTenant();
    const parent = as(t.tokens.fullAdmin);
    const cases: [string, string, RegExp][] = [
      ['provisioningState=paused', 'provisioningState', /active, suspended/],
      ['max=101', 'max', /from 1 to 100/],
      ['max=0', 'max', /from 1 to 100/],
      ['offset=-1', 'offset', /0 or more/],
      ['sortBy=customers', 'sortBy', /name, created/],
      ['sortOrder=up', 'sortOrder', /ASC, DESC/],
      [`q=${'x'.repeat(201)}`, 'q', /at most 200/],
    ];
    for (const [query, field, allowed] of cases) {
      const body = expectWebexError(await parent.get(`${DIRECTORY}?${query}`), 400);
      expect(body.errors, query).toHaveLength(1);
      expect(body.errors[0]!.field, query).toBe(field);
      expect(body.errors[0]!.description, query).toMatch(allowed);
    }
  });

  it("never shows another tenant's, a sibling's or the parent's own organisation", async () => {
    const [a, b] = await Promise.all([
      createTenant({ subPartners: [{ name: `A one ${randomUUID()}` }, { name: `A two ${randomUUID()}` }] }),
      createTenant({ subPartners: [{ name: `B one ${randomUUID()}` }] }),
    ]);
    const parentA = as(a.tokens.fullAdmin);
    const foreign = b.subPartners[0]!;
    const [one, two] = a.subPartners;

    expect((await parentA.get<{ items: Item[] }>(DIRECTORY)).body.items.map((i) => i.orgId).sort()).toEqual(
      [one!.orgId, two!.orgId].sort(),
    );
    expect(
      (await parentA.get<{ items: Item[] }>(`${DIRECTORY}?q=${encodeURIComponent(foreign.orgId)}`)).body.items,
    ).toEqual([]);
    expect(
      (await parentA.get<{ items: Item[] }>(`${DIRECTORY}?q=${encodeURIComponent(foreign.name)}`)).body.items,
    ).toEqual([]);
    for (const id of [foreign.orgId, b.partner.orgId, a.partner.orgId, 'no-such-org']) {
      const body = expectWebexError(await parentA.get(`${DIRECTORY}/${encodeURIComponent(id)}`), 404);
      expect(body.errors[0]).toMatchObject({ errorCode: 1214, field: 'orgId' });
    }

    // A sub-partner has no sub-partners: an empty directory, and not even itself or a sibling by ID.
    const sub = as(one!.tokens.fullAdmin);
    const own = await sub.get<{ items: Item[] }>(DIRECTORY);
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([]);
    for (const id of [two!.orgId, one!.orgId])
      expectWebexError(await sub.get(`${DIRECTORY}/${encodeURIComponent(id)}`), 404);
  });

  it('needs the sub-partner read scope', async () => {
    const t = await createTenant({ subPartners: [{ name: `Scoped ${randomUUID()}` }] });
    const token = await call<{ accessToken: string }>('POST', '/_sim/tokens', {
      body: { orgId: t.partner.orgId, role: 'full_admin', scopes: ['spark-admin:wholesale_customers_read'] },
    });
    const res = expectWebexError(await as(token.body.accessToken).get(DIRECTORY), 403);
    expect(res.message).toContain('spark-admin:wholesale_sub_partners_read');
  });
});

describe('/_sim sub-partner controls', () => {
  it('adds sub-partners to an existing tenant, with tokens that work at once', async () => {
    const t = await createTenant();
    const tag = randomUUID().slice(0, 8);
    const added = await addSubPartners(t.partner.orgId, [
      { name: `Late ${tag}` },
      { name: `Paused ${tag}`, provisioningState: 'suspended' },
    ]);
    expect(added.map((s) => [s.name, s.provisioningState])).toEqual([
      [`Late ${tag}`, 'active'],
      [`Paused ${tag}`, 'suspended'],
    ]);
    const listed = (
      await as(t.tokens.fullAdmin).get<{ items: { orgId: string; provisioningState: string }[] }>(
        '/v1/wholesale/subPartners',
      )
    ).body.items;
    expect(listed.map((s) => s.orgId).sort()).toEqual(added.map((s) => s.orgId).sort());
    const session = await as(added[0]!.tokens.fullAdmin).get('/hub/v1/session');
    expect(session.body.org).toMatchObject({ id: added[0]!.orgId, kind: 'sub_partner' });
    expect(session.body.parentOrg).toMatchObject({ id: t.partner.orgId });
  });

  it('suspends and reactivates a sub-partner; refuses unknown orgs and bad bodies', async () => {
    const [t, other] = await Promise.all([
      createTenant({ subPartners: [{ name: `Toggle ${randomUUID()}` }] }),
      createTenant({ subPartners: [{ name: `Elsewhere ${randomUUID()}` }] }),
    ]);
    const sub = t.subPartners[0]!;
    const path = `/_sim/tenants/${t.partner.orgId}/sub-partners/${sub.orgId}`;
    const suspended = await call('POST', path, { body: { provisioningState: 'suspended' } });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toEqual({ orgId: sub.orgId, name: sub.name, provisioningState: 'suspended' });
    const seen = await as(t.tokens.fullAdmin).get<Item>(`${DIRECTORY}/${encodeURIComponent(sub.orgId)}`);
    expect(seen.body.provisioningState).toBe('suspended');
    expect((await call('POST', path, { body: { provisioningState: 'active' } })).body.provisioningState).toBe('active');

    const bad = expectWebexError(await call('POST', path, { body: { provisioningState: 'paused' } }), 400);
    expect(bad.errors[0]).toMatchObject({ field: 'provisioningState' });
    expect(bad.errors[0]!.description).toMatch(/active, suspended/);
    const extra = expectWebexError(await call('POST', path, { body: { provisioningState: 'active', name: 'x' } }), 400);
    expect(extra.errors[0]).toMatchObject({ field: 'name' });
    // Another tenant's sub-partner, the partner itself, an unknown tenant.
    const foreign = `/_sim/tenants/${t.partner.orgId}/sub-partners/${other.subPartners[0]!.orgId}`;
    expect(
      expectWebexError(await call('POST', foreign, { body: { provisioningState: 'suspended' } }), 404).errors[0],
    ).toMatchObject({ field: 'subOrgId' });
    const self = `/_sim/tenants/${t.partner.orgId}/sub-partners/${t.partner.orgId}`;
    expectWebexError(await call('POST', self, { body: { provisioningState: 'suspended' } }), 404);
    const unknown = `/_sim/tenants/no-such-tenant/sub-partners/${sub.orgId}`;
    expect(
      expectWebexError(await call('POST', unknown, { body: { provisioningState: 'suspended' } }), 404).errors[0],
    ).toMatchObject({ field: 'orgId' });
    expectWebexError(
      await call('POST', '/_sim/tenants/no-such-tenant/sub-partners', { body: { subPartners: [{ name: 'x' }] } }),
      404,
    );
    const empty = expectWebexError(
      await call('POST', `/_sim/tenants/${t.partner.orgId}/sub-partners`, { body: { subPartners: [] } }),
      400,
    );
    expect(empty.errors[0]).toMatchObject({ field: 'subPartners' });
  });
});
