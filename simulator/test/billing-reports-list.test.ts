import { beforeAll, describe, expect, it } from 'vitest';
import { expectWebexError, setSettings, walkPages } from './helpers';
import { type BillingWorld, REPORTS, billingTenant, createReport, dayOffset } from './billing-fixtures';

interface Made {
  id: string;
  billingStartDate: string;
  billingEndDate: string;
  type: string;
  status: string;
}

/** Every page's report ids, and the next URLs seen. */
async function walk(token: string, first: string) {
  const { pages, nextUrls } = await walkPages<{ id: string }>(token, first);
  return { pages: pages.map((page) => page.map((i) => i.id)), nextUrls };
}

const by =
  <K extends keyof Made>(key: K) =>
  (a: Made, b: Made) =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe('listing billing reports', () => {
  let w: BillingWorld;
  const made: Made[] = [];

  // 120 reports over distinct periods: 100 complete at once, the last 20 stay IN_PROGRESS.
  beforeAll(async () => {
    w = await billingTenant();
    for (let i = 0; i < 120; i += 1) {
      if (i === 100) await setSettings(w.t.partner.orgId, { reportDelay: 'PT1H' });
      const body = {
        billingStartDate: dayOffset(w.today, -(i + 3)),
        billingEndDate: dayOffset(w.today, -1 - (i % 3)),
        type: i % 2 ? 'CUSTOMER' : 'PARTNER',
      };
      const r = await createReport(w.api, body);
      made.push({ ...body, id: r.id, status: i < 100 ? 'COMPLETED' : 'IN_PROGRESS' });
    }
  }, 120_000);

  it('pages by the Link header only, with an opaque cursor that keeps max and the filters', async () => {
    const { pages, nextUrls } = await walk(w.t.tokens.fullAdmin, `${REPORTS}?max=50`);
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pages.flat()).toEqual([...made].sort(by('billingStartDate')).map((m) => m.id));
    for (const next of nextUrls) {
      const u = new URL(next);
      expect(u.searchParams.get('max')).toBe('50');
      expect(u.searchParams.get('cursor')).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(u.searchParams.has('offset')).toBe(false);
    }
    const filtered = await walk(w.t.tokens.fullAdmin, `${REPORTS}?type=CUSTOMER&max=25&sortBy=billingEndDate`);
    expect(filtered.pages.map((p) => p.length)).toEqual([25, 25, 10]);
    expect(filtered.nextUrls.every((u) => new URL(u).searchParams.get('type') === 'CUSTOMER')).toBe(true);
    const customers = made.filter((m) => m.type === 'CUSTOMER').sort(by('billingEndDate'));
    expect(filtered.pages.flat()).toEqual(customers.map((m) => m.id));
  });

  it('defaults to 100 per page and sorts by id, billingEndDate or status', async () => {
    const first = await w.api.get(REPORTS);
    expect(first.body.items).toHaveLength(100);
    expect(first.headers.get('link')).toMatch(/rel="next"/);
    for (const sortBy of ['id', 'billingEndDate', 'status'] as const) {
      const { pages } = await walk(w.t.tokens.fullAdmin, `${REPORTS}?sortBy=${sortBy}&max=40`);
      expect(pages.flat(), sortBy).toEqual([...made].sort(by(sortBy)).map((m) => m.id));
    }
  });

  it('filters by exact dates, type and status; items carry the ListReport fields', async () => {
    const pick = made[7]!;
    const start = await w.api.get(`${REPORTS}?billingStartDate=${pick.billingStartDate}`);
    expect(start.body.items.map((i: Made) => i.id)).toEqual([pick.id]);
    expect(Object.keys(start.body.items[0]).sort()).toEqual([
      'billingEndDate',
      'billingStartDate',
      'category',
      'created',
      'createdBy',
      'id',
      'status',
      'type',
    ]);
    const end = dayOffset(w.today, -2);
    const ends = await w.api.get(`${REPORTS}?billingEndDate=${end}`);
    expect(ends.body.items.map((i: Made) => i.id).sort()).toEqual(
      made
        .filter((m) => m.billingEndDate === end)
        .map((m) => m.id)
        .sort(),
    );
    const running = await w.api.get(`${REPORTS}?status=IN_PROGRESS&type=PARTNER`);
    const expected = made.filter((m) => m.status === 'IN_PROGRESS' && m.type === 'PARTNER');
    expect(running.body.items.map((i: Made) => i.id).sort()).toEqual(expected.map((m) => m.id).sort());
    expect(expected).toHaveLength(10);
    expect((await w.api.get(`${REPORTS}?billingStartDate=2021-01-01`)).body.items).toEqual([]);
  });

  it('refuses bad parameters with the field named', async () => {
    const field = async (query: string) =>
      expectWebexError(await w.api.get(`${REPORTS}?${query}`), 400).errors[0]?.field;
    expect(await field('sortBy=created')).toBe('sortBy');
    expect(await field('max=101')).toBe('max');
    expect(await field('status=DONE')).toBe('status');
    expect(await field('billingStartDate=2025-13-01')).toBe('billingStartDate');
    expect(await field('cursor=bm90LWEtY3Vyc29y')).toBe('cursor');
    // A cursor issued for one sort order is refused for another.
    const link = (await w.api.get(`${REPORTS}?max=10`)).headers.get('link') ?? '';
    const cursor = new URL(/<([^>]+)>/.exec(link)?.[1] ?? '').searchParams.get('cursor');
    expect(await field(`sortBy=status&cursor=${cursor}`)).toBe('cursor');
  });
});
