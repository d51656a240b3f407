/**
 * Who may list, get, update and delete what: a parent partner, two of its sub-partners
 * (A and B) and another tenant, over customers, subscribers, onboarding templates and
 * billing reports. Anything an actor may not reach answers 404 (never 403, so IDs cannot
 * be probed) and is absent from its lists; the parent reaches A's resources only by
 * naming A (onBehalfOfSubPartnerOrgId, or subPartnerOrgId for billing lists).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  as,
  call,
  createTenant,
  expectWebexError,
  setSettings,
  type TenantResponse,
} from './helpers';
import { createCustomer, provision as provisionSubscriber, subscriberBody, type Client } from './subscribers-fixtures';
import { REPORTS, createReport, dayOffset } from './billing-fixtures';
import { customerBody as customerBodyFor } from './customers-fixtures';

type Owner = 'P' | 'A' | 'B' | 'O';
type Kind = 'customer' | 'subscriber' | 'template' | 'report';
interface Resource {
  kind: Kind;
  owner: Owner;
  id: string;
  /** Made by the simulator (a customer's first admin, the seeded template): read and refused, not changed. */
  seeded?: boolean;
}

const BASE: Record<Kind, string> = {
  customer: '/v1/wholesale/customers',
  subscriber: '/v1/wholesale/subscribers',
  template: '/hub/v1/onboardingTemplates',
  report: REPORTS,
};
const KINDS = Object.keys(BASE) as Kind[];

const on = (orgId: string) => `onBehalfOfSubPartnerOrgId=${encodeURIComponent(orgId)}`;
const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);

async function clockDay(orgId: string): Promise<string> {
  return (await call<{ now: string }>('GET', `/_sim/tenants/${orgId}/clock`)).body.now.slice(0, 10);
}

function templateBody(subscriptionId: string) {
  return {
    name: `Template ${randomUUID()}`,
    country: 'US',
    language: 'en',
    timezone: 'America/New_York',
    subscriptionId,
    authentication: { mode: 'webex' },
    offeredPackages: ['webex_meetings'],
  };
}

function updateBody(kind: Kind, subscriptionId: string): unknown {
  if (kind === 'customer') return { packages: ['webex_calling', 'webex_meetings'] };
  if (kind === 'subscriber') return { packages: ['webex_meetings'] };
  return templateBody(subscriptionId);
}

/** Everything each owner holds, made while every org is active; A's are made half by the parent. */
async function world() {
  const [t, o] = await Promise.all([
    createTenant({ subPartners: [{ name: `A ${randomUUID()}` }, { name: `B ${randomUUID()}` }] }),
    createTenant(),
  ]);
  for (const tenant of [t, o])
    await setSettings(tenant.partner.orgId, { provisioningDelay: 'PT0S', reportDelay: 'PT0S' });
  const [a, b] = t.subPartners as [TenantResponse['subPartners'][0], TenantResponse['subPartners'][0]];
  const api: Record<Owner, Client> = {
    P: as(t.tokens.fullAdmin),
    A: as(a.tokens.fullAdmin),
    B: as(b.tokens.fullAdmin),
    O: as(o.tokens.fullAdmin),
  };
  const orgOf: Record<Owner, string> = { P: t.partner.orgId, A: a.orgId, B: b.orgId, O: o.partner.orgId };
  const subscription: Record<Owner, string> = {
    P: t.partner.subscriptionId,
    A: t.partner.subscriptionId,
    B: t.partner.subscriptionId,
    O: o.partner.subscriptionId,
  };
  const resources: Resource[] = [];
  const add = (kind: Kind, owner: Owner, id: string, seeded = false) => resources.push({ kind, owner, id, seeded });

  // [owner, client that makes it, query naming the owner when the parent acts for A]
  const makers: [Owner, Client, string, string][] = [
    ['P', api.P, '', t.templates[0]!.provisioningId],
    ['A', api.P, on(a.orgId), a.templates[0]!.provisioningId],
    ['A', api.A, '', a.templates[0]!.provisioningId],
    ['B', api.B, '', b.templates[0]!.provisioningId],
    ['O', api.O, '', o.templates[0]!.provisioningId],
  ];
  for (const [owner, client, query, provisioningId] of makers) {
    const customer = await createCustomer(client, provisioningId, { query: query ? `?${query}` : '' });
    add('customer', owner, customer.id);
    const admins = await client.get(
      withQuery(`${BASE.subscriber}?email=${encodeURIComponent(customer.adminEmail)}`, query),
    );
    add('subscriber', owner, admins.body.items[0].id, true);
    const subscriber = await provisionSubscriber(client, subscriberBody(customer.id), query ? `?${query}` : '');
    add('subscriber', owner, subscriber.id);
    const template = await client.post(withQuery(BASE.template, query), templateBody(subscription[owner]));
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    add('template', owner, template.body.id);
  }
  for (const [owner, tpl] of [
    ['P', t.templates[0]],
    ['A', a.templates[0]],
    ['B', b.templates[0]],
    ['O', o.templates[0]],
  ] as const) {
    add('template', owner, tpl!.id, true);
  }
  const [today, otherToday] = [await clockDay(t.partner.orgId), await clockDay(o.partner.orgId)];
  const period = (day: string, n: number) => ({
    billingStartDate: dayOffset(day, -n),
    billingEndDate: dayOffset(day, -1),
  });
  add('report', 'P', (await createReport(api.P, period(today, 5))).id);
  add('report', 'A', (await createReport(api.P, { ...period(today, 6), subPartnerOrgId: a.orgId })).id);
  add('report', 'A', (await createReport(api.A, period(today, 7))).id);
  add('report', 'B', (await createReport(api.B, period(today, 8))).id);
  add('report', 'O', (await createReport(api.O, period(otherToday, 9))).id);
  return { api, orgOf, subscription, resources };
}

/** The calls an actor makes: its client, the query naming the org it acts for, and what that reaches. */
interface Context {
  name: string;
  client: Client;
  /** Query added to provisioning/hub calls, and to billing lists. */
  query: string;
  reportQuery: string;
  /** Owners whose resources it reaches (list, get, update, delete). */
  reaches: Owner[];
  /** Billing get/delete by id have no org parameter: what the token itself reaches. */
  reportsById: Owner[];
}

describe('isolation matrix: partner, sub-partners A and B, another tenant', () => {
  it(
    'lists, gets, updates and deletes only what each actor may; everything else is 404',
    { timeout: 120_000 },
    async () => {
      const { api, orgOf, subscription, resources } = await world();
      const contexts: Context[] = [
        { name: 'parent', client: api.P, query: '', reportQuery: '', reaches: ['P'], reportsById: ['P', 'A', 'B'] },
        {
          name: 'parent acting for A',
          client: api.P,
          query: on(orgOf.A),
          reportQuery: `subPartnerOrgId=${encodeURIComponent(orgOf.A)}`,
          reaches: ['A'],
          reportsById: ['P', 'A', 'B'],
        },
        { name: 'sub-partner A', client: api.A, query: '', reportQuery: '', reaches: ['A'], reportsById: ['A'] },
        { name: 'sub-partner B', client: api.B, query: '', reportQuery: '', reaches: ['B'], reportsById: ['B'] },
        { name: 'other tenant', client: api.O, query: '', reportQuery: '', reaches: ['O'], reportsById: ['O'] },
      ];

      for (const ctx of contexts) {
        for (const kind of KINDS) {
          const label = `${ctx.name} × ${kind}`;
          const query = kind === 'report' ? ctx.reportQuery : ctx.query;
          const list = await ctx.client.get<{ items: { id: string }[] }>(withQuery(`${BASE[kind]}?max=100`, query));
          expect(list.status, label).toBe(200);
          const expected = resources.filter((r) => r.kind === kind && ctx.reaches.includes(r.owner)).map((r) => r.id);
          expect(list.body.items.map((i) => i.id).sort(), `${label}: list`).toEqual(expected.sort());

          for (const r of resources.filter((x) => x.kind === kind)) {
            const path = withQuery(`${BASE[kind]}/${encodeURIComponent(r.id)}`, kind === 'report' ? '' : ctx.query);
            const may = (kind === 'report' ? ctx.reportsById : ctx.reaches).includes(r.owner);
            const got = await ctx.client.get(path);
            if (may) expect(got.status, `${label}: get ${r.owner}'s`).toBe(200);
            else expectWebexError(got, 404);
            // Billing reports have no update operation at all: 404 for everyone.
            if (!may || kind === 'report')
              expectWebexError(await ctx.client.put(path, updateBody(kind, subscription[ctx.reaches[0]!])), 404);
            else if (!r.seeded) {
              const put = await ctx.client.put(path, updateBody(kind, subscription[r.owner]));
              expect([200, 202], `${label}: update ${r.owner}'s ${JSON.stringify(put.body)}`).toContain(put.status);
            }
            if (!may) expectWebexError(await ctx.client.del(path), 404);
          }
        }
      }

      // Naming an org that is not yours (a sibling, or another tenant's) is 404 for the whole call.
      for (const [client, owner] of [
        [api.A, 'B'],
        [api.O, 'A'],
        [api.P, 'O'],
      ] as const) {
        const orgId = orgOf[owner];
        for (const kind of KINDS) {
          const param = kind === 'report' ? `subPartnerOrgId=${encodeURIComponent(orgId)}` : on(orgId);
          expectWebexError(await client.get(withQuery(BASE[kind], param)), 404);
          const theirs = resources.find((r) => r.kind === kind && r.owner === owner)!;
          if (kind !== 'report')
            expectWebexError(await client.get(withQuery(`${BASE[kind]}/${theirs.id}`, param)), 404);
        }
      }

      // Every refused delete left its resource in place; each owner can then delete its own.
      // (Templates made above have no customers; the seeded ones do and stay.)
      for (const kind of ['subscriber', 'report', 'template', 'customer'] as const) {
        for (const r of resources.filter((x) => x.kind === kind && !x.seeded)) {
          const res = await api[r.owner].del(`${BASE[kind]}/${encodeURIComponent(r.id)}`);
          expect([202, 204], `${r.owner} deletes its ${kind} ${JSON.stringify(res.body)}`).toContain(res.status);
        }
      }
    },
  );

  it(
    'a suspended sub-partner: create and update refused (403, 1213) for it and for its parent, delete allowed',
    { timeout: 60_000 },
    async () => {
      const t = await createTenant({ subPartners: [{ name: `Paused ${randomUUID()}` }] });
      await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S', reportDelay: 'PT0S' });
      const sub = t.subPartners[0]!;
      const [parent, own] = [as(t.tokens.fullAdmin), as(sub.tokens.fullAdmin)];
      const provisioningId = sub.templates[0]!.provisioningId;
      // Made while active: two customers (one by the parent on its behalf), a user each, a spare template.
      const byParent = await createCustomer(parent, provisioningId, { query: `?${on(sub.orgId)}` });
      const byItself = await createCustomer(own, provisioningId);
      const users = [
        await provisionSubscriber(own, subscriberBody(byItself.id)),
        await provisionSubscriber(parent, subscriberBody(byParent.id), `?${on(sub.orgId)}`),
      ];
      const spare = await own.post(BASE.template, templateBody(t.partner.subscriptionId));
      expect(spare.status).toBe(201);

      const suspend = await call('POST', `/_sim/tenants/${t.partner.orgId}/sub-partners/${sub.orgId}`, {
        body: { provisioningState: 'suspended' },
      });
      expect(suspend.status, JSON.stringify(suspend.body)).toBe(200);

      const actors: [string, Client, string][] = [
        ['its own admin', own, ''],
        ['its parent', parent, on(sub.orgId)],
      ];
      for (const [who, client, query] of actors) {
        const writes: [string, () => Promise<ApiResponse>][] = [
          ['create customer', () => client.post(withQuery(BASE.customer, query), customerBodyFor(provisioningId))],
          [
            'update customer',
            () => client.put(withQuery(`${BASE.customer}/${byItself.id}`, query), updateBody('customer', '')),
          ],
          ['create user', () => client.post(withQuery(BASE.subscriber, query), subscriberBody(byItself.id))],
          [
            'update user',
            () => client.put(withQuery(`${BASE.subscriber}/${users[0]!.id}`, query), updateBody('subscriber', '')),
          ],
          [
            'create template',
            () => client.post(withQuery(BASE.template, query), templateBody(t.partner.subscriptionId)),
          ],
          [
            'update template',
            () =>
              client.put(withQuery(`${BASE.template}/${spare.body.id}`, query), templateBody(t.partner.subscriptionId)),
          ],
        ];
        for (const [what, write] of writes) {
          const body = expectWebexError(await write(), 403);
          expect(body.errors[0], `${who}: ${what}`).toMatchObject({ errorCode: 1213 });
          expect(body.message, `${who}: ${what}`).toContain(sub.name);
        }
        // Reads go on: both customers, whoever made them.
        const list = await client.get<{ items: { id: string }[] }>(withQuery(BASE.customer, query));
        expect(list.body.items.map((c) => c.id).sort(), who).toEqual([byParent.id, byItself.id].sort());
      }
      // The refusal is the same for any ID, so a suspended org cannot probe with it either.
      const unknown = expectWebexError(
        await own.put(`${BASE.customer}/no-such-customer`, updateBody('customer', '')),
        403,
      );
      expect(unknown.errors[0]).toMatchObject({ errorCode: 1213 });

      // Deleting stays possible, for the sub-partner and for its parent acting for it.
      expect((await own.del(`${BASE.subscriber}/${users[0]!.id}`)).status).toBe(204);
      expect((await parent.del(`${BASE.subscriber}/${users[1]!.id}?${on(sub.orgId)}`)).status).toBe(204);
      expect((await own.del(`${BASE.template}/${spare.body.id}`)).status).toBe(204);
      expect((await parent.del(`${BASE.customer}/${byParent.id}?${on(sub.orgId)}`)).status).toBe(202);
      expect((await own.del(`${BASE.customer}/${byItself.id}`)).status).toBe(202);

      // Reactivated, it provisions again.
      await call('POST', `/_sim/tenants/${t.partner.orgId}/sub-partners/${sub.orgId}`, {
        body: { provisioningState: 'active' },
      });
      expect((await own.post(BASE.customer, customerBodyFor(provisioningId))).status).toBe(202);
    },
  );
});
