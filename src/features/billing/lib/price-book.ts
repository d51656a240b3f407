/**
 * The partner's price book: what Cisco charges per unit and month (transfer price), what
 * the partner charges its customers (resale price), per SKU as billing reports name them,
 * plus the currency and the tax rate on resale. Prices are bigint minor units; the form
 * and storage use decimal strings (`PriceBookInput`), validated field by field.
 */
import { PACKAGE_INFO, isCustomerPackage } from '@contract/packages';
import { isCurrencyCode, minorDigits, parseDecimal, formatDecimal } from './money';

/** Tax rates take up to 4 decimals (8.875 % is New York City's sales tax). */
export const TAX_RATE_DIGITS = 4;

export interface UnitPrices {
  /** Minor units per unit and month charged by Cisco. */
  transferPrice: bigint;
  /** Minor units per unit and month charged to the customer. */
  resalePrice: bigint;
}

export interface PriceBook {
  /** ISO 4217, e.g. USD. */
  currency: string;
  /** Percent as a decimal string, e.g. "8.875". */
  taxRatePercent: string;
  /** Keyed by the report's SKU column, e.g. WEBEX_CALLING. */
  prices: Readonly<Record<string, UnitPrices>>;
}

export interface PriceBookInput {
  currency: string;
  taxRatePercent: string;
  prices: Readonly<Record<string, { transferPrice: string; resalePrice: string }>>;
}

/** Field errors keyed like react-hook-form names: `currency`, `prices.WEBEX_CALLING.resalePrice`. */
export type PriceBookResult = { ok: true; priceBook: PriceBook } | { ok: false; errors: Record<string, string> };

/** The SKU a package carries in billing reports (the simulator writes unknown ones in upper case). */
export function skuForPackage(pkg: string): string {
  return isCustomerPackage(pkg) ? PACKAGE_INFO[pkg].billingSku : pkg.toUpperCase();
}

export function parsePriceBook(input: PriceBookInput): PriceBookResult {
  const errors: Record<string, string> = {};
  const currency = input.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) {
    errors['currency'] = `Enter a 3-letter ISO 4217 currency code such as USD or EUR (got "${input.currency}").`;
  }
  const rate = parseDecimal(input.taxRatePercent, TAX_RATE_DIGITS);
  if (!rate.ok || rate.value < 0n || rate.value > 100n * 10n ** BigInt(TAX_RATE_DIGITS)) {
    errors['taxRatePercent'] =
      `Enter a tax rate from 0 to 100 percent with at most ${TAX_RATE_DIGITS} decimals, such as 8.875 (got "${input.taxRatePercent}").`;
  }
  const digits = isCurrencyCode(currency) ? minorDigits(currency) : 2;
  const prices: Record<string, UnitPrices> = {};
  for (const [sku, entry] of Object.entries(input.prices)) {
    const parsed: Partial<UnitPrices> = {};
    for (const field of ['transferPrice', 'resalePrice'] as const) {
      const result = parseDecimal(entry[field], digits);
      if (!result.ok || result.value < 0n) {
        const example = formatDecimal((1250n * 10n ** BigInt(digits)) / 100n, digits);
        errors[`prices.${sku}.${field}`] =
          `Enter a price of 0 or more with at most ${digits} decimals for ${isCurrencyCode(currency) ? currency : 'this currency'}, such as ${example} (got "${entry[field]}").`;
      } else parsed[field] = result.value;
    }
    if (parsed.transferPrice !== undefined && parsed.resalePrice !== undefined) {
      prices[sku] = { transferPrice: parsed.transferPrice, resalePrice: parsed.resalePrice };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, priceBook: { currency, taxRatePercent: input.taxRatePercent.trim(), prices } };
}

/** Back to decimal strings, for the form and for JSON storage (bigint has no JSON form). */
export function priceBookToInput(book: PriceBook): PriceBookInput {
  const digits = minorDigits(book.currency);
  return {
    currency: book.currency,
    taxRatePercent: book.taxRatePercent,
    prices: Object.fromEntries(
      Object.entries(book.prices).map(([sku, p]) => [
        sku,
        { transferPrice: formatDecimal(p.transferPrice, digits), resalePrice: formatDecimal(p.resalePrice, digits) },
      ]),
    ),
  };
}
