import { describe, expect, it } from 'vitest';
import { SCOPES } from '@contract/scopes';
import { as, call, createTenant, expectWebexError, setSettings, type TenantResponse, walkPages } from './helpers';
import { customerBody, idFromUrl } from './customers-fixtures';
import { subscriberBody } from './subscribers-fixtures';

const STATS = '/hub/v1/stats';

interface Stats {
  customersByStatus: Record<string, number> | null;
  subscribersByPackage: Record<string, number> | null;
  subscribersByStatus: Record<string, number> | null;
  subPartnersByState: Record<string, number> | null;
}

async function tenantWithSubPartners(): Promise<TenantResponse> {
  const t = await createTenant({
    subPartners: [{ name: 'Stats Active' }, { name: 'Stats Suspended', provisioningState: 'suspended' }],
  });
  await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S' });
  return t;
}

async function provisionCustomer(token: string, provisioningId: string, query = ''): Promise<string> {
  const res = await as(token).post(`/v1/wholesale/customers${query}`, customerBody(provisioningId));
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return idFromUrl(res.body.url);
}

interface SubscriberPage {
  items: { packages: string[]; status: string }[];
}

/** Every subscriber of the acting org through the public list, tallied here (not by the stats SQL). */
async function tallySubscribers(
  token: string,
  query = '',
): Promise<{ byPackage: Record<string, number>; byStatus: Record<string, number> }> {
  const byPackage: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const { pages } = await walkPages<SubscriberPage['items'][number]>(
    token,
    `/v1/wholesale/subscribers?max=100${query ? `&${query.slice(1)}` : ''}`,
  );
  for (const s of pages.flat()) {
    const pkg = s.packages[0] ?? 'none';
    byPackage[pkg] = (byPackage[pkg] ?? 0) + 1;
    byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  }
  return { byPackage, byStatus };
}

async function tokenWith(orgId: string, scopes: string[]): Promise<string> {
  const res = await call<{ accessToken: string }>('POST', '/_sim/tokens', {
    body: { orgId, role: 'full_admin', scopes },
  });
  expect(res.status).toBe(201);
  return res.body.accessToken;
}

describe('GET /hub/v1/stats', () => {
  it('counts customers by status, subscribers by package and status, and sub-partners by state', async () => {
    const t = await tenantWithSubPartners();
    const provisioningId = t.templates[0]!.provisioningId;
    const provisioned = await provisionCustomer(t.tokens.fullAdmin, provisioningId);
    await provisionCustomer(t.tokens.fullAdmin, provisioningId);
    // Reading a customer completes due work (delay PT0S): both are provisioned before the third starts.
    expect((await as(t.tokens.fullAdmin).get(`/v1/wholesale/customers/${provisioned}`)).body.status).toBe(
      'provisioned',
    );
    await setSettings(t.partner.orgId, { provisioningDelay: 'PT1H' });
    await provisionCustomer(t.tokens.fullAdmin, provisioningId);
    const added = await as(t.tokens.fullAdmin).post('/v1/wholesale/subscribers', subscriberBody(provisioned));
    expect([200, 202], JSON.stringify(added.body)).toContain(added.status);

    const res = await as(t.tokens.fullAdmin).get<Stats>(STATS);
    expect(res.status).toBe(200);
    expect(res.body.customersByStatus).toEqual({ provisioned: 2, provisioning: 1 });
    expect(res.body.subPartnersByState).toEqual({ active: 1, suspended: 1 });
    const tally = await tallySubscribers(t.tokens.fullAdmin);
    expect(res.body.subscribersByPackage).toEqual(tally.byPackage);
    expect(res.body.subscribersByStatus).toEqual(tally.byStatus);
    // At least the added webex_meetings user, whatever the customers' first admins hold.
    expect(res.body.subscribersByPackage?.webex_meetings ?? 0).toBeGreaterThanOrEqual(1);
  });

  it('answers empty groups for a new partner, and the same counts to its read-only admin', async () => {
    const t = await tenantWithSubPartners();
    const full = await as(t.tokens.fullAdmin).get<Stats>(STATS);
    expect(full.body).toMatchObject({ customersByStatus: {}, subscribersByPackage: {}, subscribersByStatus: {} });
    const readOnly = await as(t.tokens.readOnlyAdmin).get<Stats>(STATS);
    expect(readOnly.status).toBe(200);
    expect(readOnly.body).toEqual(full.body);
  });

  it('acts for a sub-partner through onBehalfOfSubPartnerOrgId, without mixing in the parent’s customers', async () => {
    const t = await tenantWithSubPartners();
    const sub = t.subPartners[0]!;
    const onBehalf = `?onBehalfOfSubPartnerOrgId=${encodeURIComponent(sub.orgId)}`;
    await provisionCustomer(t.tokens.fullAdmin, sub.templates[0]!.provisioningId, onBehalf);
    await provisionCustomer(t.tokens.fullAdmin, t.templates[0]!.provisioningId);
    await provisionCustomer(t.tokens.fullAdmin, t.templates[0]!.provisioningId);

    const forSub = await as(t.tokens.fullAdmin).get<Stats>(`${STATS}${onBehalf}`);
    expect(forSub.status).toBe(200);
    expect(Object.values(forSub.body.customersByStatus ?? {}).reduce((a, b) => a + b, 0)).toBe(1);
    // A sub-partner has no sub-partners of its own (one level).
    expect(forSub.body.subPartnersByState).toBeNull();

    const own = await as(t.tokens.fullAdmin).get<Stats>(STATS);
    expect(Object.values(own.body.customersByStatus ?? {}).reduce((a, b) => a + b, 0)).toBe(2);

    // The sub-partner's own admin sees the same figure for itself.
    const direct = await as(sub.tokens.fullAdmin).get<Stats>(STATS);
    expect(direct.body.customersByStatus).toEqual(forSub.body.customersByStatus);
    expect(direct.body.subPartnersByState).toBeNull();
  });

  it('answers 404 for an org that is not the caller’s or its sub-partner', async () => {
    const t = await tenantWithSubPartners();
    const other = await createTenant({ subPartners: [{ name: 'Elsewhere' }] });
    const foreign = await as(t.tokens.fullAdmin).get(
      `${STATS}?onBehalfOfSubPartnerOrgId=${other.subPartners[0]!.orgId}`,
    );
    expect(expectWebexError(foreign, 404).errors[0]?.field).toBe('onBehalfOfSubPartnerOrgId');
    // A sub-partner cannot act for its sibling.
    const sibling = await as(t.subPartners[0]!.tokens.fullAdmin).get(
      `${STATS}?onBehalfOfSubPartnerOrgId=${t.subPartners[1]!.orgId}`,
    );
    expectWebexError(sibling, 404);
  });

  it('needs customers_read, and leaves out the groups the token may not read', async () => {
    const t = await tenantWithSubPartners();
    const noCustomers = await tokenWith(t.partner.orgId, [SCOPES.subscribersRead, SCOPES.subPartnersRead]);
    expect(expectWebexError(await as(noCustomers).get(STATS), 403).message).toContain(SCOPES.customersRead);

    const customersOnly = await tokenWith(t.partner.orgId, [SCOPES.customersRead]);
    const res = await as(customersOnly).get<Stats>(STATS);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      customersByStatus: {},
      subscribersByPackage: null,
      subscribersByStatus: null,
      subPartnersByState: null,
    });

    expectWebexError(await call('GET', STATS), 401);
  });
});
