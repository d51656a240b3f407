// @vitest-environment node
import { describe, it, expect } from 'vitest';
import {
  COUNTRIES,
  DIAL_IN_BY_REGION,
  LANGUAGE_DEFAULTS,
  MEETING_SITE_UNSUPPORTED_LANGUAGES,
  REGIONS,
  SUBDIVISIONS,
  SUPPORTED_LANGUAGE_CODES,
  SUPPORTED_TIMEZONES,
  findCountry,
  isSupportedLanguage,
  isSupportedTimezone,
  normalizeSubdivision,
  suggestTimezone,
} from './reference-data';
import {
  ADD_ON_PACKAGES,
  CALLING_PACKAGES_SUBSCRIBER,
  CUSTOMER_PACKAGES,
  PACKAGE_INFO,
  SUBSCRIBER_PACKAGES,
  isCallingSubscriberPackage,
  isPackageDowngrade,
  needsCallingLocation,
} from './packages';
import { ERROR_CODES, describeErrorCode } from './error-codes';

const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

describe('COUNTRIES', () => {
  const codes = COUNTRIES.map((c) => c.code);

  it('holds at least 60 distinct ISO alpha-2 codes, with the EU and the main markets', () => {
    expect(codes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    expect(codes).toEqual(
      expect.arrayContaining([...EU, 'GB', 'US', 'CA', 'AU', 'NZ', 'JP', 'SG', 'IN', 'BR', 'MX', 'ZA', 'AE']),
    );
  });

  it('defaults only to supported languages and time zones, in a known region', () => {
    for (const country of COUNTRIES) {
      expect(isSupportedLanguage(country.defaultLanguage), country.code).toBe(true);
      expect(isSupportedTimezone(country.defaultTimezone), country.code).toBe(true);
      expect(REGIONS).toContain(country.region);
    }
  });

  it('requires a state in the countries whose addresses need one', () => {
    const needState = COUNTRIES.filter((c) => c.requiresState).map((c) => c.code);
    expect(needState).toEqual(expect.arrayContaining(['US', 'CA', 'AU', 'BR', 'MX', 'IN']));
    expect(needState).not.toContain('GB');
  });

  it('requires a postal code where it is used, not where there is none', () => {
    for (const code of ['US', 'CA', 'GB', 'DE', 'FR', 'AU'])
      expect(findCountry(code)?.requiresPostalCode, code).toBe(true);
    for (const code of ['AE', 'HK', 'IE']) expect(findCountry(code)?.requiresPostalCode, code).toBe(false);
  });

  it('finds countries case-insensitively', () => {
    expect(findCountry('gb')?.name).toBe('United Kingdom');
    expect(findCountry('XX')).toBeUndefined();
  });
});

describe('SUBDIVISIONS', () => {
  it('lists the US states, Canadian provinces and territories, and Australian states', () => {
    expect(SUBDIVISIONS['US']?.length).toBeGreaterThanOrEqual(51);
    expect(SUBDIVISIONS['CA']?.map((s) => s.code)).toContain('ON');
    expect(SUBDIVISIONS['CA']).toHaveLength(13);
    expect(SUBDIVISIONS['AU']?.map((s) => s.code).sort()).toEqual([
      'ACT',
      'NSW',
      'NT',
      'QLD',
      'SA',
      'TAS',
      'VIC',
      'WA',
    ]);
    for (const list of Object.values(SUBDIVISIONS)) expect(new Set(list.map((s) => s.code)).size).toBe(list.length);
  });

  it('canonicalises codes and refuses names with a hint', () => {
    expect(normalizeSubdivision('US', 'ca')).toEqual({ ok: true, value: 'CA' });
    expect(normalizeSubdivision('us', 'US-NY')).toEqual({ ok: true, value: 'NY' });
    expect(normalizeSubdivision('CA', 'Quebec')).toEqual({
      ok: false,
      reason: expect.stringContaining('use the code QC for Quebec'),
    });
    expect(normalizeSubdivision('DE', 'Bayern')).toEqual({ ok: true, value: 'Bayern' });
  });
});

describe('languages', () => {
  it('are the 29 locales of the product brief', () => {
    const brief =
      'en_US en_AU en_GB en_CA fr_FR fr_CA cs_CZ da_DK de_DE hu_HU id_ID it_IT ja_JP ko_KR es_ES es_CO es_MX nl_NL nb_NO pl_PL pt_PT pt_BR ru_RU ro_RO zh_CN zh_TW sv_SE ar_SA tr_TR';
    expect([...SUPPORTED_LANGUAGE_CODES].sort()).toEqual(brief.split(' ').sort());
  });

  it('default and meeting-site exceptions are supported locales', () => {
    for (const value of Object.values(LANGUAGE_DEFAULTS)) expect(isSupportedLanguage(value)).toBe(true);
    for (const value of MEETING_SITE_UNSUPPORTED_LANGUAGES) expect(isSupportedLanguage(value)).toBe(true);
    for (const code of SUPPORTED_LANGUAGE_CODES) expect(LANGUAGE_DEFAULTS[code.slice(0, 2)], code).toBeDefined();
  });
});

describe('SUPPORTED_TIMEZONES', () => {
  const ids = SUPPORTED_TIMEZONES.map((t) => t.id);

  it('holds at least 80 distinct zones that the runtime knows', () => {
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(() => new Intl.DateTimeFormat('en', { timeZone: id }), id).not.toThrow();
  });

  it('includes every zone of wholesale-api-notes §7', () => {
    const notes =
      'America/Los_Angeles America/Denver America/Phoenix America/Chicago America/New_York America/Halifax America/St_Johns America/Mexico_City America/Sao_Paulo Europe/London Europe/Dublin Europe/Paris Europe/Berlin Europe/Madrid Europe/Rome Europe/Amsterdam Europe/Stockholm Europe/Helsinki Africa/Johannesburg Asia/Dubai Asia/Kolkata Asia/Singapore Asia/Tokyo Australia/Sydney Australia/Perth Pacific/Auckland Pacific/Honolulu';
    expect(ids).toEqual(expect.arrayContaining(notes.split(' ')));
  });

  it('matches exactly, and suggests the zone a case slip meant', () => {
    expect(isSupportedTimezone('europe/london')).toBe(false);
    expect(suggestTimezone('europe/london')).toBe('Europe/London');
    expect(suggestTimezone('America/New York')).toBe('America/New_York');
    expect(suggestTimezone('Mars/Base')).toBeUndefined();
  });
});

describe('DIAL_IN_BY_REGION', () => {
  it('follows the regional fallback of the brief', () => {
    expect(Object.fromEntries(REGIONS.map((r) => [r, DIAL_IN_BY_REGION[r].callingCode]))).toEqual({
      AMER: '+1',
      APAC: '+65',
      ANZ: '+61',
      EMEA: '+44',
      EURO: '+49',
    });
    for (const { country } of Object.values(DIAL_IN_BY_REGION)) expect(findCountry(country)).toBeDefined();
  });
});

describe('packages', () => {
  it('describe every customer package with a distinct upper-snake billing SKU', () => {
    const skus = CUSTOMER_PACKAGES.map((p) => PACKAGE_INFO[p].billingSku);
    expect(new Set(skus).size).toBe(CUSTOMER_PACKAGES.length);
    for (const sku of skus) expect(sku).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
    expect(PACKAGE_INFO.webex_calling).toMatchObject({ label: 'Webex Calling', billingSku: 'WEBEX_CALLING' });
  });

  it('treat every subscriber package but meetings as calling-enabled', () => {
    expect(CALLING_PACKAGES_SUBSCRIBER).toHaveLength(SUBSCRIBER_PACKAGES.length - 1);
    expect(isCallingSubscriberPackage('webex_meetings')).toBe(false);
    expect(isCallingSubscriberPackage('webex_voice')).toBe(true);
    expect(isCallingSubscriberPackage('cisco_calling_plan')).toBe(false);
  });

  it('need a calling location for calling packages only', () => {
    expect(needsCallingLocation(['webex_meetings'])).toBe(false);
    expect(needsCallingLocation(['webex_meetings', 'common_area_calling'])).toBe(true);
  });

  it('rank packages so a first admin cannot be downgraded', () => {
    expect(isPackageDowngrade('webex_suite', 'webex_calling')).toBe(true);
    expect(isPackageDowngrade('webex_calling', 'webex_voice')).toBe(true);
    expect(isPackageDowngrade('webex_voice', 'webex_meetings')).toBe(true);
    expect(isPackageDowngrade('webex_calling', 'attendant_console')).toBe(true);
    expect(isPackageDowngrade('webex_calling', 'cx_essentials')).toBe(false);
    expect(isPackageDowngrade('webex_meetings', 'webex_suite')).toBe(false);
  });

  it('mark the two add-ons', () => {
    expect([...ADD_ON_PACKAGES].sort()).toEqual(['attendant_console', 'cisco_calling_plan']);
  });
});

describe('ERROR_CODES', () => {
  const entries = Object.values(ERROR_CODES);

  it('gives every rule its own code and an error HTTP status', () => {
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.httpStatus).toBeGreaterThanOrEqual(400);
      expect(entry.explanation.length).toBeGreaterThan(20);
    }
  });

  it('keeps the codes the spec confirms', () => {
    expect(ERROR_CODES.EMAIL_ALREADY_EXISTS.code).toBe(10022);
    expect(ERROR_CODES.CALLING_MAINTENANCE.code).toBe(2560);
    expect(ERROR_CODES.BILLING_REPORT_NOT_FOUND.code).toBe(2024);
  });

  it('describes a code for the SPA', () => {
    expect(describeErrorCode(1005)).toMatchObject({ name: 'ADDRESS_LINE_TOO_LONG', field: 'address.addressLine1' });
    expect(describeErrorCode(999_999)).toBeUndefined();
  });
});
