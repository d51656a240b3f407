import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@contract/error-codes';
import type { ApiError } from '../../http/errors';
import { dependencyMissing, firstAdminDowngrade, packageNotHeld, phoneOrExtensionMissing } from './rules';

const codeOf = (refusal: ApiError | null) => refusal?.items[0]?.errorCode ?? null;

describe('subscriber package rules', () => {
  it('gives a user attendant_console only when the customer holds a base it depends on', () => {
    expect(codeOf(dependencyMissing('attendant_console', ['attendant_console', 'webex_meetings'], 'packages'))).toBe(
      ERROR_CODES.PACKAGE_DEPENDENCY_MISSING.code,
    );
    expect(dependencyMissing('attendant_console', ['attendant_console', 'cx_essentials'], 'packages')).toBeNull();
    expect(dependencyMissing('webex_meetings', ['webex_meetings'], 'packages')).toBeNull();
  });

  it('names the missing package and what the customer holds', () => {
    const held = { usable: ['webex_calling', 'webex_meetings'], failed: [] };
    const refusal = packageNotHeld('webex_voice', held, 'package');
    expect(refusal?.items[0]).toMatchObject({
      errorCode: ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code,
      field: 'package',
    });
    expect(refusal?.items[0]?.description).toContain('does not hold webex_voice');
    expect(refusal?.items[0]?.description).toContain('webex_calling, webex_meetings');
    expect(packageNotHeld('webex_meetings', held, 'package')).toBeNull();
  });

  it('refuses a package that failed to provision in the customer org, saying so', () => {
    const refusal = packageNotHeld(
      'webex_calling',
      { usable: ['webex_meetings'], failed: ['webex_calling'] },
      'packages',
    );
    expect(refusal?.items[0]?.errorCode).toBe(ERROR_CODES.PACKAGE_NOT_ENABLED_FOR_CUSTOMER.code);
    expect(refusal?.items[0]?.description).toContain('webex_calling package is not provisioned');
  });

  it('needs a number or extension for every package but webex_meetings, unless the person already has Calling', () => {
    for (const pkg of ['webex_calling', 'webex_voice', 'cx_standard_agent', 'attendant_console']) {
      expect(codeOf(phoneOrExtensionMissing(pkg, {}, false))).toBe(ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED.code);
      expect(phoneOrExtensionMissing(pkg, {}, true)).toBeNull();
      expect(phoneOrExtensionMissing(pkg, { extension: '12' }, false)).toBeNull();
    }
    expect(phoneOrExtensionMissing('webex_meetings', undefined, false)).toBeNull();
  });

  it('keeps the first administrator at or above the customer’s top package level', () => {
    const customer = ['webex_suite', 'webex_calling', 'webex_meetings'];
    // suite (4) → calling (3) is a downgrade below the customer's level (suite).
    expect(codeOf(firstAdminDowngrade('webex_suite', 'webex_calling', customer, 'packages'))).toBe(
      ERROR_CODES.FIRST_ADMIN_DOWNGRADE_REFUSED.code,
    );
    // An admin below the customer's level may still move up, or sideways.
    expect(firstAdminDowngrade('webex_meetings', 'webex_calling', customer, 'packages')).toBeNull();
    expect(firstAdminDowngrade('webex_calling', 'cx_essentials', customer, 'packages')).toBeNull();
    // ...but not further down.
    expect(codeOf(firstAdminDowngrade('webex_calling', 'webex_meetings', customer, 'packages'))).not.toBeNull();
    // Down to a level the customer's top package does not exceed is allowed.
    expect(firstAdminDowngrade('webex_suite', 'webex_voice', ['webex_voice'], 'packages')).toBeNull();
  });
});
