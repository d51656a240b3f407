import * as z from 'zod/mini';
import { KNOWN_SUBSCRIBER_STATUSES, SUBSCRIBER_PACKAGES } from '@contract/package-names';

export const USER_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_USER_PAGE_SIZE = 25;

const text = z.catch(
  z.optional(
    z.pipe(
      z.string(),
      z.transform((value) => value.trim() || undefined),
    ),
  ),
  undefined,
);

/** A calendar day (YYYY-MM-DD), what a date input gives; anything else is dropped. */
const day = z.catch(z.optional(z.string().check(z.refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)))), undefined);

/**
 * The users table's state in the URL (zod/mini: this schema is part of the route tree, in
 * the entry chunk). Every field has a `.catch()`, so a mangled link still opens the list.
 * Newest first by default: the admin usually looks for someone just added.
 */
export const UsersSearch = z.object({
  customerId: text,
  externalCustomerId: text,
  email: text,
  status: z.catch(z.optional(z.enum(KNOWN_SUBSCRIBER_STATUSES)), undefined),
  /** No API parameter: the list scans pages for it (see users-scan.ts). */
  package: z.catch(z.optional(z.enum(SUBSCRIBER_PACKAGES)), undefined),
  createdAfter: day,
  changedAfter: day,
  sortBy: z.catch(z._default(z.enum(['created', 'lastStatusChange']), 'created'), 'created'),
  sortOrder: z.catch(z._default(z.enum(['ASC', 'DESC']), 'DESC'), 'DESC'),
  offset: z.catch(z._default(z.number().check(z.int(), z.minimum(0)), 0), 0),
  max: z.catch(
    z._default(
      z.number().check(z.refine((n) => (USER_PAGE_SIZES as readonly number[]).includes(n))),
      DEFAULT_USER_PAGE_SIZE,
    ),
    DEFAULT_USER_PAGE_SIZE,
  ),
});

export type UsersSearch = z.infer<typeof UsersSearch>;

/** Left out of the URL when they hold (stripSearchParams in the route). */
export const USERS_SEARCH_DEFAULTS = {
  sortBy: 'created',
  sortOrder: 'DESC',
  offset: 0,
  max: DEFAULT_USER_PAGE_SIZE,
} as const satisfies Partial<UsersSearch>;

/** Start of a calendar day in the admin's time zone, as the epoch milliseconds the API prefers. */
export function startOfDay(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = new Date(`${value}T00:00:00`).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * What the server filters and sorts (everything but the package). The API's `after` is
 * "created strictly after": the start of the chosen day makes the day itself count.
 */
export function serverFilters(search: UsersSearch) {
  return {
    customerId: search.customerId,
    externalCustomerId: search.externalCustomerId,
    email: search.email,
    status: search.status,
    after: startOfDay(search.createdAfter),
    lastStatusChange: startOfDay(search.changedAfter),
    sortBy: search.sortBy,
    sortOrder: search.sortOrder,
  };
}

export const CLEARED_FILTERS: Partial<UsersSearch> = {
  customerId: undefined,
  externalCustomerId: undefined,
  email: undefined,
  status: undefined,
  package: undefined,
  createdAfter: undefined,
  changedAfter: undefined,
};

/** Whether anything narrows the list (to tell "no users yet" from "no match"). */
export function isFiltered(search: UsersSearch): boolean {
  return Object.keys(CLEARED_FILTERS).some((key) => search[key as keyof UsersSearch] !== undefined);
}
