import type { Customer, SubPartner } from '@contract/wholesale';
import type { Page } from '@/shared/api/paging';

export interface SubPartnerSearchTerms {
  externalId?: string;
  orgId?: string;
}

export interface SubPartnerHit {
  subPartner: SubPartner;
  customer: Customer;
}

export interface SubPartnerSearchProgress {
  /** Sub-partners searched so far. */
  searched: number;
  /** Sub-partners to search; null while the list of sub-partners is still being read. */
  total: number | null;
}

export interface SubPartnerSearchResult {
  hits: SubPartnerHit[];
  /** Sub-partners whose search failed (e.g. a 403 or a timeout), with the error. */
  failures: { subPartner: SubPartner; error: unknown }[];
  /** Sub-partners with more matches than one page holds (open their view to see all). */
  truncated: SubPartner[];
  searched: number;
  total: number;
}

export interface SubPartnerSearchOptions {
  terms: SubPartnerSearchTerms;
  /** GET /wholesale/subPartners: the first page for `null`, then Link next URLs. */
  listSubPartners: (next: string | null, signal: AbortSignal) => Promise<Page<SubPartner>>;
  /** GET /wholesale/customers acting for one sub-partner, narrowed by the terms. */
  listCustomers: (
    subPartnerOrgId: string,
    terms: SubPartnerSearchTerms,
    signal: AbortSignal,
  ) => Promise<Page<Customer>>;
  signal: AbortSignal;
  /** Requests in flight at once: fast for many sub-partners without tripping the rate limit. */
  concurrency?: number;
  onProgress?: (progress: SubPartnerSearchProgress) => void;
  /** Matches as they arrive, so the first results show before the last sub-partner answers. */
  onHits?: (hits: SubPartnerHit[]) => void;
}

/**
 * A parent partner's explicit search of its sub-partners' customers. The API has no
 * cross-sub-partner query: the list of sub-partners is read (every page), then each
 * sub-partner's customers are asked for with the external ID / org ID filter, a few at a
 * time. Stopping (the signal) ends it between requests with what was found.
 */
export async function searchSubPartnerCustomers(options: SubPartnerSearchOptions): Promise<SubPartnerSearchResult> {
  const { terms, signal, concurrency = 4 } = options;
  const subPartners: SubPartner[] = [];
  let next: string | null = null;
  do {
    signal.throwIfAborted();
    const page = await options.listSubPartners(next, signal);
    subPartners.push(...page.items);
    next = page.items.length > 0 ? page.next : null;
  } while (next);

  const result: SubPartnerSearchResult = {
    hits: [],
    failures: [],
    truncated: [],
    searched: 0,
    total: subPartners.length,
  };
  options.onProgress?.({ searched: 0, total: subPartners.length });
  let cursor = 0;

  async function worker() {
    while (cursor < subPartners.length && !signal.aborted) {
      const subPartner = subPartners[cursor++];
      if (!subPartner) break;
      try {
        const page = await options.listCustomers(subPartner.orgId, terms, signal);
        const hits = page.items.map((customer) => ({ subPartner, customer }));
        if (page.next) result.truncated.push(subPartner);
        if (hits.length > 0) {
          result.hits.push(...hits);
          options.onHits?.(hits);
        }
      } catch (error) {
        if (signal.aborted) break;
        result.failures.push({ subPartner, error });
      }
      result.searched += 1;
      options.onProgress?.({ searched: result.searched, total: subPartners.length });
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, subPartners.length) }, worker));
  return result;
}
