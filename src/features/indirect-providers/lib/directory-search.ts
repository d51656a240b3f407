import * as z from 'zod/mini';
import type { SubPartnerDirectoryParams } from '@/shared/api/sub-partners';

export const DIRECTORY_PAGE_SIZES = [25, 50, 100] as const;
export const PROVIDER_PAGE_SIZES = [10, 25, 50] as const;
export const DIRECTORY_SORTS = ['name', '-name', 'created', '-created'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
const SEARCH_MAX = 200;

/**
 * The directory's table state in the URL (`/o/$orgId/indirect-providers?q=…&state=…`), so
 * a filtered page can be reloaded, bookmarked and shared. zod/mini: route definitions are
 * in the entry chunk. Every field falls back to its default, so a mangled URL still opens.
 */
export const DirectorySearch = z.object({
  q: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(SEARCH_MAX))), undefined),
  state: z.catch(z.optional(z.enum(['active', 'suspended'])), undefined),
  sort: z.catch(z._default(z.enum(DIRECTORY_SORTS), 'name'), 'name'),
  offset: z.catch(z._default(z.int().check(z.minimum(0)), 0), 0),
  max: z.catch(z._default(z.union(DIRECTORY_PAGE_SIZES.map((n) => z.literal(n))), 50), 50),
});
export type DirectorySearch = z.infer<typeof DirectorySearch>;
/** Left out of the URL when they hold (stripSearchParams), so addresses stay short and stable. */
export const DIRECTORY_DEFAULTS = { sort: 'name', offset: 0, max: 50 } as const satisfies Partial<DirectorySearch>;

const SORT_PARAMS: Record<DirectorySort, Pick<SubPartnerDirectoryParams, 'sortBy' | 'sortOrder'>> = {
  name: { sortBy: 'name', sortOrder: 'ASC' },
  '-name': { sortBy: 'name', sortOrder: 'DESC' },
  created: { sortBy: 'created', sortOrder: 'ASC' },
  '-created': { sortBy: 'created', sortOrder: 'DESC' },
};

/** The API parameters of a URL state. */
export function directoryParams(search: DirectorySearch): SubPartnerDirectoryParams {
  return {
    q: search.q || undefined,
    provisioningState: search.state,
    ...SORT_PARAMS[search.sort],
    offset: search.offset,
    max: search.max,
  };
}

/**
 * A sub-partner's detail page: its customers are searched explicitly (the parent does not
 * browse them by default), by external ID and/or status; `find` says a search was asked for.
 */
export const ProviderSearch = z.object({
  externalId: z.catch(z.optional(z.string().check(z.trim(), z.maxLength(SEARCH_MAX))), undefined),
  status: z.catch(z.optional(z.string().check(z.maxLength(40))), undefined),
  find: z.catch(z._default(z.boolean(), false), false),
  offset: z.catch(z._default(z.int().check(z.minimum(0)), 0), 0),
  max: z.catch(z._default(z.union(PROVIDER_PAGE_SIZES.map((n) => z.literal(n))), 10), 10),
});
export type ProviderSearch = z.infer<typeof ProviderSearch>;
export const PROVIDER_DEFAULTS = { find: false, offset: 0, max: 10 } as const satisfies Partial<ProviderSearch>;
