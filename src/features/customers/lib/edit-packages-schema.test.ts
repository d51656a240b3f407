import { describe, expect, it } from 'vitest';
import { needsLocation, packagesFormSchema, removedPackages } from './edit-packages-schema';

const EMPTY_LOCATION = { name: '', timezone: '', language: '' };

function messages(current: string[], packages: string[], location = EMPTY_LOCATION) {
  const result = packagesFormSchema(current).safeParse({ packages, location });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('edit packages form', () => {
  it('needs at least one package, and each add-on with a package it depends on', () => {
    expect(messages(['webex_calling'], [])).toEqual([
      'packages: Keep at least one package. To take every package away, remove wholesale services instead.',
    ]);
    expect(messages(['webex_calling'], ['webex_calling', 'attendant_console'])).toEqual([]);
    expect(
      messages(['webex_meetings'], ['webex_meetings', 'attendant_console'], {
        name: 'HQ',
        timezone: 'Europe/London',
        language: 'en_GB',
      }),
    ).toEqual(['packages: Attendant Console needs one of: Webex Calling, Webex Suite, Customer Assist.']);
  });

  it('asks for a calling location only when the first calling package is added', () => {
    expect(needsLocation(['webex_meetings'], ['webex_meetings', 'webex_calling'])).toBe(true);
    expect(needsLocation(['webex_calling'], ['webex_calling', 'webex_suite'])).toBe(false);
    expect(messages(['webex_meetings'], ['webex_meetings', 'webex_calling'])).toEqual([
      'location.name: Name the location, e.g. Headquarters',
      'location.timezone: Choose the location’s time zone',
      'location.language: Choose the language for announcements and e-mails',
    ]);
    // Unused location fields are not checked when no calling package is added.
    expect(messages(['webex_calling'], ['webex_calling', 'webex_meetings'])).toEqual([]);
  });

  it('lists what a change removes', () => {
    expect(removedPackages(['webex_calling', 'webex_meetings', 'attendant_console'], ['webex_calling'])).toEqual([
      'webex_meetings',
      'attendant_console',
    ]);
  });
});
