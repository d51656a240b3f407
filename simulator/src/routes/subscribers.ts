import type { Context } from 'hono';
import { Hono } from 'hono';
import { SCOPES } from '@contract/scopes';
import {
  ListSubscribersQuery,
  OnBehalfQuery,
  ProvisionSubscriberRequest,
  SubscriberPrecheckRequest,
  UpdateSubscriberRequest,
} from '@contract/wholesale';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { setLinkHeader } from '../http/paging';
import { type OrgRow, actingOrg, assertMayWrite } from '../domain/orgs';
import { CONSENT_ACCEPTED_JOB, acceptConsent } from '../domain/subscribers/consent';
import { listSubscribers } from '../domain/subscribers/list';
import { PRECHECK_SUCCESS, precheckSubscriber } from '../domain/subscribers/precheck';
import { provisionSubscriber } from '../domain/subscribers/provision';
import { deleteSubscriber } from '../domain/subscribers/remove';
import { parseOrRefuse } from '../domain/subscribers/request';
import { requireSubscriber, toSubscriberJson } from '../domain/subscribers/subscriber-row';
import { updateSubscriber } from '../domain/subscribers/update';

type Ctx = Context<AppEnv>;

/** The org a request acts for, from `onBehalfOfSubPartnerOrgId` (404 outside the caller's reach). */
async function orgOf(deps: AppDeps, c: Ctx): Promise<OrgRow> {
  const { onBehalfOfSubPartnerOrgId } = parseOrRefuse(OnBehalfQuery, c.req.query(), 'query');
  return actingOrg(deps.db, c.get('principal'), onBehalfOfSubPartnerOrgId);
}

/** Absolute URL of a subscriber; it keeps the sub-partner parameter so that following it works. */
function subscriberUrl(c: Ctx, org: OrgRow, id: string): string {
  const url = new URL(`/v1/wholesale/subscribers/${encodeURIComponent(id)}`, c.req.url);
  if (org.id !== c.get('principal').orgId) url.searchParams.set('onBehalfOfSubPartnerOrgId', org.id);
  return url.toString();
}

export function subscribersRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, jobs } = deps;
  jobs.register(CONSENT_ACCEPTED_JOB, (tx, job) => acceptConsent(tx, job));
  const read = requireScope(SCOPES.subscribersRead);
  const write = requireScope(SCOPES.subscribersWrite);
  const r = new Hono<AppEnv>();

  r.get('/', read, async (c) => {
    const query = parseOrRefuse(ListSubscribersQuery, c.req.query(), 'query');
    const org = await actingOrg(db, c.get('principal'), query.onBehalfOfSubPartnerOrgId);
    const { rows, hasMore } = await listSubscribers(db, org.id, query);
    setLinkHeader(c, { offset: query.offset, max: query.max }, hasMore);
    return c.json({ items: rows.map(toSubscriberJson) });
  });

  // A suspended sub-partner's provisioning would be refused, so its precheck is too.
  r.post('/validate', write, async (c) => {
    const org = await orgOf(deps, c);
    assertMayWrite(org);
    const body = parseOrRefuse(SubscriberPrecheckRequest, c.get('body'), 'body');
    await precheckSubscriber(db, org.id, body);
    return c.json(PRECHECK_SUCCESS);
  });

  r.post('/', write, async (c) => {
    const org = await orgOf(deps, c);
    assertMayWrite(org);
    const body = parseOrRefuse(ProvisionSubscriberRequest, c.get('body'), 'body');
    const row = await provisionSubscriber(
      db,
      jobs,
      { orgId: org.id, tenantId: org.tenant_id, now: c.get('now') },
      body,
    );
    c.header('Location', subscriberUrl(c, org, row.id));
    return c.json(toSubscriberJson(row), row.status === 'provisioned' ? 200 : 202);
  });

  r.get('/:subscriberId', read, async (c) => {
    const org = await orgOf(deps, c);
    const row = await requireSubscriber(db, org.id, c.req.param('subscriberId'));
    c.header('Location', subscriberUrl(c, org, row.id));
    return c.json(toSubscriberJson(row));
  });

  r.put('/:subscriberId', write, async (c) => {
    const org = await orgOf(deps, c);
    assertMayWrite(org);
    const body = parseOrRefuse(UpdateSubscriberRequest, c.get('body'), 'body');
    const row = await updateSubscriber(db, { orgId: org.id, now: c.get('now') }, c.req.param('subscriberId'), body);
    c.header('Location', subscriberUrl(c, org, row.id));
    return c.json(toSubscriberJson(row));
  });

  // Suspended sub-partners may still delete (wholesale-api-notes §2.3).
  r.delete('/:subscriberId', write, async (c) => {
    const org = await orgOf(deps, c);
    await deleteSubscriber(db, { orgId: org.id, now: c.get('now') }, c.req.param('subscriberId'));
    return c.body(null, 204);
  });

  return r;
}
