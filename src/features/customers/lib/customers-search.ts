import * as z from 'zod/mini';
import { CUSTOMER_PACKAGES, KNOWN_CUSTOMER_STATUSES } from '@contract/package-names';

/** Page sizes offered: small pages keep the first render fast at any scale. */
export const CUSTOMER_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const text = z.catch(
  z.optional(
    z.pipe(
      z.string(),
      z.transform((value) => value.trim() || undefined),
    ),
  ),
  undefined,
);

/**
 * Statuses travel comma-joined (`?status=error,provisioned_with_errors`), as the API takes
 * them; values the API does not know are dropped rather than sent to be refused.
 */
const statuses = z.catch(
  z.optional(
    z.pipe(
      z.string(),
      z.transform((value) => {
        const known = value
          .split(',')
          .map((s) => s.trim())
          .filter((s): s is (typeof KNOWN_CUSTOMER_STATUSES)[number] =>
            (KNOWN_CUSTOMER_STATUSES as readonly string[]).includes(s),
          );
        return known.length > 0 ? [...new Set(known)].join(',') : undefined;
      }),
    ),
  ),
  undefined,
);

/**
 * The customer table's state in the URL: a reload or a shared link opens the same page.
 * Zod/mini (this schema is part of the route tree, in the entry chunk); every field has a
 * `.catch()`, so a mangled URL still opens the list.
 */
export const CustomersSearch = z.object({
  status: statuses,
  externalId: text,
  orgId: text,
  /** No API parameter: the list scans pages for it (see package-scan.ts). */
  package: z.catch(z.optional(z.enum(CUSTOMER_PACKAGES)), undefined),
  offset: z.catch(z._default(z.number().check(z.int(), z.minimum(0)), 0), 0),
  max: z.catch(
    z._default(
      z.number().check(z.refine((n) => (CUSTOMER_PAGE_SIZES as readonly number[]).includes(n))),
      DEFAULT_PAGE_SIZE,
    ),
    DEFAULT_PAGE_SIZE,
  ),
});

export type CustomersSearch = z.infer<typeof CustomersSearch>;

/** The statuses of a search, as a list. */
export function statusList(search: Pick<CustomersSearch, 'status'>): string[] {
  return search.status ? search.status.split(',') : [];
}

/** Whether anything narrows the list (to tell "no customers yet" from "no match"). */
export function isFiltered(search: CustomersSearch): boolean {
  return Boolean(search.status || search.externalId || search.orgId || search.package);
}
