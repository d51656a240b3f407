/**
 * ISO 4217 facts money arithmetic needs on both sides of the wire (the simulator validates
 * price books with them, the SPA parses and formats amounts): which codes exist and how
 * many decimals their minor unit has. No zod here, so the SPA's money module stays light.
 */

/** ISO 4217 minor-unit exponents other than the usual 2 (JPY has none, KWD has 3). */
const ZERO_DECIMALS = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'.split(' ');
const THREE_DECIMALS = 'BHD IQD JOD KWD LYD OMR TND'.split(' ');
const MINOR_DIGIT_EXCEPTIONS: ReadonlyMap<string, number> = new Map([
  ...ZERO_DECIMALS.map((code) => [code, 0] as const),
  ...THREE_DECIMALS.map((code) => [code, 3] as const),
  ['CLF', 4],
  ['UYW', 4],
]);

/** Digits after the decimal point of the currency's minor unit (USD 2, JPY 0, KWD 3). */
export function currencyMinorDigits(currency: string): number {
  return MINOR_DIGIT_EXCEPTIONS.get(currency) ?? 2;
}

/** A 3-letter ISO 4217 code the runtime's Intl knows (so it can also be formatted). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : null;
  return known === null || known.includes(code);
}
