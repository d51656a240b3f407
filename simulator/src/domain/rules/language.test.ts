import { describe, expect, it } from 'vitest';
import { resolveLanguage } from './language';

const opts = (countryHint: string | undefined, fallback = 'de_DE') => ({
  countryHint,
  fallback,
  field: 'customerInfo.language',
});

describe('resolveLanguage', () => {
  it('uses the fallback (the template language) when nothing is given', () => {
    expect(resolveLanguage(undefined, opts('US'))).toEqual({ ok: true, value: 'de_DE' });
    expect(resolveLanguage('  ', opts('US'))).toEqual({ ok: true, value: 'de_DE' });
  });

  it('completes a bare language with the template country when the pair is supported', () => {
    expect(resolveLanguage('en', opts('GB'))).toEqual({ ok: true, value: 'en_GB' });
    expect(resolveLanguage('fr', opts('CA'))).toEqual({ ok: true, value: 'fr_CA' });
    expect(resolveLanguage('es', opts('MX'))).toEqual({ ok: true, value: 'es_MX' });
  });

  it('falls back to the language default when the country does not form a supported pair', () => {
    expect(resolveLanguage('fr', opts('US'))).toEqual({ ok: true, value: 'fr_FR' });
    expect(resolveLanguage('pt', opts('US'))).toEqual({ ok: true, value: 'pt_PT' });
    expect(resolveLanguage('en', opts(undefined))).toEqual({ ok: true, value: 'en_US' });
  });

  it('canonicalises 5-character locales in any case or separator', () => {
    expect(resolveLanguage('en_us', opts('GB'))).toEqual({ ok: true, value: 'en_US' });
    expect(resolveLanguage('PT-br', opts('US'))).toEqual({ ok: true, value: 'pt_BR' });
  });

  it('refuses unsupported values, naming the field and listing what is allowed', () => {
    for (const input of ['xx', 'en_ZZ', 'english']) {
      const result = resolveLanguage(input, opts('US'));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problem).toMatchObject({ code: 'UNSUPPORTED_LANGUAGE', field: 'customerInfo.language' });
      expect(result.problem.message).toContain('en_US');
      expect(result.problem.message).toContain('tr_TR');
    }
  });
});
