import type { Subscriber } from '@contract/wholesale';
import type { Page } from '@/shared/api/paging';

/** Server pages read per scan before pausing for the admin to continue. */
export const SCAN_PAGE_BUDGET = 10;
/** The largest page the API serves: fewest requests per user scanned. */
export const SCAN_PAGE_SIZE = 100;

export interface UsersScanResult {
  matches: Subscriber[];
  /** Users read by this scan. */
  scanned: number;
  /** Server offset to continue from; null when the list ended. */
  nextOffset: number | null;
  /** `filled`: a page of matches; `end`: the list ended; `paused`: the page budget ran out first. */
  end: 'filled' | 'end' | 'paused';
}

export interface UsersScanOptions {
  fetchPage: (offset: number, max: number) => Promise<Page<Subscriber>>;
  pkg: string;
  startOffset: number;
  want: number;
  pageBudget?: number;
  pageSize?: number;
}

/**
 * The API cannot filter users by package, and filtering one page in the browser would
 * silently hide matches on the other pages. So a package filter reads the list (already
 * narrowed by the server's filters) page by page from `startOffset`, keeps the matches,
 * and stops once a page of results is full, the list ends, or `pageBudget` pages were read.
 */
export async function scanUsersForPackage(options: UsersScanOptions): Promise<UsersScanResult> {
  const { fetchPage, pkg, want, pageBudget = SCAN_PAGE_BUDGET, pageSize = SCAN_PAGE_SIZE } = options;
  const matches: Subscriber[] = [];
  let offset = options.startOffset;
  let scanned = 0;
  for (let pages = 0; pages < pageBudget; pages++) {
    const page = await fetchPage(offset, pageSize);
    for (const [index, user] of page.items.entries()) {
      scanned += 1;
      if (!user.packages.includes(pkg)) continue;
      matches.push(user);
      if (matches.length >= want) {
        const lastOnList = index === page.items.length - 1 && !page.next;
        return { matches, scanned, nextOffset: lastOnList ? null : offset + index + 1, end: 'filled' };
      }
    }
    if (!page.next || page.items.length === 0) return { matches, scanned, nextOffset: null, end: 'end' };
    offset += page.items.length;
  }
  return { matches, scanned, nextOffset: offset, end: 'paused' };
}
