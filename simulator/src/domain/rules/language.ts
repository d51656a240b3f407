import { normalizeLanguage } from '@contract/reference-data';
import type { Problem } from './problems';

export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * The 5-character locale a customer (or location) gets. A bare `en` is completed with the
 * onboarding template's country when that pair is supported, else with the language's
 * default locale (product brief, "Language"); nothing given means the template's language.
 */
export function resolveLanguage(
  input: string | undefined,
  opts: { countryHint: string | undefined; fallback: string; field: string },
): Resolved<string> {
  if (input === undefined || input.trim() === '') return { ok: true, value: opts.fallback };
  const checked = normalizeLanguage(input, opts.countryHint);
  if (checked.ok) return { ok: true, value: checked.value };
  return { ok: false, problem: { code: 'UNSUPPORTED_LANGUAGE', field: opts.field, message: checked.reason } };
}
