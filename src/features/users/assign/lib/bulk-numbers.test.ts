import { describe, expect, it } from 'vitest';
import type { Subscriber } from '@contract/wholesale';
import { numberErrors, phoneLineOf, serverNumberError, type NumberEntry } from './bulk-numbers';
import { planBulkChange, type NumbersRow } from './bulk-plan';
import type { CustomerContext } from './package-rules';

const CTX: CustomerContext = { usablePackages: ['webex_calling', 'webex_meetings'], firstAdminEmail: null };

const meetings = (id: string, customerId = 'c1'): Subscriber => ({
  id,
  email: `${id}@acme.example`,
  customerId,
  packages: ['webex_meetings'],
  status: 'provisioned',
  errors: [],
});

function numberRows(users: Subscriber[]): NumbersRow[] {
  const contexts = new Map([
    ['c1', CTX],
    ['c2', CTX],
  ]);
  return planBulkChange(users, 'webex_calling', contexts).filter((r): r is NumbersRow => r.action === 'numbers');
}

const entry = (primaryPhoneNumber: string, extension = ''): NumberEntry => ({ primaryPhoneNumber, extension });

describe('phone lines of a bulk change', () => {
  it('asks each row for a number or an extension, in the single dialog’s formats', () => {
    const rows = numberRows([meetings('ann'), meetings('bob'), meetings('cy'), meetings('dee')]);
    const errors = numberErrors(rows, 'webex_calling', {
      bob: entry('0240 555'),
      cy: entry('', '4a'),
      dee: entry('+1 (240) 555-1212', '4711'),
    });
    expect(Object.fromEntries(errors)).toEqual({
      ann: {
        primaryPhoneNumber: 'Enter a phone number, an extension, or both.',
      },
      bob: {
        primaryPhoneNumber:
          'Use the E.164 format: + then the country code and number, at most 15 digits, such as +12405551212.',
      },
      cy: { extension: 'An extension is 2 to 10 digits.' },
    });
  });

  it('flags a number or extension entered for two users of one customer, whatever the separators', () => {
    const rows = numberRows([meetings('ann'), meetings('bob'), meetings('cy'), meetings('eve', 'c2')]);
    const errors = numberErrors(rows, 'webex_calling', {
      ann: entry('+1 240 555 1212', '200'),
      bob: entry('+1-240-555-1212'),
      cy: entry('', '200'),
      // Another customer has its own dial plan: the same number is fine there.
      eve: entry('+12405551212', '200'),
    });
    expect(Object.fromEntries(errors)).toEqual({
      ann: {
        primaryPhoneNumber: 'Also entered for bob@acme.example: each user needs their own number.',
        extension: 'Also entered for cy@acme.example: each user needs their own extension.',
      },
      bob: {
        primaryPhoneNumber: 'Also entered for ann@acme.example: each user needs their own number.',
      },
      cy: { extension: 'Also entered for ann@acme.example: each user needs their own extension.' },
    });
  });

  it('sends what the single dialog sends: the bare E.164 number, blanks left out', () => {
    const [row] = numberRows([meetings('ann')]);
    if (!row) throw new Error('ann needs a phone line');
    expect(phoneLineOf(row, 'webex_calling', entry('+1 (240) 555-1212'))).toEqual({
      primaryPhoneNumber: '+12405551212',
    });
    expect(phoneLineOf(row, 'webex_calling', entry('', ' 4711 '))).toEqual({ extension: '4711' });
  });

  it('puts a taken number or extension on its cell with the code’s explanation, and nothing else', () => {
    expect(
      serverNumberError({
        status: 409,
        errorCode: 1201,
        description:
          'provisioningParameters.primaryPhoneNumber +12405551212 is already the number of another user of this customer; choose a different number.',
      }),
    ).toEqual({
      field: 'primaryPhoneNumber',
      message:
        'Another user of this customer already has this phone number. Choose a different number. (Webex error 1201)',
    });
    expect(serverNumberError({ status: 409, errorCode: 1202, description: 'Extension taken' })?.field).toBe(
      'extension',
    );
    expect(serverNumberError({ status: 409, errorCode: 1109, description: 'No assignments left' })).toBeNull();
    expect(serverNumberError({ status: 0, errorCode: 'INTERRUPTED', description: 'Interrupted' })).toBeNull();
    expect(serverNumberError(null)).toBeNull();
  });
});
