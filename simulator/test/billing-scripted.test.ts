/**
 * Billing quantities end to end: a history scripted through the public API on the tenant's
 * simulated clock, and the reports checked against quantities worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { as, createTenant, setSettings } from './helpers';
import { createCustomer, firstAdmin, provision, subscriberBody } from './subscribers-fixtures';
import { REPORTS, type Client, createReport, csvRecords, setClock } from './billing-fixtures';

const SUBSCRIBERS = '/v1/wholesale/subscribers';

/** The CSV of a report that has just been created (reportDelay is PT0S), as records. */
async function reportCsv(api: Client, body: Record<string, unknown>) {
  const r = await createReport(api, body);
  const got = await api.get(`${REPORTS}/${r.id}`);
  expect(got.body.status, JSON.stringify(got.body)).toBe('COMPLETED');
  const res = await fetch(String(got.body.tempDownloadURL));
  expect(res.status).toBe(200);
  return csvRecords(await res.text());
}

/** Quantity per package (and per user when the report has one). */
function quantities(rows: Record<string, string>[]) {
  return Object.fromEntries(rows.map((r) => [[r.SUBSCRIBER_ID, r.SKU].filter(Boolean).join(' '), r.QUANTITY] as const));
}

describe('billing quantities from a scripted month', () => {
  it('prorates by the fraction of each day a package is held, per user, customer and partner', async () => {
    const t = await createTenant({ subPartners: [{ name: 'Reseller, "East"' }] });
    const orgId = t.partner.orgId;
    await setSettings(orgId, { provisioningDelay: 'PT0S', reportDelay: 'PT0S' });
    const api = as(t.tokens.fullAdmin);
    const sub = t.subPartners[0]!;

    // The month after next, so every scripted instant is still ahead of the clock.
    const real = new Date();
    const y = real.getUTCFullYear();
    const m = real.getUTCMonth() + 2;
    const day = (d: number, time = '00:00:00') =>
      new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10) + `T${time}.000Z`;
    const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const first = day(1).slice(0, 10);
    const last = day(days).slice(0, 10);

    // Customers (and their first administrators, who hold a package all month) exist before day 1.
    const customer = await createCustomer(api, t.templates[0]!.provisioningId, {
      packages: ['webex_calling', 'webex_suite', 'webex_meetings'],
    });
    const admin = await firstAdmin(api, customer);
    const adminPackage = admin.packages[0]!;
    const spApi = as(sub.tokens.fullAdmin);
    await createCustomer(spApi, sub.templates[0]!.provisioningId, { packages: ['webex_calling'] });

    await setClock(orgId, day(1));
    const u1 = await provision(
      api,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '4001' } }),
    );
    await setClock(orgId, day(5, '06:00:00'));
    const u2 = await provision(api, subscriberBody(customer.id, { packages: ['webex_meetings'] }));
    await setClock(orgId, day(5, '14:00:00'));
    expect((await api.del(`${SUBSCRIBERS}/${u2.id}`)).status).toBe(204);
    await setClock(orgId, day(10, '12:00:00'));
    expect((await api.put(`${SUBSCRIBERS}/${u1.id}`, { packages: ['webex_suite'] })).status).toBe(200);

    // A snapshot right after the change: the admin's package and u1's suite, one each.
    const snapshot = await reportCsv(api, {
      billingStartDate: first,
      billingEndDate: first,
      type: 'USER',
      category: 'POINT_IN_TIME',
    });
    expect(quantities(snapshot)).toEqual({
      [`${admin.id} ${adminPackage.toUpperCase()}`]: '1',
      [`${u1.id} WEBEX_SUITE`]: '1',
    });
    expect(snapshot.every((r) => r.REPORT_DATE === day(10).slice(0, 10))).toBe(true);

    await setClock(orgId, day(20));
    expect((await api.del(`${SUBSCRIBERS}/${u1.id}`)).status).toBe(204);

    // After the month: the customer is deleted, and its usage still reports under its IDs.
    await setClock(orgId, new Date(Date.parse(day(days)) + 34 * 3_600_000).toISOString());
    const before = (await api.get(`/v1/wholesale/customers/${customer.id}`)).body;
    expect((await api.del(`/v1/wholesale/customers/${customer.id}`)).status).toBe(202);
    expect((await api.get(`/v1/wholesale/customers/${customer.id}`)).status).toBe(404);

    const month = { billingStartDate: first, billingEndDate: last };
    const user = await reportCsv(api, { ...month, type: 'USER' });
    // u1: calling from day 1 00:00 to day 10 12:00 = 9.5 days, then suite to day 20 00:00 =
    // 9.5 days; u2: meetings for 8 hours = 1/3 day; the admin: every day of the month.
    expect(quantities(user)).toEqual({
      [`${admin.id} ${adminPackage.toUpperCase()}`]: String(days),
      [`${u1.id} WEBEX_CALLING`]: '9.5',
      [`${u1.id} WEBEX_SUITE`]: '9.5',
      [`${u2.id} WEBEX_MEETINGS`]: '0.3333',
    });
    // (Each scripted step lands a few real milliseconds after its instant: too little to show
    // in a 4-decimal quantity, but enough to make day 20 the last day of u1's suite.)
    const row = (id: string, sku: string) => user.find((r) => r.SUBSCRIBER_ID === id && r.SKU === sku);
    expect(row(u1.id, 'WEBEX_CALLING')).toMatchObject({
      CUSTOMER_EXTERNAL_ID: customer.externalId,
      CUSTOMER_ORG_ID: before.orgId,
      CONSUMPTION_START_DATE: first,
      CONSUMPTION_END_DATE: day(10).slice(0, 10),
      PARTNER_ORG_ID: orgId,
      SUBSCRIPTION_ID: t.partner.subscriptionId,
    });
    expect(row(u2.id, 'WEBEX_MEETINGS')).toMatchObject({
      CONSUMPTION_START_DATE: day(5).slice(0, 10),
      CONSUMPTION_END_DATE: day(5).slice(0, 10),
    });

    const partner = await reportCsv(api, { ...month, type: 'PARTNER' });
    const calling = 9.5 + (adminPackage === 'webex_calling' ? days : 0);
    const suite = 9.5 + (adminPackage === 'webex_suite' ? days : 0);
    expect(quantities(partner)).toEqual({
      WEBEX_CALLING: String(calling),
      WEBEX_SUITE: String(suite),
      WEBEX_MEETINGS: '0.3333',
    });
    const customerRows = await reportCsv(api, { ...month, type: 'CUSTOMER' });
    const perPackage: Record<string, number> = {};
    for (const r of customerRows) perPackage[r.SKU!] = (perPackage[r.SKU!] ?? 0) + Number(r.QUANTITY);
    expect(perPackage).toEqual({ WEBEX_CALLING: calling, WEBEX_SUITE: suite, WEBEX_MEETINGS: 0.3333 });
    expect(new Set(customerRows.map((r) => r.CUSTOMER_EXTERNAL_ID))).toEqual(new Set([customer.externalId]));

    // The sub-partner's own month: its first admin only, under its own name.
    const reseller = await reportCsv(api, { ...month, type: 'PARTNER', subPartnerOrgId: sub.orgId });
    expect(reseller).toEqual([
      expect.objectContaining({ PARTNER_NAME: 'Reseller, "East"', PARTNER_ORG_ID: sub.orgId, QUANTITY: String(days) }),
    ]);
  });
});
