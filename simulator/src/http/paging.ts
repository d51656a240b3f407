import { ERROR_CODES } from '@contract/error-codes';
import type { Context } from 'hono';
import { ApiError } from './errors';

export interface Page {
  offset: number;
  max: number;
}

/** Reads `max`/`offset` (strings on the wire) with a clear 400 for bad values. */
export function readPage(c: Context, opts: { defaultMax: number; maxMax: number }): Page {
  const parse = (name: string, fallback: number, min: number, max: number): number => {
    const raw = c.req.query(name);
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw)) {
      throw new ApiError(400, `${name}: must be a whole number (got "${raw}")`, [
        {
          description: `${name}: must be a whole number (got "${raw}")`,
          errorCode: ERROR_CODES.INVALID_VALUE.code,
          field: name,
        },
      ]);
    }
    const n = Number(raw);
    if (n < min || n > max) {
      const description = `${name}: must be between ${min} and ${max} (got ${n})`;
      throw new ApiError(400, description, [{ description, errorCode: ERROR_CODES.INVALID_VALUE.code, field: name }]);
    }
    return n;
  };
  return { max: parse('max', opts.defaultMax, 1, opts.maxMax), offset: parse('offset', 0, 0, Number.MAX_SAFE_INTEGER) };
}

/**
 * RFC 5988 `Link` header. The next URL repeats every original parameter, so a client can
 * follow it as-is (as Webex SDKs do).
 */
export function setLinkHeader(c: Context, page: Page, hasMore: boolean): void {
  const url = new URL(c.req.url);
  const links: string[] = [];
  const at = (offset: number) => {
    const u = new URL(url);
    u.searchParams.set('offset', String(offset));
    u.searchParams.set('max', String(page.max));
    return u.toString();
  };
  if (hasMore) links.push(`<${at(page.offset + page.max)}>; rel="next"`);
  if (page.offset > 0) {
    links.push(`<${at(Math.max(0, page.offset - page.max))}>; rel="prev"`);
    links.push(`<${at(0)}>; rel="first"`);
  }
  if (links.length) c.header('Link', links.join(', '));
}
