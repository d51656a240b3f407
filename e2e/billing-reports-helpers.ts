/** Set-up shared by the billing report and cost-summary journeys: a fixed clock, reports through the API. */
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Tenant } from './fixtures';

export const REPORTS = '/v1/wholesale/billing/reports';

/** YYYY-MM-DD of a day `days` after `day`. */
export function dayOffset(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The calendar month before `today`'s, computed by hand from its parts. */
export function previousMonth(today: string): { start: string; end: string } {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  const last = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1];
  const mm = String(month).padStart(2, '0');
  return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}

/**
 * Stands the tenant's clock at 10:00 UTC tomorrow (so "today" cannot change under the
 * test) with reports generated at once; returns that day.
 */
export async function billingClock(request: APIRequestContext, tenant: Tenant, reportDelay = 'PT0S'): Promise<string> {
  const today = dayOffset(new Date().toISOString().slice(0, 10), 1);
  const clock = await request.post(`/_sim/tenants/${tenant.partner.orgId}/clock`, {
    data: { set: `${today}T10:00:00.000Z` },
  });
  expect(clock.status(), await clock.text()).toBe(200);
  const settings = await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, {
    data: { reportDelay, provisioningDelay: 'PT0S' },
  });
  expect(settings.status()).toBe(200);
  return today;
}

export async function advanceClock(request: APIRequestContext, tenant: Tenant, duration: string): Promise<void> {
  const res = await request.post(`/_sim/tenants/${tenant.partner.orgId}/clock`, { data: { advance: duration } });
  expect(res.status(), await res.text()).toBe(200);
}

export async function createReport(
  request: APIRequestContext,
  token: string,
  body: Record<string, unknown>,
): Promise<{ id: string }> {
  const res = await request.post(REPORTS, { headers: { authorization: `Bearer ${token}` }, data: body });
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as { id: string };
}

export async function reportStatus(request: APIRequestContext, token: string, id: string): Promise<number> {
  const res = await request.get(`${REPORTS}/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return res.status();
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/billing-${name}.png`, fullPage: true });
}

const ADDRESS = {
  addressLine1: '771 Alder Drive',
  city: 'Milpitas',
  stateOrProvince: 'CA',
  zipOrPostalCode: '95035',
  country: 'US',
};

/**
 * A scripted history for last month: at 00:00 UTC of the month after next (so every
 * instant is ahead of the clock), a Webex Calling customer (its first administrator holds
 * webex_calling) and one more Calling user; then the clock moves to the 1st of the month
 * after, so "last month" is one whole month both users held the package from start to end.
 * Returns that month and the customer's external ID.
 */
export async function callingMonth(
  request: APIRequestContext,
  tenant: Tenant,
): Promise<{ start: string; end: string; days: number; externalId: string }> {
  const headers = { authorization: `Bearer ${tenant.tokens.fullAdmin}` };
  const real = new Date();
  const setup = new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() + 2, 1));
  const month = new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() + 3, 1));
  const after = new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() + 4, 1, 10));
  const orgId = tenant.partner.orgId;
  expect(
    (
      await request.post(`/_sim/tenants/${orgId}/settings`, {
        data: { provisioningDelay: 'PT0S', reportDelay: 'PT0S' },
      })
    ).status(),
  ).toBe(200);
  expect((await request.post(`/_sim/tenants/${orgId}/clock`, { data: { set: setup.toISOString() } })).status()).toBe(
    200,
  );

  const externalId = `cost-${randomUUID().slice(0, 8)}`;
  const created = await request.post('/v1/wholesale/customers', {
    headers,
    data: {
      provisioningId: tenant.templates[0]?.provisioningId,
      packages: ['webex_calling'],
      externalId,
      address: ADDRESS,
      customerInfo: {
        name: `Cost Customer ${externalId}`,
        primaryEmail: `admin-${externalId}@example.com`,
        language: 'en',
      },
      provisioningParameters: {
        calling: { location: { name: 'HQ', address: ADDRESS, timezone: 'America/Los_Angeles', language: 'en_us' } },
      },
    },
  });
  expect(created.status(), await created.text()).toBe(202);
  const { url } = (await created.json()) as { url: string };
  const customerId = decodeURIComponent(url.split('/').pop() ?? '');
  const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(customerId)}`, { headers });
  expect(((await got.json()) as { status: string }).status).toBe('provisioned');
  const user = await request.post('/v1/wholesale/subscribers', {
    headers,
    data: {
      customerId,
      email: `user-${externalId}@example.com`,
      packages: ['webex_calling'],
      provisioningParameters: { firstName: 'Ada', lastName: 'Lovelace', extension: '4001' },
    },
  });
  expect([200, 202], await user.text()).toContain(user.status());
  expect((await request.post(`/_sim/tenants/${orgId}/clock`, { data: { set: after.toISOString() } })).status()).toBe(
    200,
  );

  const end = new Date(after.getTime() - 10 * 3_600_000 - 86_400_000);
  return {
    start: month.toISOString().slice(0, 10),
    end: end.toISOString().slice(0, 10),
    days: end.getUTCDate(),
    externalId,
  };
}
