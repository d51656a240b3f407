import { describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError, linkOf, setSettings, walkPages } from './helpers';
import { customerBody, provision, tenant } from './customers-fixtures';

describe('GET /v1/wholesale/customers', () => {
  it('pages 120 customers with max/offset and RFC 5988 Link headers, in creation order', async () => {
    const ctx = await tenant('PT1H');
    const created: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      created.push(
        await provision(ctx, {
          packages: ['webex_meetings'],
          provisioningParameters: undefined,
          externalId: `bulk-${i}`,
        }),
      );
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let url: string | undefined = '/v1/wholesale/customers?max=50';
    let last;
    while (url) {
      last = await call('GET', url, { token: ctx.t.tokens.readOnlyAdmin });
      expect(last.status).toBe(200);
      sizes.push(last.body.items.length);
      seen.push(...last.body.items.map((c: { id: string }) => c.id));
      url = linkOf(last.headers.get('link'));
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(created);
    const links = Object.fromEntries(
      [...(last?.headers.get('link') ?? '').matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)].map(([, href, rel]) => {
        const u = new URL(href ?? '');
        return [rel, `${u.searchParams.get('offset')}/${u.searchParams.get('max')}`];
      }),
    );
    expect(links).toEqual({ prev: '50/50', first: '0/50' });

    const defaults = await ctx.api.get('/v1/wholesale/customers');
    expect(defaults.body.items).toHaveLength(100);
    expect(linkOf(defaults.headers.get('link'))).toMatch(/offset=100/);
  });

  it('filters by externalId, status (repeated or comma-joined) and the Webex orgId', async () => {
    const ctx = await tenant('PT1H');
    const pending = await provision(ctx, { externalId: 'A' });
    await setSettings(ctx.t.partner.orgId, { provisioningDelay: 'PT0S' });
    const done = await provision(ctx, { externalId: 'B' });
    const doneOrgId = (await ctx.api.get(`/v1/wholesale/customers/${done}`)).body.orgId;
    const ids = async (query: string) =>
      (await ctx.api.get(`/v1/wholesale/customers${query}`)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('?externalId=A')).toEqual([pending]);
    expect(await ids('?externalId=a')).toEqual([]);
    expect(await ids('?status=provisioning')).toEqual([pending]);
    expect(await ids('?status=provisioned')).toEqual([done]);
    expect(await ids('?status=provisioned,provisioning')).toEqual([pending, done]);
    expect(await ids('?status=provisioned&status=provisioning')).toEqual([pending, done]);
    expect(await ids(`?orgId=${encodeURIComponent(doneOrgId)}`)).toEqual([done]);
    const bad = expectWebexError(await ctx.api.get('/v1/wholesale/customers?status=sleeping'), 400);
    expect(bad.errors[0]?.field).toMatch(/^status/);
  });

  it('pages a status filter (one status or several, interleaved) in creation order', async () => {
    const ctx = await tenant('PT1H');
    const created: { id: string; status: string }[] = [];
    for (let i = 0; i < 9; i += 1) {
      // Customers 0, 3, 6 finish at once; the others stay provisioning for an hour.
      const immediate = i % 3 === 0;
      await setSettings(ctx.t.partner.orgId, { provisioningDelay: immediate ? 'PT0S' : 'PT1H' });
      const id = await provision(ctx, { externalId: `mix-${i}` });
      created.push({ id, status: immediate ? 'provisioned' : 'provisioning' });
    }
    const walk = async (status: string, max: number) => {
      const { pages } = await walkPages<{ id: string }>(
        ctx.t.tokens.fullAdmin,
        `/v1/wholesale/customers?status=${status}&max=${max}`,
      );
      return pages.flat().map((c) => c.id);
    };
    const expected = (statuses: string[]) => created.filter((c) => statuses.includes(c.status)).map((c) => c.id);
    expect(await walk('provisioning', 2)).toEqual(expected(['provisioning']));
    expect(await walk('provisioned', 2)).toEqual(expected(['provisioned']));
    expect(await walk('provisioned,provisioning', 2)).toEqual(expected(['provisioned', 'provisioning']));
    expect(await walk('provisioned,provisioning,provisioned', 4)).toEqual(expected(['provisioned', 'provisioning']));
    const third = await ctx.api.get('/v1/wholesale/customers?status=provisioning,provisioned&offset=4&max=3');
    expect(third.body.items.map((c: { id: string }) => c.id)).toEqual(created.slice(4, 7).map((c) => c.id));
  });

  it('refuses max outside 1..100 and a negative offset, naming the parameter', async () => {
    const ctx = await tenant();
    const cases: [string, number][] = [
      ['max=0', 1017],
      ['max=101', 1017],
      ['offset=-1', 1017],
      ['max=ten', 1003],
    ];
    for (const [query, errorCode] of cases) {
      const err = expectWebexError(await ctx.api.get(`/v1/wholesale/customers?${query}`), 400);
      expect(err.errors[0]).toMatchObject({ errorCode, field: query.split('=')[0] });
    }
  });

  it('shows a partner only its own customers and a sub-partner’s only with onBehalfOfSubPartnerOrgId', async () => {
    const t = await createTenant({ subPartners: [{ name: 'R1' }, { name: 'R2' }] });
    await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S' });
    const [r1, r2] = t.subPartners;
    const partnerApi = as(t.tokens.fullAdmin);
    const own = await partnerApi.post('/v1/wholesale/customers', customerBody(t.templates[0]?.provisioningId ?? ''));
    const forR1 = await partnerApi.post(
      `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${r1?.orgId}`,
      customerBody(r1?.templates[0]?.provisioningId ?? ''),
    );
    expect([own.status, forR1.status]).toEqual([202, 202]);
    const idOf = (url: string) => decodeURIComponent(url.split('/').pop() ?? '');
    const list = async (token: string, query = '') =>
      (await as(token).get(`/v1/wholesale/customers${query}`)).body.items.map((c: { id: string }) => c.id);
    expect(await list(t.tokens.fullAdmin)).toEqual([idOf(own.body.url)]);
    expect(await list(t.tokens.fullAdmin, `?onBehalfOfSubPartnerOrgId=${r1?.orgId}`)).toEqual([idOf(forR1.body.url)]);
    expect(await list(r1?.tokens.readOnlyAdmin ?? '')).toEqual([idOf(forR1.body.url)]);
    expect(await list(r2?.tokens.fullAdmin ?? '')).toEqual([]);
    // A sibling cannot act for another sub-partner, nor read its customer.
    expectWebexError(
      await as(r2?.tokens.fullAdmin ?? '').get(`/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${r1?.orgId}`),
      404,
    );
    expectWebexError(await as(r2?.tokens.fullAdmin ?? '').get(`/v1/wholesale/customers/${idOf(forR1.body.url)}`), 404);
    expectWebexError(await partnerApi.get(`/v1/wholesale/customers/${idOf(forR1.body.url)}`), 404);
  });

  it('needs the customers_read scope', async () => {
    const t = await createTenant();
    const token = await call('POST', '/_sim/tokens', {
      body: { orgId: t.partner.orgId, role: 'full_admin', scopes: ['spark-admin:wholesale_subscribers_read'] },
    });
    expect(token.status).toBe(201);
    expectWebexError(await as(token.body.accessToken).get('/v1/wholesale/customers'), 403);
  });
});
