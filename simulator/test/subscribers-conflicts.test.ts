import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import { expectWebexError } from './helpers';
import {
  createCustomer,
  partnerWithCustomer,
  provision,
  registerWebexUsers,
  subscriberBody,
  uniqueEmail,
} from './subscribers-fixtures';

const PATH = '/v1/wholesale/subscribers';

describe('POST /wholesale/subscribers: conflicts and limits', () => {
  it('keeps phone numbers and extensions unique within a customer, naming which one clashes', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    const params = { primaryPhoneNumber: '+14085550111', extension: '5111' };
    await provision(api, subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: params }));

    const samePhone = await api.post(
      PATH,
      subscriberBody(customer.id, {
        packages: ['webex_calling'],
        provisioningParameters: { primaryPhoneNumber: '+14085550111' },
      }),
    );
    expect(expectWebexError(samePhone, 409).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.DUPLICATE_PHONE_NUMBER.code,
      field: 'provisioningParameters.primaryPhoneNumber',
    });
    const sameExtension = await api.post(
      PATH,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '5111' } }),
    );
    expect(expectWebexError(sameExtension, 409).errors[0]).toMatchObject({
      errorCode: ERROR_CODES.DUPLICATE_EXTENSION.code,
      field: 'provisioningParameters.extension',
    });

    const other = await createCustomer(api, t.templates[0]!.provisioningId);
    await provision(api, subscriberBody(other.id, { packages: ['webex_calling'], provisioningParameters: params }));
  });

  it('enforces the customer’s package limits, counting the first administrator', async () => {
    // The first administrator takes webex_calling (the customer's top package): one of the two.
    const { api, customer } = await partnerWithCustomer({ limits: { webex_calling: 2, webex_meetings: 1 } });
    await provision(
      api,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '7001' } }),
    );
    const over = await api.post(
      PATH,
      subscriberBody(customer.id, { packages: ['webex_calling'], provisioningParameters: { extension: '7002' } }),
    );
    const err = expectWebexError(over, 409);
    expect(err.errors[0]).toMatchObject({ errorCode: ERROR_CODES.PACKAGE_LIMIT_EXCEEDED.code, field: 'packages' });
    expect(err.errors[0]!.description).toContain('limits.webex_calling = 2');

    await provision(api, subscriberBody(customer.id, { packages: ['webex_meetings'] }));
    expectWebexError(await api.post(PATH, subscriberBody(customer.id, { packages: ['webex_meetings'] })), 409);
  });

  it('answers 10022 for an e-mail that is already a subscriber, in any case and under any partner', async () => {
    const { api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('taken');
    await provision(api, subscriberBody(customer.id, { email }));

    const again = await api.post(PATH, subscriberBody(customer.id, { email: email.toUpperCase() }));
    const err = expectWebexError(again, 409);
    expect(err.errors[0]).toMatchObject({
      errorCode: 10022,
      description: 'The email is already associated with an existing user.',
      field: 'email',
    });

    const elsewhere = await partnerWithCustomer();
    expect(
      expectWebexError(await elsewhere.api.post(PATH, subscriberBody(elsewhere.customer.id, { email })), 409).errors[0]!
        .errorCode,
    ).toBe(10022);
  });

  it('lets exactly one of several simultaneous requests for one e-mail win', async () => {
    const { t, api, customer } = await partnerWithCustomer();
    // Two customers, so the requests do not simply queue on one customer's lock.
    const other = await createCustomer(api, t.templates[0]!.provisioningId);
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => api.post(PATH, subscriberBody((i % 2 ? other : customer).id, { email }))),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200))
      expect(expectWebexError(r, 409).errors[0]!.errorCode).toBe(10022);
    const listed = await api.get(`${PATH}?email=${encodeURIComponent(email)}`);
    expect(listed.body.items).toHaveLength(1);
  });

  it('refuses a user managed by another partner', async () => {
    const { api, customer } = await partnerWithCustomer();
    const email = uniqueEmail('foreign');
    await registerWebexUsers([email], 'other_partner');
    const err = expectWebexError(await api.post(PATH, subscriberBody(customer.id, { email })), 409);
    expect(err.errors[0]).toMatchObject({
      errorCode: ERROR_CODES.SUBSCRIBER_BELONGS_TO_OTHER_PARTNER.code,
      field: 'email',
    });
  });
});
