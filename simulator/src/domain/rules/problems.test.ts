import { describe, expect, it } from 'vitest';
import { TemplateRequest } from '@contract/hub';
import { ProvisionCustomerRequest } from '@contract/wholesale';
import { ApiError } from '../../http/errors';
import { parseRequest, parseWith, refuseProblems } from './problems';

function thrown(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('refuseProblems', () => {
  it('renders catalogue and hub codes with the field first in the description', () => {
    const error = refuseProblems([
      { code: 'EXTERNAL_ID_IN_USE', field: 'externalId', message: 'is taken' },
      { code: 'TEMPLATE_NAME_IN_USE', field: 'name', message: 'is taken too' },
    ]);
    expect(error.status).toBe(409);
    expect(error.items).toEqual([
      { description: 'externalId is taken', errorCode: 1205, field: 'externalId' },
      { description: 'name is taken too', errorCode: 1301, field: 'name' },
    ]);
    expect(error.message).toBe('The request has 2 problems: externalId is taken; name is taken too');
  });
});

describe('parseRequest', () => {
  it('refuses a missing body with 1001', () => {
    const error = thrown(() => parseRequest(ProvisionCustomerRequest, undefined));
    expect([error.status, error.items[0]?.errorCode]).toEqual([400, 1001]);
  });

  it('maps contract issues to their catalogue codes and dotted fields', () => {
    const result = parseWith(ProvisionCustomerRequest, {
      provisioningId: 'p',
      packages: ['webex_meetings'],
      externalId: 'e',
      address: { addressLine1: 'a'.repeat(51), city: 'c', country: 'US', stateOrProvince: 'CA', zipOrPostalCode: '1' },
      customerInfo: { name: 'A%B', primaryEmail: 'a@b.example.com' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ['ADDRESS_LINE_TOO_LONG', 'address.addressLine1'],
      ['INVALID_CHARACTER_IN_NAME', 'customerInfo.name'],
    ]);
  });

  it('maps hub-only issues to HUB_ERROR_CODES', () => {
    const error = thrown(() =>
      parseRequest(TemplateRequest, {
        name: 'T',
        country: 'US',
        language: 'en_US',
        timezone: 'America/New_York',
        subscriptionId: 'S',
        authentication: { mode: 'partner_sso_saml' },
        offeredPackages: ['webex_calling'],
      }),
    );
    expect(error.items.map((i) => [i.errorCode, i.field])).toEqual([
      [1304, 'authentication.idpEntityId'],
      [1305, 'pstnProvider'],
    ]);
  });
});
