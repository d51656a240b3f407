import { csvLine } from '@/shared/csv/csv-writer';
import type { Page } from '@/shared/api/paging';
import type { SubPartnerEntry } from '@/shared/api/sub-partners';

export const DIRECTORY_CSV_HEADER = [
  'Org ID',
  'Name',
  'Provisioning state',
  'Created',
  'Billing start date',
  'Subscription ID',
  'Customers',
] as const;

export function directoryCsvLine(e: SubPartnerEntry): string {
  return csvLine([
    e.orgId,
    e.name,
    e.provisioningState,
    e.created,
    e.billingStartDate,
    e.subscriptionId ?? '',
    e.customerCount,
  ]);
}

/**
 * Every sub-partner the filter matches (not only the page shown), following `rel="next"`
 * 100 at a time: a CSV with a UTF-8 BOM (so Excel reads accented names) and CRLF lines.
 * `fetchPage(null)` is the first page. Stops between pages when `signal` aborts.
 */
export async function exportDirectoryCsv(
  fetchPage: (next: string | null, signal: AbortSignal) => Promise<Page<SubPartnerEntry>>,
  signal: AbortSignal,
  onProgress?: (rows: number) => void,
): Promise<{ csv: string; rows: number }> {
  const lines = [csvLine([...DIRECTORY_CSV_HEADER])];
  let next: string | null = null;
  let rows = 0;
  do {
    signal.throwIfAborted();
    const page: Page<SubPartnerEntry> = await fetchPage(next, signal);
    for (const entry of page.items) lines.push(directoryCsvLine(entry));
    rows += page.items.length;
    onProgress?.(rows);
    next = page.items.length > 0 ? page.next : null;
  } while (next);
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows };
}
