import type { Customer } from '@contract/wholesale';
import type { Page } from '@/shared/api/paging';

/** Server pages read per scan step before pausing for the admin to continue. */
export const SCAN_PAGE_BUDGET = 10;
/** The largest page the API serves: fewest requests per customer scanned. */
export const SCAN_PAGE_SIZE = 100;

export type ScanEnd =
  /** Enough matches for one page of results; more may follow from `nextOffset`. */
  | 'filled'
  /** The list ended. */
  | 'end'
  /** The page budget ran out before the page filled: the admin decides whether to go on. */
  | 'paused'
  /** The admin pressed Stop. */
  | 'stopped';

export interface ScanStep {
  matches: Customer[];
  /** Customers read in this step. */
  scanned: number;
  /** Server offset to resume from; null when the list ended. */
  nextOffset: number | null;
  end: ScanEnd;
}

export interface ScanOptions {
  /** One server page at `offset` (the other filters are the caller's). */
  fetchPage: (offset: number, max: number) => Promise<Page<Customer>>;
  pkg: string;
  startOffset: number;
  /** Matches still wanted for the results page. */
  want: number;
  pageBudget?: number;
  pageSize?: number;
  onProgress?: (progress: { scanned: number; matched: number }) => void;
  /** Checked between pages: Stop ends the step with what was found so far. */
  shouldStop?: () => boolean;
}

/**
 * The API cannot filter customers by package, and filtering one page in the browser
 * would silently hide matches on every other page. So a package filter scans the list
 * (already narrowed by status, external ID or org ID on the server) page by page, keeps
 * only matches, and stops as soon as a page of results is full, the list ends, the admin
 * stops it, or `pageBudget` pages were read — never the whole list in one go.
 */
export async function scanForPackage(options: ScanOptions): Promise<ScanStep> {
  const { fetchPage, pkg, want, pageBudget = SCAN_PAGE_BUDGET, pageSize = SCAN_PAGE_SIZE } = options;
  const matches: Customer[] = [];
  let offset = options.startOffset;
  let scanned = 0;
  for (let pages = 0; pages < pageBudget; pages++) {
    if (pages > 0 && options.shouldStop?.()) return { matches, scanned, nextOffset: offset, end: 'stopped' };
    const page = await fetchPage(offset, pageSize);
    for (const [index, customer] of page.items.entries()) {
      scanned += 1;
      if (!customer.packages.includes(pkg)) continue;
      matches.push(customer);
      if (matches.length >= want) {
        const lastOnList = index === page.items.length - 1 && !page.next;
        return { matches, scanned, nextOffset: lastOnList ? null : offset + index + 1, end: 'filled' };
      }
    }
    options.onProgress?.({ scanned, matched: matches.length });
    if (!page.next || page.items.length === 0) return { matches, scanned, nextOffset: null, end: 'end' };
    offset += page.items.length;
  }
  return { matches, scanned, nextOffset: offset, end: 'paused' };
}
