import type { Customer } from '@contract/wholesale';
import { csvLine, type CsvValue } from '@/shared/csv/csv-writer';
import type { Page } from '@/shared/api/paging';

export const CUSTOMER_CSV_HEADER = [
  'Customer ID',
  'External ID',
  'Org ID',
  'Status',
  'Packages',
  'Package statuses',
  'Error codes',
  'Address line 1',
  'Address line 2',
  'City',
  'State or province',
  'Postal code',
  'Country',
] as const;

/** Codes of the customer's own errors and of every package's errors and warnings, once each. */
function errorCodes(customer: Customer): string {
  const codes = [
    ...customer.errors,
    ...(customer.resourceDetails?.packages ?? []).flatMap((p) => [...p.errors, ...p.warnings]),
  ]
    .map((e) => e.errorCode)
    .filter((code) => code !== undefined);
  return [...new Set(codes.map(String))].join('; ');
}

export function customerCsvRow(customer: Customer): CsvValue[] {
  const address = customer.address ?? {};
  return [
    customer.id,
    customer.externalId,
    customer.orgId,
    customer.status,
    customer.packages.join('; '),
    (customer.resourceDetails?.packages ?? []).map((p) => `${p.name}=${p.status ?? ''}`).join('; '),
    errorCodes(customer),
    address.addressLine1,
    address.addressLine2,
    address.city,
    address.stateOrProvince,
    address.zipOrPostalCode,
    address.country,
  ];
}

export interface CsvExportProgress {
  pages: number;
  rows: number;
}

export interface CsvExportOptions {
  /** The first page for `null`, then each `Link: rel="next"` URL verbatim. */
  fetchPage: (next: string | null, signal: AbortSignal) => Promise<Page<Customer>>;
  /** Keeps only customers holding this package (the API cannot filter by package). */
  pkg?: string;
  signal: AbortSignal;
  onProgress?: (progress: CsvExportProgress) => void;
}

/**
 * The customers of the current filter as a CSV file. Pages are read one at a time by
 * following Link headers and turned into text at once, so memory holds CSV lines, never
 * the parsed customers of every page. Aborting the signal stops between pages.
 */
export async function exportCustomersCsv(options: CsvExportOptions): Promise<{ blob: Blob; rows: number }> {
  const { fetchPage, pkg, signal, onProgress } = options;
  const chunks: string[] = ['\uFEFF' + csvLine(CUSTOMER_CSV_HEADER) + '\r\n'];
  let next: string | null = null;
  let pages = 0;
  let rows = 0;
  do {
    signal.throwIfAborted();
    const page = await fetchPage(next, signal);
    const kept = pkg ? page.items.filter((c) => c.packages.includes(pkg)) : page.items;
    if (kept.length > 0) chunks.push(kept.map((c) => csvLine(customerCsvRow(c)) + '\r\n').join(''));
    pages += 1;
    rows += kept.length;
    onProgress?.({ pages, rows });
    next = page.items.length > 0 ? page.next : null;
  } while (next);
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), rows };
}
