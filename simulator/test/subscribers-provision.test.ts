import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { decodeId } from '@contract/ids';
import { advanceClock, as, call, createTenant, expectWebexError, setSettings } from './helpers';
import {
  clockOf,
  createCustomer,
  partnerWithCustomer,
  provision,
  registerWebexUsers,
  subscriberBody,
  uniqueEmail,
} from './subscribers-fixtures';

const PATH = '/v1/wholesale/subscribers';

describe('POST /wholesale/subscribers', () => {
  it('provisions a calling user at once: 200, the Subscriber, timestamps on the simulated clock and a Location to it', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    // Ten simulated days ahead of real time, so a timestamp taken from the real clock would show.
    await advanceClock(t.partner.orgId, 'P10D');
    const before = await clockOf(t.partner.orgId);
    const email = uniqueEmail('Calling.User');
    const res = await api.post(PATH, {
      customerId: customer.id,
      email,
      packages: ['webex_calling'],
      provisioningParameters: {
        firstName: 'Grace',
        lastName: 'Hopper',
        primaryPhoneNumber: '+1 (240) 555-1212',
        extension: '1212',
      },
    });
    const after = await clockOf(t.partner.orgId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const s = res.body;
    expect(decodeId(s.id)?.type).toBe('SUBSCRIBER');
    expect(decodeId(s.personId)?.type).toBe('PEOPLE');
    expect(s).toMatchObject({
      email,
      customerId: customer.id,
      externalCustomerId: customer.externalId,
      package: 'webex_calling',
      packages: ['webex_calling'],
      status: 'provisioned',
      errors: [],
    });
    expect(s.created).toBe(s.lastStatusChange);
    expect(Date.parse(s.created)).toBeGreaterThanOrEqual(Date.parse(before));
    expect(Date.parse(s.created)).toBeLessThanOrEqual(Date.parse(after));

    const location = res.headers.get('location');
    expect(location).toMatch(/^http:\/\/[^/]+\/v1\/wholesale\/subscribers\//);
    const got = await call('GET', location!, { token: t.tokens.fullAdmin });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(s);
  });

  it('leaves out the deprecated package field for packages its enum does not know', async () => {
    const { api, customer } = await partnerWithCustomer({ packages: ['webex_calling', 'attendant_console'] });
    const s = await provision(
      api,
      subscriberBody(customer.id, { packages: ['attendant_console'], provisioningParameters: { extension: '2001' } }),
    );
    expect(s).not.toHaveProperty('package');
    expect(s).toMatchObject({ packages: ['attendant_console'], status: 'provisioned' });
  });

  it('accepts the deprecated single package field', async () => {
    const { api, customer } = await partnerWithCustomer();
    const body = subscriberBody(customer.id, { packages: undefined, package: 'webex_meetings' });
    const s = await provision(api, body);
    expect(s).toMatchObject({ package: 'webex_meetings', packages: ['webex_meetings'] });
  });

  it('refuses a package the customer does not hold, naming it and listing what the customer holds', async () => {
    const { api, customer } = await partnerWithCustomer({ packages: ['webex_calling', 'webex_meetings'] });
    const res = await api.post(PATH, subscriberBody(customer.id, { packages: ['webex_suite'] }));
    const err = expectWebexError(res, 400);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code,
      field: 'packages',
    });
    expect(err.errors[0]!.description).toContain('webex_suite');
    expect(err.errors[0]!.description).toContain('webex_calling, webex_meetings');
  });

  it('needs a phone number or extension for a calling package, not for webex_meetings', async () => {
    const { api, customer } = await partnerWithCustomer();
    const refused = await api.post(PATH, subscriberBody(customer.id, { packages: ['webex_calling'] }));
    const err = expectWebexError(refused, 400);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED.code,
      field: 'provisioningParameters.primaryPhoneNumber',
    });
    await provision(
      api,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '3001' } }),
    );
    await provision(api, subscriberBody(customer.id, { packages: ['webex_meetings'] }));
  });

  it('lets an existing Webex Calling user in without numbers and ignores the numbers it is sent', async () => {
    const { api, customer } = await partnerWithCustomer();
    const callingUser = uniqueEmail('calling');
    await registerWebexUsers([callingUser], 'calling');
    await provision(api, {
      customerId: customer.id,
      email: callingUser,
      packages: ['webex_calling'],
      provisioningParameters: {},
    });

    const another = uniqueEmail('calling');
    await registerWebexUsers([another], 'calling');
    await provision(
      api,
      subscriberBody(customer.id, {
        email: another,
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+14085550100', extension: '4100', locationId: 'not-a-location' },
      }),
    );
    // The number was ignored, so it is still free for someone else of this customer.
    await provision(
      api,
      subscriberBody(customer.id, {
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+14085550100', extension: '4100' },
      }),
    );
  });

  it('refuses a locationId that is not one of the customer’s locations', async () => {
    const { api, customer } = await partnerWithCustomer();
    const res = await api.post(
      PATH,
      subscriberBody(customer.id, {
        packages: ['webex_calling'],
        provisioningParameters: { extension: '6001', locationId: 'nowhere' },
      }),
    );
    const err = expectWebexError(res, 400);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.LOCATION_UNKNOWN.code,
      field: 'provisioningParameters.locationId',
    });
    expect(err.errors[0]!.description).toContain('Headquarters');
  });

  it('answers 202 pending_user_migration without personId for a free Webex account', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('free');
    await registerWebexUsers([email], 'free');
    const res = await api.post(
      PATH,
      subscriberBody(customer.id, {
        email,
        packages: ['webex_calling'],
        provisioningParameters: { extension: '8001' },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toMatchObject({ email, status: 'pending_user_migration', packages: ['webex_calling'] });
    expect(res.body).not.toHaveProperty('personId');
    const got = await call('GET', res.headers.get('location')!, { token: t.tokens.fullAdmin });
    expect(got.body).toEqual(res.body);
  });

  it('refuses subscribers for a customer that is not provisioned yet, saying why', async () => {
    const t = await createTenant();
    await setSettings(t.partner.orgId, { provisioningDelay: 'PT1H' });
    const api = as(t.tokens.fullAdmin);
    const res = await api.post('/v1/wholesale/customers', {
      provisioningId: t.templates[0]!.provisioningId,
      packages: ['webex_meetings'],
      externalId: `ext-${randomUUID()}`,
      address: { addressLine1: '1 Main St', city: 'London', zipOrPostalCode: 'SW1A 1AA', country: 'GB' },
      customerInfo: { name: 'Slow Ltd', primaryEmail: uniqueEmail('admin') },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const customerId = decodeURIComponent(String(res.body.url).split('/').pop() ?? '');
    const err = expectWebexError(await api.post(PATH, subscriberBody(customerId)), 409);
    expect(err.errors[0]).toMatchObject({ errorCode: ERROR_CODES.CUSTOMER_NOT_PROVISIONED.code, field: 'customerId' });
    expect(err.errors[0]!.description).toContain('provisioning');
  });

  it('takes subscribers in a provisioned_with_errors customer, but not for the package that failed', async () => {
    const t = await createTenant();
    await setSettings(t.partner.orgId, { provisioningDelay: 'PT0S' });
    const fault = await call('POST', `/_sim/tenants/${t.partner.orgId}/faults`, {
      body: { kind: 'provisioning', packages: ['webex_calling'], errorCode: 2560, description: 'Calling maintenance' },
    });
    expect(fault.status).toBe(201);
    const api = as(t.tokens.fullAdmin);
    const customer = await createCustomer(api, t.templates[0]!.provisioningId, {
      expectStatus: 'provisioned_with_errors',
    });
    const calling = await api.post(
      PATH,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '9001' } }),
    );
    const err = expectWebexError(calling, 400);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code,
      field: 'packages',
    });
    expect(err.errors[0]!.description).toContain('webex_calling package is not provisioned');
    await provision(api, subscriberBody(customer.id, { packages: ['webex_meetings'] }));
  });

  it('answers 404 for a customer that is not the acting org’s', async () => {
    const { customer } = await partnerWithCustomer();
    const stranger = await partnerWithCustomer();
    const err = expectWebexError(await stranger.api.post(PATH, subscriberBody(customer.id)), 404);
    expect(err.errors[0]).toMatchObject({ errorCode: ERROR_CODES.NOT_FOUND.code, field: 'customerId' });
  });

  it('validates the body and names each field', async () => {
    const { api, customer } = await partnerWithCustomer();
    const noParams = await api.post(PATH, {
      customerId: customer.id,
      email: uniqueEmail('x'),
      packages: ['webex_meetings'],
    });
    expect(expectWebexError(noParams, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.MISSING_FIELD.code,
      field: 'provisioningParameters',
    });
    const both = await api.post(PATH, subscriberBody(customer.id, { package: 'webex_meetings' }));
    expect(expectWebexError(both, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_OR_PACKAGES.code,
      field: 'package',
    });
    const two = await api.post(PATH, subscriberBody(customer.id, { packages: ['webex_meetings', 'webex_calling'] }));
    expect(expectWebexError(two, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.ONE_PACKAGE_PER_SUBSCRIBER.code,
      field: 'packages',
    });
    const badPhone = await api.post(
      PATH,
      subscriberBody(customer.id, {
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '555-1212' },
      }),
    );
    expect(expectWebexError(badPhone, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.INVALID_PHONE_NUMBER.code,
      field: 'provisioningParameters.primaryPhoneNumber',
    });
  });

  it('refuses a body-less POST with 400', async () => {
    const t = await createTenant();
    const res = await call('POST', PATH, { token: t.tokens.fullAdmin });
    expect(expectWebexError(res, 400).errors[0]!.errorCode).toBe(ERROR_CODES.MISSING_FIELD.code);
  });

  it('needs the subscribers write scope and refuses a suspended sub-partner', async () => {
    const { t, customer } = await partnerWithCustomer({ subPartners: [{ name: 'Paused Reseller' }] });
    expectWebexError(await as(t.tokens.readOnlyAdmin).post(PATH, subscriberBody(customer.id)), 403);

    const suspended = await createTenant({ subPartners: [{ name: 'Paused', provisioningState: 'suspended' }] });
    const sub = suspended.subPartners[0]!;
    const own = await as(sub.tokens.fullAdmin).post(PATH, subscriberBody(customer.id));
    expect(expectWebexError(own, 403).message).toMatch(/suspended/);
    const onBehalf = await as(suspended.tokens.fullAdmin).post(
      `${PATH}?onBehalfOfSubPartnerOrgId=${sub.orgId}`,
      subscriberBody(customer.id),
    );
    expect(expectWebexError(onBehalf, 403).message).toMatch(/suspended/);
  });
});
