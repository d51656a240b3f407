// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  divideHalfEven,
  formatDecimal,
  formatDecimalTrimmed,
  formatMoney,
  isCurrencyCode,
  minorDigits,
  parseDecimal,
} from './money';
import { parsePriceBook, priceBookToInput, skuForPackage } from './price-book';

describe('money arithmetic', () => {
  it('parses decimals exactly at a scale, refusing extra precision and junk', () => {
    expect(parseDecimal('12.5', 2)).toEqual({ ok: true, value: 1250n });
    expect(parseDecimal(' 0.10 ', 2)).toEqual({ ok: true, value: 10n });
    expect(parseDecimal('.5', 2)).toEqual({ ok: true, value: 50n });
    expect(parseDecimal('-3', 2)).toEqual({ ok: true, value: -300n });
    expect(parseDecimal('8.875', 4)).toEqual({ ok: true, value: 88750n });
    expect(parseDecimal('12.345', 2)).toEqual({ ok: false, reason: 'precision' });
    for (const junk of ['', '.', '1,000', '1e3', '12.3.4', 'abc', '$5']) expect(parseDecimal(junk, 2).ok).toBe(false);
  });

  it('adds 0.10 and 0.20 to exactly 0.30, unlike floating point', () => {
    const sum = [0.1, 0.2].map((n) => parseDecimal(String(n), 2)).reduce((t, p) => t + (p.ok ? p.value : 0n), 0n);
    expect(formatDecimal(sum, 2)).toBe('0.30');
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('formats at a scale, with sign and padding', () => {
    expect(formatDecimal(1250n, 2)).toBe('12.50');
    expect(formatDecimal(-5n, 2)).toBe('-0.05');
    expect(formatDecimal(7n, 0)).toBe('7');
    expect(formatDecimal(1n, 3)).toBe('0.001');
    expect(formatDecimalTrimmed(315000n, 4)).toBe('31.5');
    expect(formatDecimalTrimmed(310000n, 4)).toBe('31');
  });

  it('rounds half to even, for positive and negative values', () => {
    const cases: [bigint, bigint, bigint][] = [
      [1n, 2n, 0n], // 0.5
      [3n, 2n, 2n], // 1.5
      [5n, 2n, 2n], // 2.5
      [7n, 2n, 4n], // 3.5
      [-5n, 2n, -2n], // -2.5
      [-7n, 2n, -4n], // -3.5
      [2n, 3n, 1n], // 0.667
      [-2n, 3n, -1n],
      [1n, 3n, 0n],
      [5n, -2n, -2n],
    ];
    for (const [n, d, expected] of cases) expect(divideHalfEven(n, d), `${n}/${d}`).toBe(expected);
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('knows currency minor units and formats money in a locale from exact decimals', () => {
    expect([minorDigits('USD'), minorDigits('JPY'), minorDigits('KWD'), minorDigits('EUR')]).toEqual([2, 0, 3, 2]);
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('ZZZ')).toBe(false);
    expect(formatMoney(123456789012345678n, 'USD', 'en-US')).toBe('$1,234,567,890,123,456.78');
    expect(formatMoney(1235n, 'JPY', 'en-US')).toBe('¥1,235');
  });
});

describe('price book', () => {
  it('parses prices into minor units of the currency and keeps the tax rate text', () => {
    const result = parsePriceBook({
      currency: 'usd',
      taxRatePercent: '8.875',
      prices: { WEBEX_CALLING: { transferPrice: '12.40', resalePrice: '18.6' } },
    });
    expect(result).toEqual({
      ok: true,
      priceBook: {
        currency: 'USD',
        taxRatePercent: '8.875',
        prices: { WEBEX_CALLING: { transferPrice: 1240n, resalePrice: 1860n } },
      },
    });
    if (result.ok) {
      expect(priceBookToInput(result.priceBook).prices['WEBEX_CALLING']).toEqual({
        transferPrice: '12.40',
        resalePrice: '18.60',
      });
    }
    const yen = parsePriceBook({
      currency: 'JPY',
      taxRatePercent: '10',
      prices: { X: { transferPrice: '1500', resalePrice: '2000' } },
    });
    expect(yen.ok && yen.priceBook.prices['X']).toEqual({ transferPrice: 1500n, resalePrice: 2000n });
  });

  it('names every bad field with what is allowed', () => {
    const result = parsePriceBook({
      currency: 'US',
      taxRatePercent: '101',
      prices: {
        WEBEX_CALLING: { transferPrice: '-1', resalePrice: '12.345' },
        WEBEX_SUITE: { transferPrice: '1', resalePrice: '2' },
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'currency',
      'prices.WEBEX_CALLING.resalePrice',
      'prices.WEBEX_CALLING.transferPrice',
      'taxRatePercent',
    ]);
    expect(result.errors['currency']).toBe('Enter a 3-letter ISO 4217 currency code such as USD or EUR (got "US").');
    expect(result.errors['prices.WEBEX_CALLING.resalePrice']).toContain('at most 2 decimals');
    const kwd = parsePriceBook({
      currency: 'KWD',
      taxRatePercent: '0',
      prices: { X: { transferPrice: '1.2345', resalePrice: '1' } },
    });
    expect(!kwd.ok && kwd.errors['prices.X.transferPrice']).toBe(
      'Enter a price of 0 or more with at most 3 decimals for KWD, such as 12.500 (got "1.2345").',
    );
  });

  it('maps packages to report SKUs', () => {
    expect(skuForPackage('webex_calling')).toBe('WEBEX_CALLING');
    expect(skuForPackage('new_package')).toBe('NEW_PACKAGE');
  });
});
