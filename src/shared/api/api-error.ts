import * as z from 'zod/mini';
import type { WebexErrorBody as ContractWebexErrorBody } from '@contract/errors';

/**
 * The contract's tolerant Webex error body (contract/errors.ts), restated with zod/mini:
 * this module is in the entry chunk, and classic zod would add ~16 kB gzip to every page.
 * The type check below fails the build if the two ever drift apart.
 */
const WebexErrorBody = z.looseObject({
  message: z.optional(z.string()),
  errors: z.optional(
    z.array(
      z.looseObject({
        description: z.optional(z.string()),
        errorCode: z.optional(z.number()),
        code: z.optional(z.number()),
      }),
    ),
  ),
  trackingId: z.optional(z.string()),
  errorCode: z.optional(z.number()),
});
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsContract: Same<z.infer<typeof WebexErrorBody>, ContractWebexErrorBody> = true;
void sameAsContract;

export interface ApiErrorItem {
  description: string;
  /** Webex error code; billing report errors call it `code`, both land here. */
  errorCode: number | null;
  /** Dotted request path the simulator names (the real API does not send it). */
  field?: string;
}

/**
 * - `http`: the server answered with an error status (the Webex error body is parsed into items).
 * - `network`: no answer (offline, DNS, CORS, aborted by a proxy).
 * - `parse`: a 2xx answer that does not match the schema the caller expected.
 */
export type ApiErrorKind = 'http' | 'network' | 'parse';

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 for network errors. */
  readonly status: number;
  readonly items: readonly ApiErrorItem[];
  readonly trackingId: string | null;
  /** Seconds the server asked us to wait (429/503 Retry-After). */
  readonly retryAfter: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    message: string;
    items?: readonly ApiErrorItem[];
    trackingId?: string | null;
    retryAfter?: number | null;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.items = init.items ?? [];
    this.trackingId = init.trackingId ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** The first error code the server gave, for catalogue look-ups. */
  get errorCode(): number | null {
    return this.items.find((i) => i.errorCode !== null)?.errorCode ?? null;
  }

  /** Items that name a request field, keyed by that field (for forms). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const item of this.items) if (item.field && !(item.field in out)) out[item.field] = item.description;
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'The request was not valid.',
  401: 'Your session has expired or the access token is not valid.',
  403: 'Your access token does not allow this.',
  404: 'Not found.',
  409: 'The request conflicts with the current state.',
  429: 'Too many requests. Try again shortly.',
  500: 'The server hit an unexpected error.',
  502: 'The server is temporarily unavailable.',
  503: 'The service is temporarily unavailable.',
  504: 'The server took too long to answer.',
};

/** Seconds from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds an ApiError from an error response; tolerant of any body shape the real API may send. */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const parsed = WebexErrorBody.safeParse(body);
  const webex = parsed.success ? parsed.data : undefined;
  const items: ApiErrorItem[] = (webex?.errors ?? []).map((item) => {
    const field = (item as { field?: unknown }).field;
    return {
      description: item.description ?? webex?.message ?? '',
      errorCode: item.errorCode ?? item.code ?? null,
      ...(typeof field === 'string' && field ? { field } : {}),
    };
  });
  const message =
    webex?.message ||
    items[0]?.description ||
    FALLBACK_MESSAGES[response.status] ||
    `Request failed (HTTP ${response.status}).`;
  return new ApiError({
    kind: 'http',
    status: response.status,
    message,
    items,
    trackingId: webex?.trackingId ?? response.headers.get('trackingid'),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}
