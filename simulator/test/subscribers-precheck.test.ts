import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { as, createTenant, expectWebexError } from './helpers';
import {
  createCustomer,
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

  it('refuses a number or extension an existing user of the customer holds, as provisioning does', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    await provision(
      api,
      subscriberBody(customer.id, {
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+14085550177', extension: '5177' },
      }),
    );
    const usersOf = async (id: string) =>
      (await api.get(`${PATH}?customerId=${encodeURIComponent(id)}&max=100`)).body.items.length as number;
    const before = await usersOf(customer.id);
    const cases = [
      {
        params: { primaryPhoneNumber: '+14085550177' },
        errorCode: ERROR_CODES.DUPLICATE_PHONE_NUMBER.code,
        field: 'provisioningParameters.primaryPhoneNumber',
      },
      {
        params: { extension: '5177' },
        errorCode: ERROR_CODES.DUPLICATE_EXTENSION.code,
        field: 'provisioningParameters.extension',
      },
    ];
    for (const { params, errorCode, field } of cases) {
      const body = subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: params });
      const provisioned = expectWebexError(await api.post(PATH, body), 409).errors[0]!;
      expect(provisioned).toMatchObject({ errorCode, field });
      // The full provisioning payload, and the customerId + e-mail variant with numbers but no package.
      const full = expectWebexError(await api.post(VALIDATE, body), 409).errors[0]!;
      const noPackage = expectWebexError(
        await api.post(VALIDATE, { customerId: customer.id, email: body.email, provisioningParameters: params }),
        409,
      ).errors[0]!;
      for (const answer of [full, noPackage]) {
        expect(answer).toMatchObject({ errorCode, field, description: provisioned.description });
      }
    }

    const free = { primaryPhoneNumber: '+14085550178', extension: '5178' };
    const freeFull = await api.post(
      VALIDATE,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: free }),
    );
    expect(freeFull.body).toEqual(SUCCESS);
    const freeNoPackage = await api.post(VALIDATE, {
      customerId: customer.id,
      email: uniqueEmail('free'),
      provisioningParameters: free,
    });
    expect(freeNoPackage.body).toEqual(SUCCESS);
    // Numbers are unique per customer: another customer of the partner may use the same ones.
    const other = await createCustomer(api, t.templates[0]!.provisioningId);
    const elsewhere = await api.post(VALIDATE, {
      customerId: other.id,
      email: uniqueEmail('elsewhere'),
      provisioningParameters: { primaryPhoneNumber: '+14085550177', extension: '5177' },
    });
    expect(elsewhere.body).toEqual(SUCCESS);

    expect(await usersOf(customer.id)).toBe(before);
    expect(await usersOf(other.id)).toBe(1);
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
