/**
 * The price-book screen's form: one row per SKU (every package's SKU, plus any SKU the
 * stored book prices that is not a package), blank rows meaning "not priced". Checked
 * with parsePriceBook, the same rules the hub enforces, before anything is saved.
 */
import { CUSTOMER_PACKAGES, PACKAGE_INFO } from '@contract/packages';
import { parsePriceBook, type PriceBookInput } from '../../lib/price-book';

export interface PriceRow {
  transferPrice: string;
  resalePrice: string;
}

export interface PriceBookForm {
  currency: string;
  taxRatePercent: string;
  prices: Record<string, PriceRow>;
}

export interface SkuRow {
  sku: string;
  /** The package's name, or null for a SKU only the book knows. */
  label: string | null;
}

export function skuRows(book: PriceBookInput): SkuRow[] {
  const known = CUSTOMER_PACKAGES.map((p) => ({ sku: PACKAGE_INFO[p].billingSku, label: PACKAGE_INFO[p].label }));
  const skus = new Set(known.map((k) => k.sku));
  const extra = Object.keys(book.prices)
    .filter((sku) => !skus.has(sku))
    .sort()
    .map((sku) => ({ sku, label: null }));
  return [...known, ...extra];
}

export function toForm(book: PriceBookInput): PriceBookForm {
  return {
    currency: book.currency,
    taxRatePercent: book.taxRatePercent,
    prices: Object.fromEntries(
      skuRows(book).map(({ sku }) => [
        sku,
        { transferPrice: book.prices[sku]?.transferPrice ?? '', resalePrice: book.prices[sku]?.resalePrice ?? '' },
      ]),
    ),
  };
}

/** The book to save, or field errors keyed like the form (`prices.WEBEX_CALLING.resalePrice`). */
export function fromForm(
  form: PriceBookForm,
): { ok: true; book: PriceBookInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const prices: Record<string, PriceRow> = {};
  for (const [sku, row] of Object.entries(form.prices)) {
    const [transfer, resale] = [row.transferPrice.trim(), row.resalePrice.trim()];
    if (!transfer && !resale) continue;
    if (!transfer) errors[`prices.${sku}.transferPrice`] = 'Enter the transfer price too, or clear both prices.';
    if (!resale) errors[`prices.${sku}.resalePrice`] = 'Enter the resale price too, or clear both prices.';
    prices[sku] = { transferPrice: transfer, resalePrice: resale };
  }
  const book = { currency: form.currency.trim().toUpperCase(), taxRatePercent: form.taxRatePercent.trim(), prices };
  const checked = parsePriceBook(book);
  if (!checked.ok) Object.assign(errors, checked.errors, errors);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, book };
}
