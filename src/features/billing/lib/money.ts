/**
 * Exact money: amounts are bigint counts of a scale's smallest step (minor units for
 * prices: cents for USD, yen for JPY, fils for KWD), parsed from and written as decimal
 * strings, never through floating point, so 0.10 + 0.20 is 0.30 and a million lines add
 * up to the cent.
 */
import { currencyMinorDigits, isCurrencyCode as isKnownCurrency } from '@contract/currencies';

/** A 3-letter ISO 4217 code the browser knows (it can format it). */
export const isCurrencyCode = isKnownCurrency;

/** Digits after the decimal point of the currency's minor unit (USD 2, JPY 0, KWD 3). */
export const minorDigits = currencyMinorDigits;

export type DecimalParse = { ok: true; value: bigint } | { ok: false; reason: 'format' | 'precision' };

/**
 * "12.5" at scale 2 is 1250n. Accepts an optional sign, digits and up to `scale`
 * decimals (a point with nothing before it, like ".5", too); no exponents or separators.
 */
export function parseDecimal(text: string, scale: number): DecimalParse {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return { ok: false, reason: 'format' };
  const fraction = match[3] ?? '';
  if (fraction.length > scale) return { ok: false, reason: 'precision' };
  const digits = (match[2] || '0') + fraction.padEnd(scale, '0');
  const value = BigInt(digits);
  return { ok: true, value: match[1] === '-' ? -value : value };
}

/** 1250n at scale 2 is "12.50"; -5n is "-0.05". */
export function formatDecimal(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** formatDecimal without trailing zeros after the point ("31.50" → "31.5", "31.00" → "31"). */
export function formatDecimalTrimmed(value: bigint, scale: number): string {
  const text = formatDecimal(value, scale);
  return scale > 0 ? text.replace(/\.?0+$/, '') : text;
}

/**
 * numerator ÷ denominator rounded to the nearest integer, ties to even ("banker's
 * rounding": 0.5 → 0, 1.5 → 2, 2.5 → 2, -2.5 → -2), which does not drift upwards over
 * many lines the way half-up does.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const quotient = n / denominator;
  const twiceRemainder = (n % denominator) * 2n;
  const rounded =
    twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n) ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** A minor-unit amount for people: "$1,234.50", "¥1,235", in the given locale. */
export function formatMoney(minor: bigint, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // A decimal string is formatted exactly (Intl.NumberFormat v3); a Number could round.
  return format.format(formatDecimal(minor, digits) as `${number}`);
}
