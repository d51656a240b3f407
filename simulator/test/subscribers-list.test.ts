import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { advanceClock, expectWebexError, linkOf } from './helpers';
import {
  type Client,
  clockOf,
  createCustomer,
  partnerWithCustomer,
  provision,
  registerWebexUsers,
  subscriberBody,
  uniqueEmail,
} from './subscribers-fixtures';

const PATH = '/v1/wholesale/subscribers';

interface Item {
  id: string;
  email: string;
  personId?: string;
  status: string;
  created: string;
  lastStatusChange: string;
}

async function ids(api: Client, query: string): Promise<string[]> {
  const res = await api.get(`${PATH}?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as Item[]).map((s) => s.id);
}

describe('GET /wholesale/subscribers', () => {
  it('filters by customer, external customer ID, e-mail (any case), status and personId', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const other = await createCustomer(api, t.templates[0]!.provisioningId);
    // A simulated second between creations makes the expected (created) order unambiguous.
    await advanceClock(t.partner.orgId, 'PT1S');
    const a = await provision(api, subscriberBody(customer.id));
    await advanceClock(t.partner.orgId, 'PT1S');
    const b = await provision(api, subscriberBody(other.id));
    await advanceClock(t.partner.orgId, 'PT1S');
    const freeEmail = uniqueEmail('free');
    await registerWebexUsers([freeEmail], 'free');
    const pending = await provision(api, subscriberBody(other.id, { email: freeEmail }));
    const adminOf = async (c: typeof customer) => (await ids(api, `email=${encodeURIComponent(c.adminEmail)}`))[0]!;
    const [adminA, adminB] = [await adminOf(customer), await adminOf(other)];

    expect(await ids(api, `customerId=${customer.id}`)).toEqual([adminA, a.id]);
    expect(await ids(api, `externalCustomerId=${encodeURIComponent(other.externalId)}`)).toEqual([
      adminB,
      b.id,
      pending.id,
    ]);
    expect(await ids(api, `email=${encodeURIComponent(b.email.toUpperCase())}`)).toEqual([b.id]);
    expect(await ids(api, 'status=pending_user_migration')).toEqual([pending.id]);
    expect(await ids(api, `status=provisioned&customerId=${other.id}`)).toEqual([adminB, b.id]);
    expect(await ids(api, `personId=${a.personId}`)).toEqual([a.id]);
    expect(await ids(api, 'email=nobody@example.com')).toEqual([]);

    const bad = await api.get(`${PATH}?status=active`);
    expect(expectWebexError(bad, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.INVALID_ENUM_VALUE.code,
      field: 'status',
    });
  });

  it('filters on creation and status-change instants (epoch ms or ISO) and sorts either way', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const admin = (await ids(api, ''))[0]!;
    await advanceClock(t.partner.orgId, 'PT1H');
    const first = await provision(api, subscriberBody(customer.id));
    await advanceClock(t.partner.orgId, 'PT1H');
    const cut = await clockOf(t.partner.orgId);
    await advanceClock(t.partner.orgId, 'PT1M');
    const freeEmail = uniqueEmail('free');
    await registerWebexUsers([freeEmail], 'free');
    const second = await provision(api, subscriberBody(customer.id, { email: freeEmail }));
    await advanceClock(t.partner.orgId, 'PT1H');
    const third = await provision(api, subscriberBody(customer.id));

    expect(await ids(api, `after=${Date.parse(cut)}`)).toEqual([second.id, third.id]);
    expect(await ids(api, `after=${encodeURIComponent(cut)}`)).toEqual([second.id, third.id]);
    expect(await ids(api, `after=${Date.parse(cut)}&sortOrder=DESC`)).toEqual([third.id, second.id]);
    expect(await ids(api, 'sortOrder=desc')).toEqual([third.id, second.id, first.id, admin]);
    expect(await ids(api, 'sortBy=created&sortOrder=ASC')).toEqual([admin, first.id, second.id, third.id]);

    // The pending one is accepted two days after it was created: its status changes last.
    const acceptedCut = await advanceClock(t.partner.orgId, 'P1D');
    await advanceClock(t.partner.orgId, 'P1D');
    expect(await ids(api, `lastStatusChange=${Date.parse(acceptedCut)}`)).toEqual([second.id]);
    expect(await ids(api, 'sortBy=lastStatusChange')).toEqual([admin, first.id, third.id, second.id]);
    expect(await ids(api, 'sortBy=lastStatusChange&sortOrder=DESC')).toEqual([second.id, third.id, first.id, admin]);

    const bad = await api.get(`${PATH}?after=yesterday`);
    expect(expectWebexError(bad, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.INVALID_DATE.code,
      field: 'after',
    });
    const badSort = await api.get(`${PATH}?sortBy=email`);
    expect(expectWebexError(badSort, 400).errors[0]!.field).toBe('sortBy');
  });

  it('pages 121 subscribers by max and offset with Link next/prev/first, each subscriber exactly once', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    for (let batch = 0; batch < 12; batch += 1) {
      await Promise.all(Array.from({ length: 10 }, () => provision(api, subscriberBody(customer.id))));
      // Distinct creation instants across batches make the expected order checkable.
      await advanceClock(t.partner.orgId, 'PT1S');
    }

    const firstPage = await api.get(PATH);
    expect(firstPage.body.items).toHaveLength(50);
    const seen: Item[] = [];
    const pageSizes: number[] = [];
    let url: string | undefined = `${PATH}?max=50`;
    let pageIndex = 0;
    while (url) {
      const res = await api.get(url);
      expect(res.status).toBe(200);
      pageSizes.push(res.body.items.length);
      seen.push(...(res.body.items as Item[]));
      const link = res.headers.get('link');
      if (pageIndex > 0) {
        expect(link).toContain('rel="prev"');
        expect(link).toContain('rel="first"');
      }
      url = linkOf(link);
      pageIndex += 1;
    }
    expect(pageSizes).toEqual([50, 50, 21]);
    expect(new Set(seen.map((s) => s.id)).size).toBe(121);
    const created = seen.map((s) => Date.parse(s.created));
    expect(created).toEqual([...created].sort((x, y) => x - y));

    const tooBig = await api.get(`${PATH}?max=101`);
    expect(expectWebexError(tooBig, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.INVALID_PAGING_PARAMETER.code,
      field: 'max',
    });
    const lastPage = await api.get(`${PATH}?max=100&offset=100`);
    expect(lastPage.body.items).toHaveLength(21);
    expect(linkOf(lastPage.headers.get('link'))).toBeUndefined();
  });

  it('lists only the acting org’s subscribers', async () => {
    const { api, customer } = await partnerWithCustomer();
    const mine = await provision(api, subscriberBody(customer.id));
    const stranger = await partnerWithCustomer();
    const theirs = await ids(stranger.api, '');
    expect(theirs).not.toContain(mine.id);
    expect(await ids(stranger.api, `customerId=${customer.id}`)).toEqual([]);
    expect(await ids(stranger.api, `email=${encodeURIComponent(mine.email)}`)).toEqual([]);
  });
});
