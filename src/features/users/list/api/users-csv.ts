import type { Subscriber } from '@contract/wholesale';
import { csvLine, type CsvValue } from '@/shared/csv/csv-writer';
import type { Page } from '@/shared/api/paging';

export const USER_CSV_HEADER = [
  'Subscriber ID',
  'E-mail',
  'Customer ID',
  'External customer ID',
  'Packages',
  'Status',
  'Person ID',
  'Created',
  'Last status change',
  'Error codes',
] as const;

export function userCsvRow(user: Subscriber): CsvValue[] {
  return [
    user.id,
    user.email,
    user.customerId,
    user.externalCustomerId,
    user.packages.join('; '),
    user.status,
    user.personId,
    user.created,
    user.lastStatusChange,
    [...new Set(user.errors.map((e) => e.errorCode).filter((c) => c !== undefined))].join('; '),
  ];
}

export interface UsersCsvOptions {
  /** The first page for `null`, then each `Link: rel="next"` URL verbatim. */
  fetchPage: (next: string | null, signal: AbortSignal) => Promise<Page<Subscriber>>;
  /** Keeps only users holding this package (the API cannot filter by package). */
  pkg?: string;
  signal: AbortSignal;
  onProgress?: (progress: { pages: number; rows: number }) => void;
}

/**
 * The users of the current filter as CSV. Pages are read one at a time by following Link
 * headers and turned into text at once, so memory holds CSV lines, never the parsed users
 * of every page. Aborting the signal stops between pages.
 */
export async function exportUsersCsv(options: UsersCsvOptions): Promise<{ blob: Blob; rows: number }> {
  const { fetchPage, pkg, signal, onProgress } = options;
  const chunks: string[] = ['\uFEFF' + csvLine(USER_CSV_HEADER) + '\r\n'];
  let next: string | null = null;
  let pages = 0;
  let rows = 0;
  do {
    signal.throwIfAborted();
    const page = await fetchPage(next, signal);
    const kept = pkg ? page.items.filter((u) => u.packages.includes(pkg)) : page.items;
    if (kept.length > 0) chunks.push(kept.map((u) => csvLine(userCsvRow(u)) + '\r\n').join(''));
    pages += 1;
    rows += kept.length;
    onProgress?.({ pages, rows });
    next = page.items.length > 0 ? page.next : null;
  } while (next);
  return { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), rows };
}
