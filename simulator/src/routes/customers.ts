import { Hono, type Context } from 'hono';
import { SCOPES } from '@contract/scopes';
import {
  CustomerPrecheckRequest,
  GetCustomerQuery,
  ListCustomersQuery,
  OnBehalfQuery,
  ProvisionCustomerRequest,
  UpdateCustomerRequest,
} from '@contract/wholesale';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { setLinkHeader } from '../http/paging';
import { actingOrg, assertMayWrite } from '../domain/orgs';
import { parseDurationMs } from '../domain/duration';
import { assertNoProblems, parseRequest, refuseProblems } from '../domain/rules/problems';
import { checkNewCustomer } from '../domain/customers/checks';
import { deleteCustomer, provisionCustomer, updateCustomer, type CommandContext } from '../domain/customers/commands';
import { registerCustomerJobs } from '../domain/customers/lifecycle';
import { findCustomer, listCustomers } from '../domain/customers/repository';
import { toWireCustomer } from '../domain/customers/serialize';

const PRECHECK_OK = {
  message: 'success',
  info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
};

function customerUrl(c: Context<AppEnv>, id: string): string {
  return `${new URL(c.req.url).origin}/v1/wholesale/customers/${encodeURIComponent(id)}`;
}

/** 202 with the customer's URL in both the Location header and the body (spec ResourceURL). */
function accepted(c: Context<AppEnv>, id: string) {
  const url = customerUrl(c, id);
  c.header('Location', url);
  return c.json({ url }, 202);
}

export function customersRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, jobs } = deps;
  registerCustomerJobs(jobs);
  const r = new Hono<AppEnv>();
  const read = requireScope(SCOPES.customersRead);
  const write = requireScope(SCOPES.customersWrite);

  async function commandContext(c: Context<AppEnv>, onBehalf: string | undefined): Promise<CommandContext> {
    const org = await actingOrg(db, c.get('principal'), onBehalf);
    return {
      db,
      jobs,
      org,
      now: c.get('now'),
      provisioningDelayMs: parseDurationMs(c.get('tenant').settings.provisioningDelay) ?? 0,
    };
  }

  r.get('/', read, async (c) => {
    const q = parseRequest(ListCustomersQuery, c.req.queries(), 'The query');
    const org = await actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
    const rows = await listCustomers(
      db,
      org.id,
      { externalId: q.externalId, webexOrgId: q.orgId, statuses: q.status },
      { offset: q.offset, limit: q.max + 1 },
    );
    setLinkHeader(c, { offset: q.offset, max: q.max }, rows.length > q.max);
    return c.json({ items: rows.slice(0, q.max).map((row) => toWireCustomer(row, { includeLicenses: false })) });
  });

  r.post('/', write, async (c) => {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    const ctx = await commandContext(c, q.onBehalfOfSubPartnerOrgId);
    assertMayWrite(ctx.org);
    const body = parseRequest(ProvisionCustomerRequest, c.get('body'));
    return accepted(c, await provisionCustomer(ctx, body));
  });

  // The precheck answers exactly what provisioning would, and writes nothing.
  r.post('/validate', requireScope(SCOPES.customersWrite, SCOPES.customersRead), async (c) => {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    const org = await actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
    assertMayWrite(org);
    const body = parseRequest(CustomerPrecheckRequest, c.get('body'));
    const { problems } = await checkNewCustomer(db, org.id, body);
    assertNoProblems(problems);
    return c.json(PRECHECK_OK, 200);
  });

  r.get('/:customerId', read, async (c) => {
    const q = parseRequest(GetCustomerQuery, c.req.queries(), 'The query');
    const org = await actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
    const id = c.req.param('customerId');
    const row = await findCustomer(db, org.id, id);
    // Another org's customer is answered like a missing one: IDs cannot be probed.
    if (!row)
      throw refuseProblems([
        { code: 'NOT_FOUND', field: 'customerId', message: `"${id}" is not one of your customers` },
      ]);
    return c.json(toWireCustomer(row, { includeLicenses: q.includePackageLicenseInfo }));
  });

  // provisioningId, customerInfo and orgId are "not accepted" on update: like any unknown
  // field they are ignored (the contract strips them), not refused.
  r.put('/:customerId', write, async (c) => {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    const ctx = await commandContext(c, q.onBehalfOfSubPartnerOrgId);
    assertMayWrite(ctx.org);
    const body = parseRequest(UpdateCustomerRequest, c.get('body'));
    const id = c.req.param('customerId');
    await updateCustomer(ctx, id, body);
    return accepted(c, id);
  });

  r.delete('/:customerId', write, async (c) => {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    const ctx = await commandContext(c, q.onBehalfOfSubPartnerOrgId);
    await deleteCustomer(ctx, c.req.param('customerId'));
    return c.body(null, 202);
  });

  return r;
}
