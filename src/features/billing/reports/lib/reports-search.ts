/**
 * The reports list's URL state. zod/mini: route definitions travel in the entry chunk.
 * Every field catches to its default, so a mangled URL still opens the list.
 */
import * as z from 'zod/mini';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const REPORT_SORTS = ['billingStartDate', 'billingEndDate', 'status', 'id'] as const;

export const ReportsSearch = z.object({
  billingStartDate: z.catch(z.optional(isoDay), undefined),
  billingEndDate: z.catch(z.optional(isoDay), undefined),
  type: z.catch(z.optional(z.enum(['PARTNER', 'CUSTOMER', 'USER'])), undefined),
  status: z.catch(z.optional(z.enum(['IN_PROGRESS', 'COMPLETED', 'FAILED'])), undefined),
  subPartnerOrgId: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  sortBy: z.catch(z.optional(z.enum(REPORT_SORTS)), undefined),
  /** A later page: the list's Link rel="next" URL, followed verbatim (the API pages by Link only). */
  page: z.catch(z.optional(z.string().check(z.maxLength(2000), z.regex(/^https?:\/\//))), undefined),
});

export type ReportsSearch = z.infer<typeof ReportsSearch>;

export const FILTER_KEYS = ['billingStartDate', 'billingEndDate', 'type', 'status', 'subPartnerOrgId'] as const;

export function hasFilters(search: ReportsSearch): boolean {
  return FILTER_KEYS.some((key) => search[key] !== undefined);
}
