/** Shared set-up of the subscribers API tests: a tenant whose customers provision at once. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { type TenantResponse, as, call, createTenant, setSettings } from './helpers';

export type Client = ReturnType<typeof as>;

export const uniqueEmail = (tag: string) => `${tag}-${randomUUID()}@example.com`;

const ADDRESS = {
  addressLine1: '170 W Tasman Dr',
  city: 'San Jose',
  stateOrProvince: 'CA',
  zipOrPostalCode: '95134',
  country: 'US',
};

export interface TestCustomer {
  id: string;
  externalId: string;
  adminEmail: string;
  packages: string[];
}

/**
 * Provisions a customer and waits for it to be provisioned (the tenant's delay is PT0S, so
 * the next read finishes it). `query` is e.g. `?onBehalfOfSubPartnerOrgId=...`.
 */
export async function createCustomer(
  api: Client,
  provisioningId: string,
  opts: { packages?: string[]; limits?: Record<string, number>; query?: string; expectStatus?: string } = {},
): Promise<TestCustomer> {
  const packages = opts.packages ?? ['webex_calling', 'webex_meetings'];
  const externalId = `ext-${randomUUID()}`;
  const adminEmail = uniqueEmail('admin');
  const res = await api.post(`/v1/wholesale/customers${opts.query ?? ''}`, {
    provisioningId,
    packages,
    externalId,
    address: ADDRESS,
    customerInfo: { name: `Customer ${externalId}`, primaryEmail: adminEmail },
    provisioningParameters: {
      calling: {
        location: { name: 'Headquarters', address: ADDRESS, timezone: 'America/Los_Angeles', language: 'en_US' },
      },
      ...(opts.limits ? { packages: { limits: opts.limits } } : {}),
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const id = decodeURIComponent(String(res.body.url).split('/').pop() ?? '');
  await untilStatus(api, `/v1/wholesale/customers/${id}${opts.query ?? ''}`, opts.expectStatus ?? 'provisioned');
  return { id, externalId, adminEmail, packages };
}

/**
 * With PT0S the next read normally finds the customer provisioned (or with errors); on PostgreSQL the
 * background job runner may hold the job's row at that moment (SKIP LOCKED), so poll.
 */
async function untilStatus(api: Client, path: string, expected: string): Promise<void> {
  let status: unknown;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    status = (await api.get(path)).body.status;
    if (status === expected) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(status).toBe(expected);
}

export interface World {
  t: TenantResponse;
  api: Client;
  customer: TestCustomer;
}

export async function partnerWithCustomer(
  opts: { packages?: string[]; limits?: Record<string, number>; subPartners?: { name: string }[] } = {},
): Promise<World> {
  const t = await createTenant({ subPartners: opts.subPartners ?? [] });
  await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S' });
  const api = as(t.tokens.fullAdmin);
  const customer = await createCustomer(api, t.templates[0]!.provisioningId, opts);
  return { t, api, customer };
}

export function subscriberBody(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    customerId,
    email: uniqueEmail('user'),
    packages: ['webex_meetings'],
    provisioningParameters: { firstName: 'Ada', lastName: 'Lovelace' },
    ...overrides,
  };
}

export async function provision(api: Client, body: Record<string, unknown>, query = '') {
  const res = await api.post(`/v1/wholesale/subscribers${query}`, body);
  expect([200, 202], JSON.stringify(res.body)).toContain(res.status);
  return res.body as { id: string; personId?: string; email: string; created: string; lastStatusChange: string };
}

export async function registerWebexUsers(emails: string[], kind: 'free' | 'calling' | 'other_partner') {
  const res = await call('POST', '/_sim/webex-users', { body: { emails, kind } });
  expect(res.status).toBe(204);
}

export async function clockOf(orgId: string): Promise<string> {
  const res = await call<{ now: string }>('GET', `/_sim/tenants/${orgId}/clock`);
  return res.body.now;
}

/** The customer's first administrator, created with the customer. */
export async function firstAdmin(api: Client, customer: TestCustomer) {
  const res = await api.get(`/v1/wholesale/subscribers?email=${encodeURIComponent(customer.adminEmail)}`);
  expect(res.body.items).toHaveLength(1);
  return res.body.items[0] as { id: string; packages: string[] };
}
