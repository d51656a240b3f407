import { describe, expect, it } from 'vitest';
import { HubPriceBook } from '@contract/hub';
import { as, call, createTenant, expectWebexError } from './helpers';

const PATH = '/hub/v1/priceBook';
const onBehalf = (orgId: string) => `${PATH}?onBehalfOfSubPartnerOrgId=${encodeURIComponent(orgId)}`;

const book = {
  currency: 'eur',
  taxRatePercent: '8.875',
  prices: {
    WEBEX_CALLING: { transferPrice: '10.10', resalePrice: '19.99' },
    WEBEX_MEETINGS: { transferPrice: '0.10', resalePrice: '0.2' },
  },
};

describe('/hub/v1/priceBook', () => {
  it('starts empty, then keeps the decimals exactly as sent and names who saved it when', async () => {
    const t = await createTenant();
    const api = as(t.tokens.fullAdmin);
    const empty = await api.get(PATH);
    expect(empty.status).toBe(200);
    expect(HubPriceBook.parse(empty.body)).toEqual({
      currency: 'USD',
      taxRatePercent: '0',
      prices: {},
      updatedAt: null,
      updatedBy: null,
    });

    const clock = await call<{ now: string }>('GET', `/_sim/tenants/${t.partner.orgId}/clock`);
    const saved = await api.put(PATH, book);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const expected = {
      currency: 'EUR',
      taxRatePercent: '8.875',
      prices: book.prices,
    };
    expect(saved.body).toMatchObject(expected);
    // The simulated clock, not the wall clock: it stood still between the two reads.
    expect(Date.parse(saved.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(clock.body.now));
    expect(saved.body.updatedBy).toMatch(/@/);
    const read = await api.get(PATH);
    expect(read.body).toEqual(saved.body);

    // PUT replaces the whole book: a SKU left out is gone.
    const replaced = await api.put(PATH, {
      ...book,
      prices: { WEBEX_SUITE: { transferPrice: '25', resalePrice: '40.00' } },
    });
    expect(replaced.status).toBe(200);
    expect(Object.keys((await api.get(PATH)).body.prices)).toEqual(['WEBEX_SUITE']);
  });

  it('refuses bad input field by field, saying what is allowed, and keeps the stored book', async () => {
    const t = await createTenant();
    const api = as(t.tokens.fullAdmin);
    expect((await api.put(PATH, book)).status).toBe(200);
    const before = (await api.get(PATH)).body;

    const err = expectWebexError(
      await api.put(PATH, {
        currency: 'EURO',
        taxRatePercent: '100.5',
        prices: {
          WEBEX_CALLING: { transferPrice: '-1', resalePrice: '1e3' },
          'webex calling': { transferPrice: '1', resalePrice: '2' },
        },
      }),
      400,
    );
    const byField = Object.fromEntries(err.errors.map((e) => [e.field, e.description]));
    expect(Object.keys(byField).sort()).toEqual([
      'currency',
      'prices.WEBEX_CALLING.resalePrice',
      'prices.WEBEX_CALLING.transferPrice',
      'prices.webex calling',
      'taxRatePercent',
    ]);
    expect(byField['currency']).toMatch(/ISO 4217.*"EURO"/);
    expect(byField['taxRatePercent']).toMatch(/from 0 to 100.*"100.5"/);
    expect(byField['prices.WEBEX_CALLING.transferPrice']).toMatch(/0 or more.*at most 2 decimals.*"-1"/);
    expect(err.errors.every((e) => e.errorCode === 1003)).toBe(true);

    // The currency decides the precision: yen have no minor unit, dinars three decimals.
    const yen = expectWebexError(
      await api.put(PATH, {
        ...book,
        currency: 'JPY',
        prices: { WEBEX_CALLING: { transferPrice: '1200', resalePrice: '1999.5' } },
      }),
      400,
    );
    expect(yen.errors.map((e) => e.field)).toEqual(['prices.WEBEX_CALLING.resalePrice']);
    const missing = expectWebexError(await api.put(PATH, { currency: 'USD' }), 400);
    expect(missing.errors.map((e) => [e.field, e.errorCode])).toEqual([
      ['taxRatePercent', 1001],
      ['prices', 1001],
    ]);
    expect((await api.get(PATH)).body).toEqual(before);

    const dinar = await api.put(PATH, {
      ...book,
      currency: 'KWD',
      prices: { WEBEX_CALLING: { transferPrice: '3.125', resalePrice: '4.5' } },
    });
    expect(dinar.status, JSON.stringify(dinar.body)).toBe(200);
    expect((await api.get(PATH)).body.prices).toEqual({
      WEBEX_CALLING: { transferPrice: '3.125', resalePrice: '4.5' },
    });
  });

  it('lets a read-only admin read but not replace it', async () => {
    const t = await createTenant();
    expect((await as(t.tokens.fullAdmin).put(PATH, book)).status).toBe(200);
    const viewer = as(t.tokens.readOnlyAdmin);
    expect((await viewer.get(PATH)).body.currency).toBe('EUR');
    expectWebexError(await viewer.put(PATH, { ...book, currency: 'USD' }), 403);
    expect((await viewer.get(PATH)).body.currency).toBe('EUR');
  });

  it('keeps one book per org: a parent edits its sub-partner’s, which neither its own nor another tenant sees', async () => {
    const t = await createTenant({ subPartners: [{ name: `Reseller ${crypto.randomUUID()}` }] });
    const sub = t.subPartners[0]!;
    const parent = as(t.tokens.fullAdmin);
    const saved = await parent.put(onBehalf(sub.orgId), { ...book, currency: 'GBP' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    expect((await as(sub.tokens.fullAdmin).get(PATH)).body).toMatchObject({ currency: 'GBP', prices: book.prices });
    expect((await parent.get(PATH)).body.updatedAt).toBeNull();
    expect((await parent.get(onBehalf(sub.orgId))).body.currency).toBe('GBP');

    // The sub-partner cannot reach its parent's book, nor another tenant anyone's.
    expectWebexError(await as(sub.tokens.fullAdmin).get(onBehalf(t.partner.orgId)), 404);
    const other = await createTenant();
    expectWebexError(await as(other.tokens.fullAdmin).get(onBehalf(sub.orgId)), 404);
    expectWebexError(await as(other.tokens.fullAdmin).put(onBehalf(sub.orgId), book), 404);
    expect((await as(sub.tokens.fullAdmin).get(PATH)).body.currency).toBe('GBP');
  });
});
