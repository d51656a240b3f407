/**
 * Scripted billing history for the viewer journeys, set up through /v1 with the tenant's
 * token and the tenant's simulated clock (/_sim), never through the UI.
 */
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { Tenant } from './fixtures';

export class BillingScript {
  private readonly headers: Record<string, string>;

  constructor(
    private readonly request: APIRequestContext,
    private readonly tenant: Tenant,
  ) {
    this.headers = { authorization: `Bearer ${tenant.tokens.fullAdmin}` };
  }

  async settings(body: Record<string, unknown>): Promise<void> {
    const res = await this.request.post(`/_sim/tenants/${this.tenant.partner.orgId}/settings`, { data: body });
    expect(res.status(), await res.text()).toBe(200);
  }

  async setClock(instant: string): Promise<void> {
    const res = await this.request.post(`/_sim/tenants/${this.tenant.partner.orgId}/clock`, { data: { set: instant } });
    expect(res.status(), await res.text()).toBe(200);
  }

  private async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, data?: unknown) {
    const res = await this.request.fetch(`/v1${path}`, { method, headers: this.headers, data });
    const text = await res.text();
    return { status: res.status(), body: (text ? JSON.parse(text) : null) as Record<string, unknown>, text };
  }

  /** A customer with the given packages, provisioned (delay PT0S: a later read finishes it). */
  async customer(packages: string[]): Promise<{ id: string; externalId: string; adminEmail: string }> {
    const tag = randomUUID();
    const address = {
      addressLine1: '170 W Tasman Dr',
      city: 'San Jose',
      stateOrProvince: 'CA',
      zipOrPostalCode: '95134',
      country: 'US',
    };
    const externalId = `bv-${tag.slice(0, 8)}`;
    const adminEmail = `admin-${tag}@example.com`;
    const res = await this.call('POST', '/wholesale/customers', {
      provisioningId: this.tenant.templates[0]?.provisioningId,
      packages,
      externalId,
      address,
      customerInfo: { name: `Viewer Customer ${tag}`, primaryEmail: adminEmail },
      provisioningParameters: {
        calling: {
          location: { name: 'Headquarters', address, timezone: 'America/Los_Angeles', language: 'en_US' },
        },
      },
    });
    expect(res.status, res.text).toBe(202);
    const id = decodeURIComponent(String(res.body.url).split('/').pop() ?? '');
    await expect
      .poll(async () => (await this.call('GET', `/wholesale/customers/${id}`)).body.status)
      .toBe('provisioned');
    return { id, externalId, adminEmail };
  }

  async subscriberByEmail(email: string): Promise<{ id: string; packages: string[] }> {
    const res = await this.call('GET', `/wholesale/subscribers?email=${encodeURIComponent(email)}`);
    const items = res.body.items as { id: string; packages: string[] }[];
    expect(items).toHaveLength(1);
    return items[0] as { id: string; packages: string[] };
  }

  async provision(customerId: string, packages: string[], extra: Record<string, unknown> = {}): Promise<string> {
    const res = await this.call('POST', '/wholesale/subscribers', {
      customerId,
      email: `user-${randomUUID()}@example.com`,
      packages,
      provisioningParameters: { firstName: 'Ada', lastName: 'Lovelace', ...extra },
    });
    expect([200, 202], res.text).toContain(res.status);
    return String(res.body.id);
  }

  async changePackages(subscriberId: string, packages: string[]): Promise<void> {
    const res = await this.call('PUT', `/wholesale/subscribers/${subscriberId}`, { packages });
    expect(res.status, res.text).toBe(200);
  }

  async remove(subscriberId: string): Promise<void> {
    const res = await this.call('DELETE', `/wholesale/subscribers/${subscriberId}`);
    expect(res.status, res.text).toBe(204);
  }

  /** Creates a report (reportDelay PT0S) and waits until it is COMPLETED. */
  async report(body: Record<string, unknown>): Promise<string> {
    const res = await this.call('POST', '/wholesale/billing/reports', body);
    expect(res.status, res.text).toBe(200);
    const id = String(res.body.id);
    await expect
      .poll(async () => (await this.call('GET', `/wholesale/billing/reports/${id}`)).body.status)
      .toBe('COMPLETED');
    return id;
  }
}

/** YYYY-MM-DD of a UTC calendar day (month is 0-based and may overflow, as Date.UTC allows). */
export const utcDay = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
