import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { as, createTenant, expectWebexError } from './helpers';
import {
  partnerWithCustomer,
  provision,
  registerWebexUsers,
  subscriberBody,
  uniqueEmail,
} from './subscribers-fixtures';

const PATH = '/v1/wholesale/subscribers';
const VALIDATE = `${PATH}/validate`;
const SUCCESS = {
  message: 'success',
  info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
};

describe('POST /wholesale/subscribers/validate', () => {
  it('answers success for the three variants and writes nothing', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('maybe');
    const minimal = await api.post(VALIDATE, { customerId: customer.id, email });
    expect(minimal.status, JSON.stringify(minimal.body)).toBe(200);
    expect(minimal.body).toEqual(SUCCESS);
    const newCustomer = await api.post(VALIDATE, { email, customerInfo: { primaryEmail: uniqueEmail('admin') } });
    expect(newCustomer.body).toEqual(SUCCESS);
    const full = await api.post(
      VALIDATE,
      subscriberBody(customer.id, {
        email,
        provisioningId: t.templates[0]!.provisioningId,
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+12065550123' },
      }),
    );
    expect(full.body).toEqual(SUCCESS);
    expect((await api.get(`${PATH}?email=${encodeURIComponent(email)}`)).body.items).toEqual([]);
    // Nothing was reserved: the same person and number can still be provisioned.
    await provision(
      api,
      subscriberBody(customer.id, {
        email,
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+12065550123' },
      }),
    );
  });

  it('answers the error provisioning would answer', async () => {
    const { api, customer } = await partnerWithCustomer();
    const taken = await provision(api, subscriberBody(customer.id));
    const dup = await api.post(VALIDATE, { customerId: customer.id, email: taken.email.toUpperCase() });
    expect(expectWebexError(dup, 409).errors[0]).toMatchObject({
      errorCode: 10022,
      description: 'The email is already associated with an existing user.',
      field: 'email',
    });
    const adminTaken = await api.post(VALIDATE, {
      email: uniqueEmail('x'),
      customerInfo: { primaryEmail: taken.email },
    });
    expect(expectWebexError(adminTaken, 409).errors[0]).toMatchObject({
      errorCode: 10022,
      field: 'customerInfo.primaryEmail',
    });

    const noNumber = await api.post(VALIDATE, subscriberBody(customer.id, { packages: ['webex_calling'] }));
    expect(expectWebexError(noNumber, 400).errors[0]!.errorCode).toBe(ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED.code);
    const notHeld = await api.post(VALIDATE, subscriberBody(customer.id, { packages: ['webex_suite'] }));
    expect(expectWebexError(notHeld, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code,
      field: 'packages',
    });
    const noCustomerYetButNoNumber = await api.post(VALIDATE, { email: uniqueEmail('y'), packages: ['webex_voice'] });
    expect(expectWebexError(noCustomerYetButNoNumber, 400).errors[0]!.errorCode).toBe(
      ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED.code,
    );

    const foreign = uniqueEmail('foreign');
    await registerWebexUsers([foreign], 'other_partner');
    const other = await api.post(VALIDATE, { customerId: customer.id, email: foreign });
    expect(expectWebexError(other, 409).errors[0]!.errorCode).toBe(
      ERROR_CODES.SUBSCRIBER_BELONGS_TO_OTHER_PARTNER.code,
    );

    const template = await api.post(VALIDATE, { email: uniqueEmail('z'), provisioningId: 'bm90LWEtdGVtcGxhdGU' });
    expect(expectWebexError(template, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.PROVISIONING_ID_UNKNOWN.code,
      field: 'provisioningId',
    });
    const stranger = await partnerWithCustomer();
    const unknownCustomer = await stranger.api.post(VALIDATE, { customerId: customer.id, email: uniqueEmail('w') });
    expect(expectWebexError(unknownCustomer, 404).errors[0]!.field).toBe('customerId');
  });

  it('requires an e-mail and the write scope', async () => {
    const t = await createTenant();
    const noEmail = await as(t.tokens.fullAdmin).post(VALIDATE, { customerInfo: { primaryEmail: uniqueEmail('a') } });
    expect(expectWebexError(noEmail, 400).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.MISSING_FIELD.code,
      field: 'email',
    });
    expectWebexError(await as(t.tokens.readOnlyAdmin).post(VALIDATE, { email: uniqueEmail('b') }), 403);
  });
});
