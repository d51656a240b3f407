import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { chooseTheme, type Tenant } from './fixtures';

/** A provisioned customer with calling, meetings and suite (HQ location included), made through /v1. */
export async function createSetupCustomer(request: APIRequestContext, tenant: Tenant): Promise<string> {
  const settings = await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, {
    data: { provisioningDelay: 'PT0S' },
  });
  expect(settings.status()).toBe(200);
  const tag = randomUUID();
  const address = {
    addressLine1: '771 Alder Drive',
    city: 'Milpitas',
    stateOrProvince: 'CA',
    zipOrPostalCode: '95035',
    country: 'US',
  };
  const headers = { authorization: `Bearer ${tenant.tokens.fullAdmin}` };
  const res = await request.post('/v1/wholesale/customers', {
    headers,
    data: {
      provisioningId: tenant.templates[0]?.provisioningId,
      packages: ['webex_calling', 'webex_meetings', 'webex_suite'],
      externalId: `setup-${tag}`,
      address,
      customerInfo: { name: `Northwind ${tag.slice(0, 8)}`, primaryEmail: `admin-${tag}@example.com` },
      provisioningParameters: {
        calling: { location: { name: 'HQ', address, timezone: 'America/Los_Angeles', language: 'en_us' } },
      },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { url } = (await res.json()) as { url: string };
  const id = decodeURIComponent(url.split('/').pop() ?? '');
  const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(id)}`, { headers });
  expect(((await got.json()) as { status: string }).status).toBe('provisioned');
  return id;
}

/**
 * A calling user of `customerId` made through /v1, so this browser has no record of its
 * numbers: only Webex knows them.
 */
export async function createCallingUser(
  request: APIRequestContext,
  tenant: Tenant,
  customerId: string,
  numbers: { primaryPhoneNumber: string; extension: string },
): Promise<void> {
  const res = await request.post('/v1/wholesale/subscribers', {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    data: { customerId, email: uniqueEmail('held'), packages: ['webex_calling'], provisioningParameters: numbers },
  });
  expect(res.status(), await res.text()).toBe(200);
}

export const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.com`;

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/setup-${name}.png`, fullPage: true });
}

export { chooseTheme };

/** Fills one row of the users grid (1-based, as the grid labels it). */
export async function fillUserRow(
  page: Page,
  row: number,
  user: { first: string; last: string; email: string; pkg: string; location?: string },
): Promise<void> {
  await page.getByLabel(`Row ${row} first name`).fill(user.first);
  await page.getByLabel(`Row ${row} last name`).fill(user.last);
  await page.getByLabel(`Row ${row} e-mail`).fill(user.email);
  await page.getByLabel(`Row ${row} package`).selectOption({ label: user.pkg });
  if (user.location) await page.getByLabel(`Row ${row} location`).selectOption({ label: user.location });
}
