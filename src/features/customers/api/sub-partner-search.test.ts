import { describe, expect, it } from 'vitest';
import type { Customer, SubPartner } from '@contract/wholesale';
import { ApiError } from '@/shared/api/api-error';
import { searchSubPartnerCustomers, type SubPartnerSearchTerms } from './sub-partner-search';

const subPartners: SubPartner[] = ['sp-a', 'sp-b', 'sp-c', 'sp-d', 'sp-e'].map((orgId) => ({ orgId }));
const customersBySub: Record<string, Customer[]> = {
  'sp-b': [{ id: 'b1', externalId: 'acme', packages: [], errors: [] }],
  'sp-d': [{ id: 'd7', externalId: 'acme', packages: [], errors: [] }],
};

describe('searchSubPartnerCustomers', () => {
  it('reads every page of sub-partners, asks each with the filter, and names the owner of each hit', async () => {
    const listed: (string | null)[] = [];
    const asked: { orgId: string; terms: SubPartnerSearchTerms }[] = [];
    const streamed: string[] = [];
    const result = await searchSubPartnerCustomers({
      terms: { externalId: 'acme' },
      signal: new AbortController().signal,
      concurrency: 2,
      listSubPartners: (next) => {
        listed.push(next);
        return Promise.resolve(
          next === null
            ? { items: subPartners.slice(0, 3), next: 'page-2' }
            : { items: subPartners.slice(3), next: null },
        );
      },
      listCustomers: (orgId, terms) => {
        asked.push({ orgId, terms });
        if (orgId === 'sp-c') return Promise.reject(new ApiError({ kind: 'http', status: 403, message: 'no' }));
        const items = (customersBySub[orgId] ?? []).filter((c) => c.externalId === terms.externalId);
        return Promise.resolve({ items, next: orgId === 'sp-d' ? 'more' : null });
      },
      onHits: (hits) => streamed.push(...hits.map((h) => h.customer.id)),
    });
    expect(listed).toEqual([null, 'page-2']);
    expect(asked.map((a) => a.orgId).sort()).toEqual(['sp-a', 'sp-b', 'sp-c', 'sp-d', 'sp-e']);
    expect(asked.every((a) => a.terms.externalId === 'acme')).toBe(true);
    expect(result.hits.map((h) => [h.subPartner.orgId, h.customer.id]).sort()).toEqual([
      ['sp-b', 'b1'],
      ['sp-d', 'd7'],
    ]);
    expect(streamed.sort()).toEqual(['b1', 'd7']);
    expect(result.failures.map((f) => f.subPartner.orgId)).toEqual(['sp-c']);
    expect(result.truncated.map((s) => s.orgId)).toEqual(['sp-d']);
    expect(result).toMatchObject({ searched: 5, total: 5 });
  });

  it('never has more requests in flight than its concurrency, and stops asking once stopped', async () => {
    const controller = new AbortController();
    let inFlight = 0;
    let peak = 0;
    let asked = 0;
    const many: SubPartner[] = Array.from({ length: 20 }, (_, i) => ({ orgId: `sp-${i}` }));
    const result = await searchSubPartnerCustomers({
      terms: { orgId: 'x' },
      signal: controller.signal,
      concurrency: 3,
      listSubPartners: () => Promise.resolve({ items: many, next: null }),
      listCustomers: async () => {
        asked += 1;
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await Promise.resolve();
        inFlight -= 1;
        if (asked === 6) controller.abort();
        return { items: [], next: null };
      },
    });
    expect(peak).toBe(3);
    expect(asked).toBeLessThan(10);
    expect(result.searched).toBeLessThan(20);
  });
});
