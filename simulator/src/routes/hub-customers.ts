import { Hono, type Context } from 'hono';
import { CustomerSettingsRequest, LocationRequest, type HubCustomer } from '@contract/hub';
import { OnBehalfQuery } from '@contract/wholesale';
import { SCOPES } from '@contract/scopes';
import type { AppDeps } from '../app';
import type { Queryable } from '../db/db';
import type { AppEnv } from '../http/context';
import { requireScope } from '../http/auth';
import { actingOrg, assertMayWrite, type OrgRow } from '../domain/orgs';
import { assertNoProblems, parseRequest, refuseProblems, type Problem } from '../domain/rules/problems';
import { resolveLanguage } from '../domain/rules/language';
import { findCustomer, type CustomerRow } from '../domain/customers/repository';
import { customerSettings, setRestricted } from '../domain/customers/settings';
import { findLocation, insertLocation, listLocations, locationNameTaken } from '../domain/customers/locations';

function toHubCustomer(c: CustomerRow): HubCustomer {
  return {
    id: c.id,
    name: c.name,
    primaryEmail: c.primary_email,
    language: c.language,
    templateId: c.template_id,
    restrictedByPartner: c.restricted,
    attached: c.attached,
    status: c.status,
    created: c.created_at.toISOString(),
    updated: c.updated_at.toISOString(),
  };
}

/** Partner Hub-only views of a customer: profile, "Restricted by partner" and locations. */
export function hubCustomersRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const read = requireScope(SCOPES.customersRead);
  const write = requireScope(SCOPES.customersWrite);

  async function orgOf(c: Context<AppEnv>): Promise<OrgRow> {
    const q = parseRequest(OnBehalfQuery, c.req.queries(), 'The query');
    return actingOrg(db, c.get('principal'), q.onBehalfOfSubPartnerOrgId);
  }

  /** Another org's customer is answered like a missing one (404), as on the public API. */
  async function customerOf(q: Queryable, org: OrgRow, id: string, lock = false): Promise<CustomerRow> {
    const row = await findCustomer(q, org.id, id, lock);
    if (!row)
      throw refuseProblems([
        { code: 'NOT_FOUND', field: 'customerId', message: `"${id}" is not one of your customers` },
      ]);
    return row;
  }

  r.get('/:customerId', read, async (c) => {
    const org = await orgOf(c);
    return c.json(toHubCustomer(await customerOf(db, org, c.req.param('customerId'))));
  });

  r.get('/:customerId/settings', read, async (c) => {
    const org = await orgOf(c);
    return c.json(await customerSettings(db, await customerOf(db, org, c.req.param('customerId'))));
  });

  r.put('/:customerId/settings', write, async (c) => {
    const org = await orgOf(c);
    assertMayWrite(org);
    const body = parseRequest(CustomerSettingsRequest, c.get('body'));
    const settings = await db.transaction(async (tx) => {
      const customer = await customerOf(tx, org, c.req.param('customerId'), true);
      if (customer.status === 'deleting') {
        throw refuseProblems([{ code: 'CUSTOMER_BUSY', field: 'customerId', message: 'is being deleted' }]);
      }
      await setRestricted(tx, customer, body.restrictedByPartner, c.get('principal'), c.get('now'));
      return customerSettings(tx, { ...customer, restricted: body.restrictedByPartner });
    });
    return c.json(settings);
  });

  r.get('/:customerId/locations', read, async (c) => {
    const org = await orgOf(c);
    const customer = await customerOf(db, org, c.req.param('customerId'));
    return c.json({ items: await listLocations(db, customer.id) });
  });

  r.post('/:customerId/locations', write, async (c) => {
    const org = await orgOf(c);
    assertMayWrite(org);
    const body = parseRequest(LocationRequest, c.get('body'));
    const location = await db.transaction(async (tx) => {
      const customer = await customerOf(tx, org, c.req.param('customerId'), true);
      // Locations live in the customer's Webex org, which exists once provisioning finished.
      if (!customer.webex_org_id || customer.status === 'deleting' || customer.status === 'error') {
        throw refuseProblems([
          {
            code: 'CUSTOMER_NOT_PROVISIONED',
            field: 'customerId',
            message: `is ${customer.status}; locations can be added once the customer is provisioned`,
          },
        ]);
      }
      const problems: Problem[] = [];
      if (await locationNameTaken(tx, customer.id, body.name)) {
        problems.push({
          code: 'LOCATION_NAME_IN_USE',
          field: 'name',
          message: `"${body.name}" is already a location of this customer`,
        });
      }
      const language = resolveLanguage(body.language, {
        countryHint: body.address.country,
        fallback: customer.language ?? 'en_US',
        field: 'language',
      });
      if (!language.ok) problems.push(language.problem);
      assertNoProblems(problems);
      const id = await insertLocation(tx, {
        ...body,
        language: language.ok ? language.value : body.language,
        tenantId: customer.tenant_id,
        customerId: customer.id,
        headquarters: false,
        now: c.get('now'),
      });
      return findLocation(tx, customer.id, id);
    });
    if (!location) throw new Error('location vanished inside its own transaction');
    c.header(
      'Location',
      `${new URL(c.req.url).origin}/hub/v1/customers/${encodeURIComponent(location.customerId ?? '')}/locations/${encodeURIComponent(location.id)}`,
    );
    return c.json(location, 201);
  });

  r.get('/:customerId/locations/:locationId', read, async (c) => {
    const org = await orgOf(c);
    const customer = await customerOf(db, org, c.req.param('customerId'));
    const location = await findLocation(db, customer.id, c.req.param('locationId'));
    if (!location) {
      throw refuseProblems([{ code: 'NOT_FOUND', field: 'locationId', message: 'is not a location of this customer' }]);
    }
    return c.json(location);
  });

  return r;
}
