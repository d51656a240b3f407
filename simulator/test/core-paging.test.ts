import { beforeAll, describe, expect, it } from 'vitest';
import { as, call, createTenant, expectWebexError, linkOf, type TenantResponse } from './helpers';

describe('paging by offset/max and the Link header', () => {
  let tenant: TenantResponse;
  const total = 150;

  beforeAll(async () => {
    tenant = await createTenant({
      subPartners: Array.from({ length: total }, (_, i) => ({ name: `Paging Reseller ${i + 1}` })),
    });
  }, 120_000);

  it('walks 150 sub-partners in pages of 100 by following rel="next" as given', async () => {
    const client = as(tenant.tokens.fullAdmin);
    const first = await client.get('/v1/wholesale/subPartners?max=100');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(100);
    const next = linkOf(first.headers.get('link'), 'next');
    expect(next).toBeDefined();

    const second = await call('GET', next!, { token: tenant.tokens.fullAdmin });
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(50);
    expect(linkOf(second.headers.get('link'), 'next')).toBeUndefined();

    const seen = [...first.body.items, ...second.body.items].map((s: { orgId: string }) => s.orgId);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(tenant.subPartners.map((s) => s.orgId).sort());
  });

  it('keeps the other query parameters in the next link', async () => {
    const res = await as(tenant.tokens.fullAdmin).get('/v1/wholesale/subPartners?max=40&provisioningState=active');
    const next = new URL(linkOf(res.headers.get('link'), 'next')!);
    expect(next.searchParams.get('provisioningState')).toBe('active');
    expect(next.searchParams.get('offset')).toBe('40');
    expect(next.searchParams.get('max')).toBe('40');
  });

  it('answers an offset past the end with an empty page and no next link', async () => {
    const res = await as(tenant.tokens.fullAdmin).get(`/v1/wholesale/subPartners?offset=${total}&max=10`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
    expect(linkOf(res.headers.get('link'), 'next')).toBeUndefined();
  });

  it.each([
    ['max', 'max=0'],
    ['max', 'max=101'],
    ['max', 'max=ten'],
    ['offset', 'offset=-1'],
    ['offset', 'offset=1.5'],
  ])('refuses a bad %s (%s) with 400 naming the parameter', async (param, query) => {
    const res = await as(tenant.tokens.fullAdmin).get(`/v1/wholesale/subPartners?${query}`);
    const body = expectWebexError(res, 400);
    expect(body.errors[0]?.field).toBe(param);
    expect(body.errors[0]?.description).toContain(param);
  });
});
