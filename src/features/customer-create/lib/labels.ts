import { COUNTRIES, SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES, findCountry } from '@contract/reference-data';

export function languageName(code: string): string {
  return SUPPORTED_LANGUAGES.find((l) => l.code === code)?.name ?? code;
}

export function timezoneName(id: string): string {
  const zone = SUPPORTED_TIMEZONES.find((t) => t.id === id);
  return zone ? `${zone.label} — ${zone.id}` : id;
}

export function countryName(code: string): string {
  return findCountry(code)?.name ?? code;
}

export const COUNTRY_OPTIONS = [...COUNTRIES]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((c) => ({ value: c.code, label: c.name }));
export const LANGUAGE_OPTIONS = SUPPORTED_LANGUAGES.map((l) => ({ value: l.code, label: l.name }));
export const TIMEZONE_OPTIONS = SUPPORTED_TIMEZONES.map((t) => ({ value: t.id, label: `${t.label} — ${t.id}` }));
