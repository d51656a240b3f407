/**
 * Reference tables the simulator enforces and the SPA offers in drop-downs.
 *
 * Cisco does not publish the per-country address rules, the supported-country list or
 * the wholesale time-zone list in a retrievable form (wholesale-api-notes §7 marks them
 * "not found"), so these are the simulator's own maintained tables. They are deliberately
 * data, not code: when Cisco's lists become available, correcting a row here changes the
 * behaviour of both the simulator and the SPA at once.
 */

export const REGIONS = ['AMER', 'APAC', 'ANZ', 'EMEA', 'EURO'] as const;
export type Region = (typeof REGIONS)[number];

// ---------------------------------------------------------------------------
// Languages

/** The locales of the product brief ("Supported Language Locales" of the RTM guide). */
export const SUPPORTED_LANGUAGES = [
  { code: 'en_US', name: 'English (United States)' },
  { code: 'en_AU', name: 'English (Australia)' },
  { code: 'en_GB', name: 'English (United Kingdom)' },
  { code: 'en_CA', name: 'English (Canada)' },
  { code: 'fr_FR', name: 'French (France)' },
  { code: 'fr_CA', name: 'French (Canada)' },
  { code: 'cs_CZ', name: 'Czech' },
  { code: 'da_DK', name: 'Danish' },
  { code: 'de_DE', name: 'German' },
  { code: 'hu_HU', name: 'Hungarian' },
  { code: 'id_ID', name: 'Indonesian' },
  { code: 'it_IT', name: 'Italian' },
  { code: 'ja_JP', name: 'Japanese' },
  { code: 'ko_KR', name: 'Korean' },
  { code: 'es_ES', name: 'Spanish (Spain)' },
  { code: 'es_CO', name: 'Spanish (Colombia)' },
  { code: 'es_MX', name: 'Spanish (Mexico)' },
  { code: 'nl_NL', name: 'Dutch' },
  { code: 'nb_NO', name: 'Norwegian Bokmål' },
  { code: 'pl_PL', name: 'Polish' },
  { code: 'pt_PT', name: 'Portuguese (Portugal)' },
  { code: 'pt_BR', name: 'Portuguese (Brazil)' },
  { code: 'ru_RU', name: 'Russian' },
  { code: 'ro_RO', name: 'Romanian' },
  { code: 'zh_CN', name: 'Chinese (Simplified)' },
  { code: 'zh_TW', name: 'Chinese (Traditional)' },
  { code: 'sv_SE', name: 'Swedish' },
  { code: 'ar_SA', name: 'Arabic' },
  { code: 'tr_TR', name: 'Turkish' },
] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number]['code'];

export const SUPPORTED_LANGUAGE_CODES: readonly SupportedLanguage[] = SUPPORTED_LANGUAGES.map((l) => l.code);

/** Meeting sites fall back to English for these (product brief, "Language"). */
export const MEETING_SITE_UNSUPPORTED_LANGUAGES = [
  'es_CO',
  'id_ID',
  'nb_NO',
  'pt_PT',
] as const satisfies readonly SupportedLanguage[];

/**
 * How a bare ISO-639-1 language is completed when the country hint does not form a
 * supported pair. The first eight are from the product brief; the rest pick the only
 * supported locale of that language. `no` (Norwegian) maps to Bokmål, the only one offered.
 */
export const LANGUAGE_DEFAULTS: Readonly<Record<string, SupportedLanguage>> = {
  en: 'en_US',
  fr: 'fr_FR',
  es: 'es_ES',
  pt: 'pt_PT',
  zh: 'zh_CN',
  ko: 'ko_KR',
  ja: 'ja_JP',
  de: 'de_DE',
  cs: 'cs_CZ',
  da: 'da_DK',
  hu: 'hu_HU',
  id: 'id_ID',
  it: 'it_IT',
  nl: 'nl_NL',
  nb: 'nb_NO',
  no: 'nb_NO',
  pl: 'pl_PL',
  ru: 'ru_RU',
  ro: 'ro_RO',
  sv: 'sv_SE',
  ar: 'ar_SA',
  tr: 'tr_TR',
};

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return (SUPPORTED_LANGUAGE_CODES as readonly string[]).includes(value);
}

export type NormalizeResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Accepts `ll`, `ll_CC` and `ll-CC` in any case (the spec's calling-location example is
 * `en_us`) and returns the canonical `ll_CC`. A bare language is completed with the
 * country hint when that pair is supported (the template country, per the brief), else
 * with LANGUAGE_DEFAULTS. Unsupported pairs are refused rather than silently mapped to
 * another variant, because the locale also drives voice prompts the customer will hear.
 */
export function normalizeLanguage(input: string, countryHint?: string): NormalizeResult {
  const allowed = `supported: ${SUPPORTED_LANGUAGE_CODES.join(', ')} (or a 2-letter language such as en)`;
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: `must not be empty; ${allowed}` };
  const match = /^([a-z]{2})(?:[_-]([a-z]{2}))?$/i.exec(trimmed);
  if (!match) {
    return { ok: false, reason: `"${input}" is not a language code of the form ll or ll_CC; ${allowed}` };
  }
  const language = (match[1] ?? '').toLowerCase();
  const country = match[2]?.toUpperCase();
  if (country !== undefined) {
    const code = `${language}_${country}`;
    if (isSupportedLanguage(code)) return { ok: true, value: code };
    return { ok: false, reason: `"${input}" is not a supported language; ${allowed}` };
  }
  if (countryHint) {
    const hinted = `${language}_${countryHint.trim().toUpperCase()}`;
    if (isSupportedLanguage(hinted)) return { ok: true, value: hinted };
  }
  const fallback = LANGUAGE_DEFAULTS[language];
  if (fallback) return { ok: true, value: fallback };
  return { ok: false, reason: `"${input}" is not a supported language; ${allowed}` };
}

// ---------------------------------------------------------------------------
// Time zones

/**
 * Cisco's "List of Time Zones for Wholesale Provisioning" (help article nuh0amab) could
 * not be retrieved, so this is a maintained list of canonical IANA names covering every
 * country in COUNTRIES plus the main zones of large multi-zone countries. Labels are
 * zone names without offsets because offsets change with daylight saving time; the SPA
 * can compute the current offset with Intl.
 */
export const SUPPORTED_TIMEZONES = [
  // North America
  { id: 'America/New_York', label: 'Eastern Time (New York)' },
  { id: 'America/Chicago', label: 'Central Time (Chicago)' },
  { id: 'America/Denver', label: 'Mountain Time (Denver)' },
  { id: 'America/Phoenix', label: 'Mountain Time, no DST (Phoenix)' },
  { id: 'America/Los_Angeles', label: 'Pacific Time (Los Angeles)' },
  { id: 'America/Anchorage', label: 'Alaska Time (Anchorage)' },
  { id: 'Pacific/Honolulu', label: 'Hawaii Time (Honolulu)' },
  { id: 'America/Toronto', label: 'Eastern Time (Toronto)' },
  { id: 'America/Winnipeg', label: 'Central Time (Winnipeg)' },
  { id: 'America/Regina', label: 'Central Time, no DST (Regina)' },
  { id: 'America/Edmonton', label: 'Mountain Time (Edmonton)' },
  { id: 'America/Vancouver', label: 'Pacific Time (Vancouver)' },
  { id: 'America/Halifax', label: 'Atlantic Time (Halifax)' },
  { id: 'America/St_Johns', label: 'Newfoundland Time (St. John’s)' },
  { id: 'America/Puerto_Rico', label: 'Atlantic Time (Puerto Rico)' },
  { id: 'America/Mexico_City', label: 'Central Time (Mexico City)' },
  { id: 'America/Monterrey', label: 'Central Time (Monterrey)' },
  { id: 'America/Cancun', label: 'Eastern Time (Cancún)' },
  { id: 'America/Chihuahua', label: 'Mountain Time (Chihuahua)' },
  { id: 'America/Tijuana', label: 'Pacific Time (Tijuana)' },
  // Central America and the Caribbean
  { id: 'America/Guatemala', label: 'Central America (Guatemala)' },
  { id: 'America/El_Salvador', label: 'Central America (San Salvador)' },
  { id: 'America/Tegucigalpa', label: 'Central America (Tegucigalpa)' },
  { id: 'America/Costa_Rica', label: 'Central America (San José)' },
  { id: 'America/Panama', label: 'Eastern Time, no DST (Panama)' },
  { id: 'America/Jamaica', label: 'Eastern Time, no DST (Jamaica)' },
  { id: 'America/Santo_Domingo', label: 'Atlantic Time (Santo Domingo)' },
  // South America
  { id: 'America/Bogota', label: 'Colombia Time (Bogotá)' },
  { id: 'America/Lima', label: 'Peru Time (Lima)' },
  { id: 'America/Guayaquil', label: 'Ecuador Time (Guayaquil)' },
  { id: 'America/Caracas', label: 'Venezuela Time (Caracas)' },
  { id: 'America/La_Paz', label: 'Bolivia Time (La Paz)' },
  { id: 'America/Santiago', label: 'Chile Time (Santiago)' },
  { id: 'America/Argentina/Buenos_Aires', label: 'Argentina Time (Buenos Aires)' },
  { id: 'America/Montevideo', label: 'Uruguay Time (Montevideo)' },
  { id: 'America/Asuncion', label: 'Paraguay Time (Asunción)' },
  { id: 'America/Sao_Paulo', label: 'Brasília Time (São Paulo)' },
  { id: 'America/Manaus', label: 'Amazon Time (Manaus)' },
  { id: 'America/Fortaleza', label: 'Brasília Time (Fortaleza)' },
  // Europe
  { id: 'Europe/London', label: 'UK Time (London)' },
  { id: 'Europe/Dublin', label: 'Irish Time (Dublin)' },
  { id: 'Europe/Lisbon', label: 'Western European Time (Lisbon)' },
  { id: 'Atlantic/Reykjavik', label: 'Greenwich Mean Time (Reykjavík)' },
  { id: 'Atlantic/Canary', label: 'Western European Time (Canary Islands)' },
  { id: 'Atlantic/Azores', label: 'Azores Time (Ponta Delgada)' },
  { id: 'Europe/Paris', label: 'Central European Time (Paris)' },
  { id: 'Europe/Berlin', label: 'Central European Time (Berlin)' },
  { id: 'Europe/Madrid', label: 'Central European Time (Madrid)' },
  { id: 'Europe/Rome', label: 'Central European Time (Rome)' },
  { id: 'Europe/Amsterdam', label: 'Central European Time (Amsterdam)' },
  { id: 'Europe/Brussels', label: 'Central European Time (Brussels)' },
  { id: 'Europe/Luxembourg', label: 'Central European Time (Luxembourg)' },
  { id: 'Europe/Zurich', label: 'Central European Time (Zurich)' },
  { id: 'Europe/Vaduz', label: 'Central European Time (Vaduz)' },
  { id: 'Europe/Vienna', label: 'Central European Time (Vienna)' },
  { id: 'Europe/Copenhagen', label: 'Central European Time (Copenhagen)' },
  { id: 'Europe/Oslo', label: 'Central European Time (Oslo)' },
  { id: 'Europe/Stockholm', label: 'Central European Time (Stockholm)' },
  { id: 'Europe/Prague', label: 'Central European Time (Prague)' },
  { id: 'Europe/Bratislava', label: 'Central European Time (Bratislava)' },
  { id: 'Europe/Warsaw', label: 'Central European Time (Warsaw)' },
  { id: 'Europe/Budapest', label: 'Central European Time (Budapest)' },
  { id: 'Europe/Ljubljana', label: 'Central European Time (Ljubljana)' },
  { id: 'Europe/Zagreb', label: 'Central European Time (Zagreb)' },
  { id: 'Europe/Belgrade', label: 'Central European Time (Belgrade)' },
  { id: 'Europe/Malta', label: 'Central European Time (Valletta)' },
  { id: 'Europe/Helsinki', label: 'Eastern European Time (Helsinki)' },
  { id: 'Europe/Tallinn', label: 'Eastern European Time (Tallinn)' },
  { id: 'Europe/Riga', label: 'Eastern European Time (Riga)' },
  { id: 'Europe/Vilnius', label: 'Eastern European Time (Vilnius)' },
  { id: 'Europe/Athens', label: 'Eastern European Time (Athens)' },
  { id: 'Europe/Sofia', label: 'Eastern European Time (Sofia)' },
  { id: 'Europe/Bucharest', label: 'Eastern European Time (Bucharest)' },
  { id: 'Asia/Nicosia', label: 'Eastern European Time (Nicosia)' },
  { id: 'Europe/Istanbul', label: 'Turkey Time (Istanbul)' },
  // Middle East and Africa
  { id: 'Asia/Jerusalem', label: 'Israel Time (Jerusalem)' },
  { id: 'Asia/Amman', label: 'Jordan Time (Amman)' },
  { id: 'Asia/Riyadh', label: 'Arabia Time (Riyadh)' },
  { id: 'Asia/Kuwait', label: 'Arabia Time (Kuwait)' },
  { id: 'Asia/Bahrain', label: 'Arabia Time (Bahrain)' },
  { id: 'Asia/Qatar', label: 'Arabia Time (Doha)' },
  { id: 'Asia/Dubai', label: 'Gulf Time (Dubai)' },
  { id: 'Asia/Muscat', label: 'Gulf Time (Muscat)' },
  { id: 'Africa/Cairo', label: 'Eastern European Time (Cairo)' },
  { id: 'Africa/Casablanca', label: 'Morocco Time (Casablanca)' },
  { id: 'Africa/Lagos', label: 'West Africa Time (Lagos)' },
  { id: 'Africa/Accra', label: 'Greenwich Mean Time (Accra)' },
  { id: 'Africa/Nairobi', label: 'East Africa Time (Nairobi)' },
  { id: 'Africa/Johannesburg', label: 'South Africa Time (Johannesburg)' },
  // Asia
  { id: 'Asia/Karachi', label: 'Pakistan Time (Karachi)' },
  { id: 'Asia/Kolkata', label: 'India Time (Kolkata)' },
  { id: 'Asia/Colombo', label: 'Sri Lanka Time (Colombo)' },
  { id: 'Asia/Kathmandu', label: 'Nepal Time (Kathmandu)' },
  { id: 'Asia/Dhaka', label: 'Bangladesh Time (Dhaka)' },
  { id: 'Asia/Bangkok', label: 'Indochina Time (Bangkok)' },
  { id: 'Asia/Ho_Chi_Minh', label: 'Indochina Time (Ho Chi Minh City)' },
  { id: 'Asia/Jakarta', label: 'Western Indonesia Time (Jakarta)' },
  { id: 'Asia/Kuala_Lumpur', label: 'Malaysia Time (Kuala Lumpur)' },
  { id: 'Asia/Singapore', label: 'Singapore Time' },
  { id: 'Asia/Manila', label: 'Philippine Time (Manila)' },
  { id: 'Asia/Hong_Kong', label: 'Hong Kong Time' },
  { id: 'Asia/Shanghai', label: 'China Time (Shanghai)' },
  { id: 'Asia/Taipei', label: 'Taipei Time' },
  { id: 'Asia/Seoul', label: 'Korea Time (Seoul)' },
  { id: 'Asia/Tokyo', label: 'Japan Time (Tokyo)' },
  // Oceania
  { id: 'Australia/Perth', label: 'Australian Western Time (Perth)' },
  { id: 'Australia/Darwin', label: 'Australian Central Time (Darwin)' },
  { id: 'Australia/Adelaide', label: 'Australian Central Time (Adelaide)' },
  { id: 'Australia/Brisbane', label: 'Australian Eastern Time, no DST (Brisbane)' },
  { id: 'Australia/Sydney', label: 'Australian Eastern Time (Sydney)' },
  { id: 'Australia/Melbourne', label: 'Australian Eastern Time (Melbourne)' },
  { id: 'Australia/Hobart', label: 'Australian Eastern Time (Hobart)' },
  { id: 'Pacific/Guam', label: 'Chamorro Time (Guam)' },
  { id: 'Pacific/Auckland', label: 'New Zealand Time (Auckland)' },
  { id: 'Pacific/Fiji', label: 'Fiji Time (Suva)' },
] as const;
export type SupportedTimezone = (typeof SUPPORTED_TIMEZONES)[number]['id'];

const TIMEZONE_IDS: ReadonlySet<string> = new Set(SUPPORTED_TIMEZONES.map((t) => t.id));

/** Exact, case-sensitive: IANA names are case-sensitive identifiers. */
export function isSupportedTimezone(value: string): value is SupportedTimezone {
  return TIMEZONE_IDS.has(value);
}

/** The supported zone a mistyped value most likely meant (case or separator slip), for error hints. */
export function suggestTimezone(value: string): SupportedTimezone | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return SUPPORTED_TIMEZONES.find((t) => t.id.toLowerCase() === key)?.id;
}

// ---------------------------------------------------------------------------
// Countries

export interface Country {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  /** Decides the default global dial-in of the meeting site (see DIAL_IN_BY_REGION). */
  region: Region;
  requiresState: boolean;
  requiresPostalCode: boolean;
  defaultLanguage: SupportedLanguage;
  defaultTimezone: SupportedTimezone;
}

type CountryRow = readonly [
  code: string,
  name: string,
  region: Region,
  requiresState: boolean,
  requiresPostalCode: boolean,
  defaultLanguage: SupportedLanguage,
  defaultTimezone: SupportedTimezone,
];

/**
 * Countries where Webex Wholesale is plausibly sold. Cisco's list is not public; this is
 * the simulator's maintained table (see the file comment).
 *
 * Regions follow the dial-in fallback of the brief: EURO is the EU/EEA plus Switzerland
 * (German dial-in), EMEA the rest of Europe, the Middle East and Africa (UK dial-in).
 * State is required where addresses are not deliverable without it (US, CA, AU, BR, MX,
 * IN); the postal code wherever the postal system depends on it, but not in countries
 * without a nationwide postcode system (AE, HK, QA, PA, JM) or where it is optional in
 * practice (IE's Eircode).
 */
const COUNTRY_ROWS: readonly CountryRow[] = [
  // AMER
  ['US', 'United States', 'AMER', true, true, 'en_US', 'America/New_York'],
  ['CA', 'Canada', 'AMER', true, true, 'en_CA', 'America/Toronto'],
  ['MX', 'Mexico', 'AMER', true, true, 'es_MX', 'America/Mexico_City'],
  ['BR', 'Brazil', 'AMER', true, true, 'pt_BR', 'America/Sao_Paulo'],
  ['AR', 'Argentina', 'AMER', false, true, 'es_MX', 'America/Argentina/Buenos_Aires'],
  ['CL', 'Chile', 'AMER', false, true, 'es_MX', 'America/Santiago'],
  ['CO', 'Colombia', 'AMER', false, true, 'es_CO', 'America/Bogota'],
  ['PE', 'Peru', 'AMER', false, true, 'es_MX', 'America/Lima'],
  ['EC', 'Ecuador', 'AMER', false, true, 'es_MX', 'America/Guayaquil'],
  ['UY', 'Uruguay', 'AMER', false, true, 'es_MX', 'America/Montevideo'],
  ['CR', 'Costa Rica', 'AMER', false, true, 'es_MX', 'America/Costa_Rica'],
  ['GT', 'Guatemala', 'AMER', false, true, 'es_MX', 'America/Guatemala'],
  ['PA', 'Panama', 'AMER', false, false, 'es_MX', 'America/Panama'],
  ['DO', 'Dominican Republic', 'AMER', false, true, 'es_MX', 'America/Santo_Domingo'],
  ['PR', 'Puerto Rico', 'AMER', false, true, 'en_US', 'America/Puerto_Rico'],
  ['JM', 'Jamaica', 'AMER', false, false, 'en_US', 'America/Jamaica'],
  // ANZ
  ['AU', 'Australia', 'ANZ', true, true, 'en_AU', 'Australia/Sydney'],
  ['NZ', 'New Zealand', 'ANZ', false, true, 'en_AU', 'Pacific/Auckland'],
  // APAC
  ['JP', 'Japan', 'APAC', false, true, 'ja_JP', 'Asia/Tokyo'],
  ['SG', 'Singapore', 'APAC', false, true, 'en_GB', 'Asia/Singapore'],
  ['IN', 'India', 'APAC', true, true, 'en_GB', 'Asia/Kolkata'],
  ['HK', 'Hong Kong', 'APAC', false, false, 'zh_TW', 'Asia/Hong_Kong'],
  ['KR', 'South Korea', 'APAC', false, true, 'ko_KR', 'Asia/Seoul'],
  ['TW', 'Taiwan', 'APAC', false, true, 'zh_TW', 'Asia/Taipei'],
  ['MY', 'Malaysia', 'APAC', false, true, 'en_GB', 'Asia/Kuala_Lumpur'],
  ['PH', 'Philippines', 'APAC', false, true, 'en_US', 'Asia/Manila'],
  ['TH', 'Thailand', 'APAC', false, true, 'en_US', 'Asia/Bangkok'],
  ['ID', 'Indonesia', 'APAC', false, true, 'id_ID', 'Asia/Jakarta'],
  ['VN', 'Vietnam', 'APAC', false, true, 'en_US', 'Asia/Ho_Chi_Minh'],
  // EURO: EU/EEA and Switzerland
  ['AT', 'Austria', 'EURO', false, true, 'de_DE', 'Europe/Vienna'],
  ['BE', 'Belgium', 'EURO', false, true, 'nl_NL', 'Europe/Brussels'],
  ['BG', 'Bulgaria', 'EURO', false, true, 'en_GB', 'Europe/Sofia'],
  ['HR', 'Croatia', 'EURO', false, true, 'en_GB', 'Europe/Zagreb'],
  ['CY', 'Cyprus', 'EURO', false, true, 'en_GB', 'Asia/Nicosia'],
  ['CZ', 'Czechia', 'EURO', false, true, 'cs_CZ', 'Europe/Prague'],
  ['DK', 'Denmark', 'EURO', false, true, 'da_DK', 'Europe/Copenhagen'],
  ['EE', 'Estonia', 'EURO', false, true, 'en_GB', 'Europe/Tallinn'],
  ['FI', 'Finland', 'EURO', false, true, 'en_GB', 'Europe/Helsinki'],
  ['FR', 'France', 'EURO', false, true, 'fr_FR', 'Europe/Paris'],
  ['DE', 'Germany', 'EURO', false, true, 'de_DE', 'Europe/Berlin'],
  ['GR', 'Greece', 'EURO', false, true, 'en_GB', 'Europe/Athens'],
  ['HU', 'Hungary', 'EURO', false, true, 'hu_HU', 'Europe/Budapest'],
  ['IE', 'Ireland', 'EURO', false, false, 'en_GB', 'Europe/Dublin'],
  ['IT', 'Italy', 'EURO', false, true, 'it_IT', 'Europe/Rome'],
  ['LV', 'Latvia', 'EURO', false, true, 'en_GB', 'Europe/Riga'],
  ['LT', 'Lithuania', 'EURO', false, true, 'en_GB', 'Europe/Vilnius'],
  ['LU', 'Luxembourg', 'EURO', false, true, 'fr_FR', 'Europe/Luxembourg'],
  ['MT', 'Malta', 'EURO', false, true, 'en_GB', 'Europe/Malta'],
  ['NL', 'Netherlands', 'EURO', false, true, 'nl_NL', 'Europe/Amsterdam'],
  ['PL', 'Poland', 'EURO', false, true, 'pl_PL', 'Europe/Warsaw'],
  ['PT', 'Portugal', 'EURO', false, true, 'pt_PT', 'Europe/Lisbon'],
  ['RO', 'Romania', 'EURO', false, true, 'ro_RO', 'Europe/Bucharest'],
  ['SK', 'Slovakia', 'EURO', false, true, 'cs_CZ', 'Europe/Bratislava'],
  ['SI', 'Slovenia', 'EURO', false, true, 'en_GB', 'Europe/Ljubljana'],
  ['ES', 'Spain', 'EURO', false, true, 'es_ES', 'Europe/Madrid'],
  ['SE', 'Sweden', 'EURO', false, true, 'sv_SE', 'Europe/Stockholm'],
  ['NO', 'Norway', 'EURO', false, true, 'nb_NO', 'Europe/Oslo'],
  ['IS', 'Iceland', 'EURO', false, true, 'en_GB', 'Atlantic/Reykjavik'],
  ['LI', 'Liechtenstein', 'EURO', false, true, 'de_DE', 'Europe/Vaduz'],
  ['CH', 'Switzerland', 'EURO', false, true, 'de_DE', 'Europe/Zurich'],
  // EMEA: the rest of Europe, the Middle East and Africa
  ['GB', 'United Kingdom', 'EMEA', false, true, 'en_GB', 'Europe/London'],
  ['RS', 'Serbia', 'EMEA', false, true, 'en_GB', 'Europe/Belgrade'],
  ['TR', 'Türkiye', 'EMEA', false, true, 'tr_TR', 'Europe/Istanbul'],
  ['IL', 'Israel', 'EMEA', false, true, 'en_US', 'Asia/Jerusalem'],
  ['JO', 'Jordan', 'EMEA', false, true, 'ar_SA', 'Asia/Amman'],
  ['SA', 'Saudi Arabia', 'EMEA', false, true, 'ar_SA', 'Asia/Riyadh'],
  ['AE', 'United Arab Emirates', 'EMEA', false, false, 'en_GB', 'Asia/Dubai'],
  ['QA', 'Qatar', 'EMEA', false, false, 'en_GB', 'Asia/Qatar'],
  ['KW', 'Kuwait', 'EMEA', false, true, 'en_GB', 'Asia/Kuwait'],
  ['BH', 'Bahrain', 'EMEA', false, true, 'en_GB', 'Asia/Bahrain'],
  ['OM', 'Oman', 'EMEA', false, true, 'en_GB', 'Asia/Muscat'],
  ['EG', 'Egypt', 'EMEA', false, true, 'ar_SA', 'Africa/Cairo'],
  ['MA', 'Morocco', 'EMEA', false, true, 'fr_FR', 'Africa/Casablanca'],
  ['NG', 'Nigeria', 'EMEA', false, true, 'en_GB', 'Africa/Lagos'],
  ['KE', 'Kenya', 'EMEA', false, true, 'en_GB', 'Africa/Nairobi'],
  ['ZA', 'South Africa', 'EMEA', false, true, 'en_GB', 'Africa/Johannesburg'],
];

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(
  ([code, name, region, requiresState, requiresPostalCode, defaultLanguage, defaultTimezone]) => ({
    code,
    name,
    region,
    requiresState,
    requiresPostalCode,
    defaultLanguage,
    defaultTimezone,
  }),
);

const COUNTRY_BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Case-insensitive, so callers can look up what a user typed before it is normalised. */
export function findCountry(code: string): Country | undefined {
  return COUNTRY_BY_CODE.get(code.trim().toUpperCase());
}

// ---------------------------------------------------------------------------
// Subdivisions

export interface Subdivision {
  /** ISO 3166-2 code without the country prefix, e.g. `CA` for California. */
  code: string;
  name: string;
}

/**
 * Subdivisions of the countries whose state is validated against a list. Brazil, Mexico
 * and India require a state too, but only its presence is checked for them until their
 * lists are added here.
 */
export const SUBDIVISIONS: Readonly<Record<string, readonly Subdivision[]>> = {
  US: [
    { code: 'AL', name: 'Alabama' },
    { code: 'AK', name: 'Alaska' },
    { code: 'AZ', name: 'Arizona' },
    { code: 'AR', name: 'Arkansas' },
    { code: 'CA', name: 'California' },
    { code: 'CO', name: 'Colorado' },
    { code: 'CT', name: 'Connecticut' },
    { code: 'DE', name: 'Delaware' },
    { code: 'DC', name: 'District of Columbia' },
    { code: 'FL', name: 'Florida' },
    { code: 'GA', name: 'Georgia' },
    { code: 'HI', name: 'Hawaii' },
    { code: 'ID', name: 'Idaho' },
    { code: 'IL', name: 'Illinois' },
    { code: 'IN', name: 'Indiana' },
    { code: 'IA', name: 'Iowa' },
    { code: 'KS', name: 'Kansas' },
    { code: 'KY', name: 'Kentucky' },
    { code: 'LA', name: 'Louisiana' },
    { code: 'ME', name: 'Maine' },
    { code: 'MD', name: 'Maryland' },
    { code: 'MA', name: 'Massachusetts' },
    { code: 'MI', name: 'Michigan' },
    { code: 'MN', name: 'Minnesota' },
    { code: 'MS', name: 'Mississippi' },
    { code: 'MO', name: 'Missouri' },
    { code: 'MT', name: 'Montana' },
    { code: 'NE', name: 'Nebraska' },
    { code: 'NV', name: 'Nevada' },
    { code: 'NH', name: 'New Hampshire' },
    { code: 'NJ', name: 'New Jersey' },
    { code: 'NM', name: 'New Mexico' },
    { code: 'NY', name: 'New York' },
    { code: 'NC', name: 'North Carolina' },
    { code: 'ND', name: 'North Dakota' },
    { code: 'OH', name: 'Ohio' },
    { code: 'OK', name: 'Oklahoma' },
    { code: 'OR', name: 'Oregon' },
    { code: 'PA', name: 'Pennsylvania' },
    { code: 'RI', name: 'Rhode Island' },
    { code: 'SC', name: 'South Carolina' },
    { code: 'SD', name: 'South Dakota' },
    { code: 'TN', name: 'Tennessee' },
    { code: 'TX', name: 'Texas' },
    { code: 'UT', name: 'Utah' },
    { code: 'VT', name: 'Vermont' },
    { code: 'VA', name: 'Virginia' },
    { code: 'WA', name: 'Washington' },
    { code: 'WV', name: 'West Virginia' },
    { code: 'WI', name: 'Wisconsin' },
    { code: 'WY', name: 'Wyoming' },
    { code: 'AS', name: 'American Samoa' },
    { code: 'GU', name: 'Guam' },
    { code: 'MP', name: 'Northern Mariana Islands' },
    { code: 'PR', name: 'Puerto Rico' },
    { code: 'VI', name: 'U.S. Virgin Islands' },
  ],
  CA: [
    { code: 'AB', name: 'Alberta' },
    { code: 'BC', name: 'British Columbia' },
    { code: 'MB', name: 'Manitoba' },
    { code: 'NB', name: 'New Brunswick' },
    { code: 'NL', name: 'Newfoundland and Labrador' },
    { code: 'NS', name: 'Nova Scotia' },
    { code: 'NT', name: 'Northwest Territories' },
    { code: 'NU', name: 'Nunavut' },
    { code: 'ON', name: 'Ontario' },
    { code: 'PE', name: 'Prince Edward Island' },
    { code: 'QC', name: 'Quebec' },
    { code: 'SK', name: 'Saskatchewan' },
    { code: 'YT', name: 'Yukon' },
  ],
  AU: [
    { code: 'ACT', name: 'Australian Capital Territory' },
    { code: 'NSW', name: 'New South Wales' },
    { code: 'NT', name: 'Northern Territory' },
    { code: 'QLD', name: 'Queensland' },
    { code: 'SA', name: 'South Australia' },
    { code: 'TAS', name: 'Tasmania' },
    { code: 'VIC', name: 'Victoria' },
    { code: 'WA', name: 'Western Australia' },
  ],
};

/**
 * Checks stateOrProvince against SUBDIVISIONS. Accepts the code in any case, also with
 * its country prefix (`US-CA`), and returns the bare upper-case code. Full names are
 * refused with a hint, because the spec asks for ISO 3166 codes and a name would not
 * round-trip through Webex's calling location APIs. Countries without a list accept any
 * non-empty value unchanged.
 */
export function normalizeSubdivision(countryCode: string, value: string): NormalizeResult {
  const country = countryCode.trim().toUpperCase();
  const list = SUBDIVISIONS[country];
  const trimmed = value.trim();
  if (!list) return trimmed ? { ok: true, value: trimmed } : { ok: false, reason: 'must not be empty' };
  const upper = trimmed.toUpperCase();
  const bare = upper.startsWith(`${country}-`) ? upper.slice(country.length + 1) : upper;
  if (list.some((s) => s.code === bare)) return { ok: true, value: bare };
  const byName = list.find((s) => s.name.toUpperCase() === upper);
  const hint = byName
    ? `use the code ${byName.code} for ${byName.name}`
    : `one of: ${list.map((s) => s.code).join(', ')}`;
  return { ok: false, reason: `"${value}" is not an ISO 3166-2 subdivision code of ${country}; ${hint}` };
}

// ---------------------------------------------------------------------------
// Dial-in

/** Default global dial-in of a meeting site, by the region of the org's country (brief). */
export const DIAL_IN_BY_REGION: Readonly<Record<Region, { callingCode: string; country: string }>> = {
  AMER: { callingCode: '+1', country: 'US' },
  APAC: { callingCode: '+65', country: 'SG' },
  ANZ: { callingCode: '+61', country: 'AU' },
  EMEA: { callingCode: '+44', country: 'GB' },
  EURO: { callingCode: '+49', country: 'DE' },
};
