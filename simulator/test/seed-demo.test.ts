import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '@contract/ids';
import {
  CUSTOMER_PACKAGES,
  KNOWN_CUSTOMER_STATUSES,
  KNOWN_SUBSCRIBER_STATUSES,
  SUBSCRIBER_PACKAGES,
} from '@contract/packages';
import { COUNTRIES } from '@contract/reference-data';
import { planCustomers } from '../src/seed/demo-customers';
import type { DemoOrg } from '../src/seed/demo-orgs';
import { Rng } from '../src/seed/demo-random';
import { advanceClock, as, createTenant, expectWebexError, setSettings, type TenantResponse } from './helpers';
import { REPORTS, createReport, csvRecords } from './billing-fixtures';

interface WireCustomer {
  id: string;
  orgId?: string;
  status: string;
  packages: string[];
  address: { country: string };
}
interface WireSubscriber {
  id: string;
  status: string;
  packages: string[];
  personId?: string;
}

type Client = ReturnType<typeof as>;

/** Every item of a list, following offset paging (max 100). */
async function all<T>(api: Client, path: string): Promise<T[]> {
  const items: T[] = [];
  const join = path.includes('?') ? '&' : '?';
  for (let offset = 0; ; offset += 100) {
    const res = await api.get<{ items: T[] }>(`${path}${join}max=100&offset=${offset}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.items);
    if (res.body.items.length < 100) return items;
  }
}

/** Runs `fn` over `items`, `width` at a time. */
async function inBatches<T, R>(items: readonly T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += width) out.push(...(await Promise.all(items.slice(i, i + width).map(fn))));
  return out;
}

describe('demo seed, seen through the public API', () => {
  let t: TenantResponse;
  let api: Client;
  let customers: WireCustomer[];
  let resellerId: string;
  let suspendedId: string;

  beforeAll(async () => {
    const suffix = randomUUID().slice(0, 8);
    t = await createTenant({
      name: `Demo Partner ${suffix}`,
      seed: 'demo',
      subPartners: [
        { name: `Reseller ${suffix}`, provisioningState: 'active' },
        { name: `Suspended ${suffix}`, provisioningState: 'suspended' },
      ],
    });
    api = as(t.tokens.fullAdmin);
    resellerId = t.subPartners[0]?.orgId ?? '';
    suspendedId = t.subPartners[1]?.orgId ?? '';
    customers = await all<WireCustomer>(api, '/v1/wholesale/customers');
  });

  it('gives the partner customers in every status, every package and every supported country', () => {
    expect(customers.length).toBeGreaterThanOrEqual(100);
    expect(new Set(customers.map((c) => c.status))).toEqual(new Set(KNOWN_CUSTOMER_STATUSES));
    expect(new Set(customers.flatMap((c) => c.packages))).toEqual(new Set(CUSTOMER_PACKAGES));
    const countries = new Set(customers.map((c) => c.address.country));
    expect(COUNTRIES.filter((c) => !countries.has(c.code)).map((c) => c.code)).toEqual([]);
  });

  it('shows a Webex org only once provisioning finished, as an encoded ORGANIZATION id', () => {
    for (const c of customers) {
      const finished = ['provisioned', 'provisioned_with_errors', 'updating', 'deleting'].includes(c.status);
      expect(c.orgId === undefined, `${c.status} ${c.id}`).toBe(!finished);
      if (c.orgId) expect(decodeId(c.orgId)?.type).toBe('ORGANIZATION');
    }
  });

  it('has subscribers in both statuses and every subscriber package, a person only when provisioned', async () => {
    const subscribers = await all<WireSubscriber>(api, '/v1/wholesale/subscribers');
    expect(subscribers.length).toBeGreaterThan(500);
    expect(new Set(subscribers.map((s) => s.status))).toEqual(new Set(KNOWN_SUBSCRIBER_STATUSES));
    expect(new Set(subscribers.flatMap((s) => s.packages))).toEqual(new Set(SUBSCRIBER_PACKAGES));
    for (const s of subscribers) expect(s.personId !== undefined).toBe(s.status === 'provisioned');
  });

  it("keeps sub-partners' customers out of the partner's list, visible with onBehalfOfSubPartnerOrgId", async () => {
    const own = new Set(customers.map((c) => c.id));
    const reseller = await all<WireCustomer>(api, `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${resellerId}`);
    const suspended = await all<WireCustomer>(api, `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${suspendedId}`);
    expect(reseller.length).toBeGreaterThan(10);
    expect(suspended.length).toBeGreaterThan(0);
    expect(suspended.length).toBeLessThan(reseller.length);
    expect([...reseller, ...suspended].filter((c) => own.has(c.id))).toEqual([]);
    // The reseller's own admin sees exactly what the parent sees on its behalf.
    const resellerToken = t.subPartners[0]?.tokens.fullAdmin ?? '';
    const direct = await all<WireCustomer>(as(resellerToken), '/v1/wholesale/customers');
    expect(direct.map((c) => c.id).sort()).toEqual(reseller.map((c) => c.id).sort());
    const someone = reseller[0]?.id ?? '';
    expectWebexError(await api.get(`/v1/wholesale/customers/${encodeURIComponent(someone)}`), 404);
  });

  it('gives each org segment templates with different authentication modes', async () => {
    const res = await api.get<{ items: { name: string; authentication: { mode: string }; customerCount: number }[] }>(
      '/hub/v1/onboardingTemplates',
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(4);
    expect(new Set(res.body.items.map((i) => i.authentication.mode))).toEqual(
      new Set(['webex', 'partner_sso_saml', 'partner_sso_oidc']),
    );
    const used = res.body.items.reduce((n, i) => n + i.customerCount, 0);
    expect(used).toBe(customers.length);
  });

  it('has customers whose "Restricted by partner" was switched off, and back on, by an admin', async () => {
    const settled = customers.filter((c) => c.status === 'provisioned');
    const settings = await inBatches(settled, 10, async (c) => {
      const res = await api.get<{ restrictedByPartner: boolean; history: { restrictedByPartner: boolean }[] }>(
        `/hub/v1/customers/${encodeURIComponent(c.id)}/settings`,
      );
      expect(res.status).toBe(200);
      return res.body;
    });
    const off = settings.filter((s) => !s.restrictedByPartner);
    const reopened = settings.filter((s) => s.restrictedByPartner && s.history.length >= 2);
    expect(off.length).toBeGreaterThan(5);
    expect(reopened.length).toBeGreaterThan(0);
    // Newest first: the latest change is the current value.
    for (const s of [...off, ...reopened]) expect(s.history[0]?.restrictedByPartner).toBe(s.restrictedByPartner);
  });

  it('bills months back with prorated (fractional) quantities', async () => {
    await setSettings(t.partner.orgId, { reportDelay: 'PT0S' });
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1)).toISOString().slice(0, 10);
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 0)).toISOString().slice(0, 10);
    const report = await createReport(api, { billingStartDate: start, billingEndDate: end, type: 'USER' });
    const got = await api.get<{ status: string; tempDownloadURL: string }>(`${REPORTS}/${report.id}`);
    expect(got.body.status).toBe('COMPLETED');
    const csv = await fetch(got.body.tempDownloadURL);
    const rows = csvRecords(await csv.text());
    const quantities = rows.map((r) => Number(r.QUANTITY));
    expect(rows.length).toBeGreaterThan(100);
    expect(quantities.some((q) => !Number.isInteger(q))).toBe(true);
    expect(new Set(rows.map((r) => r.SERVICE_NAME)).size).toBeGreaterThan(3);
  });

  // Last: moves the tenant's clock.
  it('finishes the work in flight as the clock moves: jobs match what the API would have scheduled', async () => {
    await advanceClock(t.partner.orgId, 'PT1H');
    const hourLater = await all<WireCustomer>(api, '/v1/wholesale/customers');
    const statuses = new Set(hourLater.map((c) => c.status));
    for (const busy of ['provisioning', 'updating', 'deleting']) expect(statuses.has(busy)).toBe(false);
    expect(statuses.has('pending_rpl_review')).toBe(true);
    const deleted = customers.filter((c) => c.status === 'deleting').length;
    expect(hourLater.length).toBe(customers.length - deleted);

    await advanceClock(t.partner.orgId, 'P3D');
    const later = await all<WireCustomer>(api, '/v1/wholesale/customers');
    expect(later.some((c) => c.status === 'pending_rpl_review')).toBe(false);
    const pending = await api.get<{ items: unknown[] }>('/v1/wholesale/subscribers?status=pending_user_migration');
    expect(pending.body.items).toEqual([]);
  });
});

describe('demo plan', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const org = (id: string, role: DemoOrg['role'], customerCount: number): DemoOrg => ({
    id,
    name: `Org ${id}`,
    role,
    subscriptionId: 'Sub1',
    defaultTemplateId: `template-${id}`,
    createdAt: new Date(now.getTime() - 400 * 86_400_000),
    admin: { id: `admin-${id}`, name: 'Admin', email: `admin@${id}.example.com` },
    externalPrefix: id.toUpperCase(),
    customerCount,
  });

  it('is the same on every run: same companies, statuses, packages, countries and dates', () => {
    const orgs = [org('p', 'partner', 170), org('r', 'reseller', 45)];
    const plan = () =>
      planCustomers(new Rng(7), orgs, new Map(), 'tag', now).map((c) =>
        [c.name, c.status, c.packages.join(), c.country.code, c.createdAt.toISOString(), c.org.id].join('|'),
      );
    const first = plan();
    expect(first).toHaveLength(215);
    expect(plan()).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
