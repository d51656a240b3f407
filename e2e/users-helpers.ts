import type { APIRequestContext } from '@playwright/test';
import { expect, randomUUID, type Tenant } from './fixtures';

export interface NewUser {
  id: string;
  email: string;
}

const auth = (tenant: Tenant) => ({ authorization: `Bearer ${tenant.tokens.fullAdmin}` });

/**
 * Provisions one user through the public API. A calling package gets a fresh extension;
 * `free` registers the e-mail as an existing free Webex account first, so the user ends in
 * pending_user_migration (202).
 */
export async function createUser(
  request: APIRequestContext,
  tenant: Tenant,
  customerId: string,
  options: { pkg?: string; email?: string; extension?: string; free?: boolean } = {},
): Promise<NewUser> {
  const pkg = options.pkg ?? 'webex_meetings';
  const email = options.email ?? `user-${randomUUID().slice(0, 12)}@example.com`;
  if (options.free) {
    const res = await request.post('/_sim/webex-users', { data: { emails: [email], kind: 'free' } });
    expect(res.status(), await res.text()).toBe(204);
  }
  const calling = pkg !== 'webex_meetings';
  const res = await request.post('/v1/wholesale/subscribers', {
    headers: auth(tenant),
    data: {
      customerId,
      email,
      packages: [pkg],
      provisioningParameters: {
        firstName: 'Test',
        lastName: 'User',
        ...(calling ? { extension: options.extension ?? String(1000 + Math.floor(Math.random() * 8999)) } : {}),
      },
    },
  });
  expect(res.status(), await res.text()).toBe(options.free ? 202 : 200);
  const body = (await res.json()) as { id: string };
  return { id: body.id, email };
}

export async function getUser(
  request: APIRequestContext,
  tenant: Tenant,
  id: string,
): Promise<{ status: number; packages?: string[]; statusValue?: string }> {
  const res = await request.get(`/v1/wholesale/subscribers/${encodeURIComponent(id)}`, { headers: auth(tenant) });
  if (res.status() !== 200) return { status: res.status() };
  const body = (await res.json()) as { packages: string[]; status: string };
  return { status: 200, packages: body.packages, statusValue: body.status };
}

/** The customer's first administrator, created with the customer (its e-mail is the customer's primary e-mail). */
export async function firstAdminOf(request: APIRequestContext, tenant: Tenant, customerId: string): Promise<NewUser> {
  const res = await request.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}&max=1`, {
    headers: auth(tenant),
  });
  expect(res.status()).toBe(200);
  const [first] = ((await res.json()) as { items: { id: string; email: string }[] }).items;
  expect(first, 'the customer has its first administrator').toBeTruthy();
  return { id: first?.id ?? '', email: first?.email ?? '' };
}
