import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { decodeId } from '@contract/ids';
import { advanceClock, as, call, expectWebexError } from './helpers';
import {
  clockOf,
  createCustomer,
  firstAdmin,
  partnerWithCustomer,
  provision,
  registerWebexUsers,
  subscriberBody,
  uniqueEmail,
} from './subscribers-fixtures';

const PATH = '/v1/wholesale/subscribers';
const DAY = 86_400_000;

describe('GET /wholesale/subscribers/{id}', () => {
  it('answers the Subscriber with a Location, and 404 outside the acting org', async () => {
    const { t, api, customer } = await partnerWithCustomer({ subPartners: [{ name: 'One' }, { name: 'Two' }] });
    const s = await provision(api, subscriberBody(customer.id));
    const got = await api.get(`${PATH}/${s.id}`);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(s);
    expect(got.headers.get('location')).toMatch(new RegExp(`/v1/wholesale/subscribers/${s.id}$`));
    expect(expectWebexError(await api.get(`${PATH}/does-not-exist`), 404).errors[0]!.field).toBe('subscriberId');

    const stranger = await partnerWithCustomer();
    expect(expectWebexError(await stranger.api.get(`${PATH}/${s.id}`), 404).errors[0]!.errorCode).toBe(
      ERROR_CODES.NOT_FOUND.code,
    );
    // A sub-partner never sees its parent's subscribers, nor the parent acting for the sub-partner.
    expectWebexError(await as(t.subPartners[0]!.tokens.fullAdmin).get(`${PATH}/${s.id}`), 404);
    expectWebexError(await api.get(`${PATH}/${s.id}?onBehalfOfSubPartnerOrgId=${t.subPartners[0]!.orgId}`), 404);
  });

  it('keeps a sub-partner’s subscribers from its sibling and from the parent’s own view', async () => {
    const { t, api } = await partnerWithCustomer({ subPartners: [{ name: 'One' }, { name: 'Two' }] });
    const [one, two] = t.subPartners;
    const onBehalf = `?onBehalfOfSubPartnerOrgId=${one!.orgId}`;
    const customer = await createCustomer(api, one!.templates[0]!.provisioningId, { query: onBehalf });
    const res = await api.post(`${PATH}${onBehalf}`, subscriberBody(customer.id));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('location')).toContain(`onBehalfOfSubPartnerOrgId=${one!.orgId}`);
    const id = res.body.id as string;

    expect((await call('GET', res.headers.get('location')!, { token: t.tokens.fullAdmin })).status).toBe(200);
    expect((await as(one!.tokens.fullAdmin).get(`${PATH}/${id}`)).status).toBe(200);
    expectWebexError(await as(two!.tokens.fullAdmin).get(`${PATH}/${id}`), 404);
    expectWebexError(await api.get(`${PATH}/${id}?onBehalfOfSubPartnerOrgId=${two!.orgId}`), 404);
    expectWebexError(await api.get(`${PATH}/${id}`), 404);
    const parentList = await api.get(PATH);
    expect(parentList.body.items.map((s: { id: string }) => s.id)).not.toContain(id);
    expectWebexError(await as(two!.tokens.fullAdmin).del(`${PATH}/${id}`), 404);
  });
});

describe('PUT /wholesale/subscribers/{id}', () => {
  it('moves a meetings user to calling only with a number or extension, keeping created and lastStatusChange', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const s = await provision(api, subscriberBody(customer.id));
    await advanceClock(t.partner.orgId, 'PT3H');

    const bare = await api.put(`${PATH}/${s.id}`, { packages: ['webex_calling'] });
    expect(expectWebexError(bare, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED.code,
      field: 'provisioningParameters.primaryPhoneNumber',
    });
    const res = await api.put(`${PATH}/${s.id}`, {
      packages: ['webex_calling'],
      provisioningParameters: { extension: '4242' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: s.id,
      package: 'webex_calling',
      packages: ['webex_calling'],
      status: 'provisioned',
    });
    expect(res.body.created).toBe(s.created);
    expect(res.body.lastStatusChange).toBe(s.lastStatusChange);
    expect(res.headers.get('location')).toMatch(new RegExp(`/v1/wholesale/subscribers/${s.id}$`));
    expect((await api.get(`${PATH}/${s.id}`)).body.packages).toEqual(['webex_calling']);

    // The extension is now taken within the customer.
    const clash = await api.post(
      PATH,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '4242' } }),
    );
    expect(expectWebexError(clash, 409).errors[0]!.errorCode).toBe(ERROR_CODES.DUPLICATE_EXTENSION.code);
  });

  it('releases the number when a user moves to webex_meetings', async () => {
    const { api, customer } = await partnerWithCustomer();
    const params = { primaryPhoneNumber: '+13125550142', extension: '0142' };
    const s = await provision(
      api,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: params }),
    );
    const moved = await api.put(`${PATH}/${s.id}`, { packages: ['webex_meetings'] });
    expect(moved.status).toBe(200);
    await provision(api, subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: params }));
  });

  it('refuses a package the customer does not hold and a move over the package limit', async () => {
    const { api, customer } = await partnerWithCustomer({ limits: { webex_calling: 1 } });
    const s = await provision(api, subscriberBody(customer.id));
    const notHeld = await api.put(`${PATH}/${s.id}`, { package: 'webex_suite' });
    const err = expectWebexError(notHeld, 400);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code,
      field: 'package',
    });
    // The first administrator already uses the one webex_calling the customer may assign.
    const over = await api.put(`${PATH}/${s.id}`, {
      packages: ['webex_calling'],
      provisioningParameters: { extension: '1001' },
    });
    expect(expectWebexError(over, 409).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_LIMIT_EXCEEDED.code,
      field: 'packages',
    });
    expect((await api.get(`${PATH}/${s.id}`)).body.packages).toEqual(['webex_meetings']);
  });

  it('refuses to downgrade the first administrator below the customer’s package level, allows the same level', async () => {
    const { api, customer } = await partnerWithCustomer({
      packages: ['webex_calling', 'cx_essentials', 'webex_meetings'],
    });
    const admin = await firstAdmin(api, customer);
    expect(admin.packages).toEqual(['webex_calling']);
    const down = await api.put(`${PATH}/${admin.id}`, { packages: ['webex_meetings'] });
    const err = expectWebexError(down, 409);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.FIRST_ADMIN_DOWNGRADE_REFUSED.code,
      field: 'packages',
    });
    expect(err.errors[0]!.description).toContain('first administrator');
    const sideways = await api.put(`${PATH}/${admin.id}`, { packages: ['cx_essentials'] });
    expect(sideways.status, JSON.stringify(sideways.body)).toBe(200);
    expect(sideways.body.packages).toEqual(['cx_essentials']);
  });

  it('validates the body: exactly one of package and packages', async () => {
    const { api, customer } = await partnerWithCustomer();
    const s = await provision(api, subscriberBody(customer.id));
    const neither = await api.put(`${PATH}/${s.id}`, {});
    expect(expectWebexError(neither, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_OR_PACKAGES.code,
      field: 'packages',
    });
    expectWebexError(
      await api.put(`${PATH}/${s.id}`, { package: 'webex_meetings', packages: ['webex_meetings'] }),
      400,
    );
    expectWebexError(await api.put(`${PATH}/nope`, { packages: ['webex_meetings'] }), 404);
    expectWebexError(
      await as((await partnerWithCustomer()).t.tokens.fullAdmin).put(`${PATH}/${s.id}`, {
        packages: ['webex_meetings'],
      }),
      404,
    );
  });
});

describe('DELETE /wholesale/subscribers/{id}', () => {
  it('removes the subscriber (204), frees its e-mail and refuses the first administrator', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const s = await provision(api, subscriberBody(customer.id));
    expectWebexError(await as(t.tokens.readOnlyAdmin).del(`${PATH}/${s.id}`), 403);
    const res = await api.del(`${PATH}/${s.id}`);
    expect(res.status).toBe(204);
    expectWebexError(await api.get(`${PATH}/${s.id}`), 404);
    expectWebexError(await api.del(`${PATH}/${s.id}`), 404);
    await provision(api, subscriberBody(customer.id, { email: s.email }));

    const admin = await firstAdmin(api, customer);
    const err = expectWebexError(await api.del(`${PATH}/${admin.id}`), 409);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.FIRST_ADMIN_REMOVAL_REFUSED.code,
      field: 'subscriberId',
    });
    expect((await api.get(`${PATH}/${admin.id}`)).status).toBe(200);
  });
});

describe('consent flow for free Webex accounts', () => {
  it('stays pending until the person accepts two simulated days after provisioning, then is provisioned with a personId', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('free');
    await registerWebexUsers([email], 'free');
    const s = await provision(api, subscriberBody(customer.id, { email }));

    const consent = await call('POST', `/v1/subscribers/${s.id}/emails/consentMove`, { token: t.tokens.fullAdmin });
    expect(consent.status).toBe(204);
    expect(consent.body).toBeUndefined();

    await advanceClock(t.partner.orgId, 'P1DT23H');
    expect((await api.get(`${PATH}/${s.id}`)).body).toMatchObject({ status: 'pending_user_migration' });
    expect((await api.get(`${PATH}/${s.id}`)).body).not.toHaveProperty('personId');

    await advanceClock(t.partner.orgId, 'P1D');
    const accepted = (await api.get(`${PATH}/${s.id}`)).body;
    expect(accepted.status).toBe('provisioned');
    expect(decodeId(accepted.personId)?.type).toBe('PEOPLE');
    expect(accepted.created).toBe(s.created);
    // Acceptance happened at its own instant, not when the clock jump ran it.
    expect(Date.parse(accepted.lastStatusChange) - Date.parse(s.created)).toBe(2 * DAY);
    expect(Date.parse(await clockOf(t.partner.orgId)) - Date.parse(s.created)).toBeGreaterThan(2 * DAY);

    const again = await call('POST', `/v1/subscribers/${s.id}/emails/consentMove`, { token: t.tokens.fullAdmin });
    const err = expectWebexError(again, 409);
    expect(err.errors[0]!.errorCode).toBe(ERROR_CODES.SUBSCRIBER_NOT_PENDING_MIGRATION.code);
    expect(err.errors[0]!.description).toContain('provisioned');
  });

  it('is abandoned when the pending subscriber is deleted', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('free');
    await registerWebexUsers([email], 'free');
    const s = await provision(api, subscriberBody(customer.id, { email }));
    expect((await api.del(`${PATH}/${s.id}`)).status).toBe(204);
    await advanceClock(t.partner.orgId, 'P3D');
    expectWebexError(await api.get(`${PATH}/${s.id}`), 404);
    expect((await api.get(`${PATH}?email=${encodeURIComponent(email)}`)).body.items).toEqual([]);
  });

  it('consentMove answers 404 outside the acting org and 403 without the write scope', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('free');
    await registerWebexUsers([email], 'free');
    const s = await provision(api, subscriberBody(customer.id, { email }));
    const stranger = await partnerWithCustomer();
    expectWebexError(
      await call('POST', `/v1/subscribers/${s.id}/emails/consentMove`, { token: stranger.t.tokens.fullAdmin }),
      404,
    );
    expectWebexError(
      await call('POST', `/v1/subscribers/${s.id}/emails/consentMove`, { token: t.tokens.readOnlyAdmin }),
      403,
    );
    expectWebexError(await call('POST', `/v1/subscribers/nope/emails/consentMove`, { token: t.tokens.fullAdmin }), 404);
  });
});
