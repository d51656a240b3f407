import { expect, randomUUID, type Tenant } from './fixtures';
import type { APIRequestContext } from '@playwright/test';

const ADDRESS = {
  addressLine1: '771 Alder Drive',
  city: 'Milpitas',
  stateOrProvince: 'CA',
  zipOrPostalCode: '95035',
  country: 'US',
};

export interface NewCustomer {
  id: string;
  externalId: string;
  name: string;
}

/**
 * Provisions one customer through the public API and reads it back (which completes a
 * zero-delay provisioning). `token` defaults to the partner's full admin; pass a
 * sub-partner's token and template to create it there.
 */
export async function createCustomer(
  request: APIRequestContext,
  tenant: Tenant,
  options: { packages?: string[]; externalId?: string; token?: string; provisioningId?: string } = {},
): Promise<NewCustomer> {
  const tag = randomUUID().slice(0, 8);
  const packages = options.packages ?? ['webex_calling', 'webex_meetings'];
  const externalId = options.externalId ?? `ext-${tag}`;
  const name = `Customer ${tag}`;
  const headers = { authorization: `Bearer ${options.token ?? tenant.tokens.fullAdmin}` };
  const calling = packages.some((p) => p !== 'webex_meetings');
  const res = await request.post('/v1/wholesale/customers', {
    headers,
    data: {
      provisioningId: options.provisioningId ?? tenant.templates[0]?.provisioningId,
      packages,
      externalId,
      address: ADDRESS,
      customerInfo: { name, primaryEmail: `admin-${tag}@example.com`, language: 'en' },
      ...(calling
        ? {
            provisioningParameters: {
              calling: {
                location: { name: 'HQ', address: ADDRESS, timezone: 'America/Los_Angeles', language: 'en_us' },
              },
            },
          }
        : {}),
    },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { url } = (await res.json()) as { url: string };
  const id = decodeURIComponent(url.split('/').pop() ?? '');
  const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(id)}`, { headers });
  expect(got.status()).toBe(200);
  return { id, externalId, name };
}

export async function setProvisioningDelay(request: APIRequestContext, tenant: Tenant, delay: string): Promise<void> {
  const res = await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, {
    data: { provisioningDelay: delay },
  });
  expect(res.status()).toBe(200);
}

export async function advanceClock(request: APIRequestContext, tenant: Tenant, by: string): Promise<void> {
  const res = await request.post(`/_sim/tenants/${tenant.partner.orgId}/clock`, { data: { advance: by } });
  expect(res.status()).toBe(200);
}
