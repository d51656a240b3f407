import * as z from 'zod/mini';
import type { ApiResponse } from './client';

/** A 204 or an ignored body. */
export const NoContent = z.unknown();

/**
 * One page of a Webex list. The API gives no totals: `next` (from the Link header) is the
 * only signal that more exists, so tables page with prev/next, not page numbers.
 */
export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface PageParams {
  offset: number;
  max: number;
}

export function toPage<T>(response: ApiResponse<{ items: T[] }>): Page<T> {
  return { items: response.data.items, next: response.links.next ?? null };
}

export interface Collected<T> {
  items: T[];
  /** True when `limit` was reached and the server still had more. */
  capped: boolean;
}

/**
 * Follows `next` links until the list ends or `limit` items were read. Used where the
 * real API has no aggregate endpoint (counts on the overview); the cap keeps a large
 * partner from turning one screen into thousands of requests, and the UI says so.
 */
export async function collectPages<T>(
  fetchPage: (next: string | null) => Promise<Page<T>>,
  limit: number,
): Promise<Collected<T>> {
  const items: T[] = [];
  let next: string | null = null;
  do {
    const page = await fetchPage(next);
    items.push(...page.items);
    next = page.next;
  } while (next && items.length < limit);
  return { items: items.slice(0, limit), capped: next !== null || items.length > limit };
}
