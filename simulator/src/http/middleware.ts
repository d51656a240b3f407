import { ERROR_CODES } from '@contract/error-codes';
import { randomUUID } from 'node:crypto';
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import type { Queryable } from '../db/db';
import type { JobRunner } from '../domain/jobs';
import type { AppEnv } from './context';
import { ApiError } from './errors';

export const MAX_BODY_BYTES = 1_048_576;

/** Every answer carries a TrackingID header (and error bodies a trackingId). */
export const trackingId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = `ROUTER_${randomUUID().toUpperCase()}`;
  c.set('trackingId', id);
  c.header('TrackingID', id);
  await next();
};

export function errorBody(c: Context<AppEnv>, message: string, items: ApiError['items']) {
  return { message, errors: items, trackingId: c.get('trackingId') ?? '' };
}

export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) {
    for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
    c.header('TrackingID', c.get('trackingId'));
    return c.json(errorBody(c, error.message, error.items), error.status as 400);
  }
  console.error('[simulator] unhandled error', error);
  c.header('TrackingID', c.get('trackingId'));
  return c.json(
    errorBody(c, 'The simulator hit an unexpected error. It has been logged.', [
      { description: 'Internal error', errorCode: ERROR_CODES.INTERNAL_ERROR.code },
    ]),
    500,
  );
};

/**
 * JSON bodies only, at most 1 MiB; malformed JSON is a 400 naming the position, never a 500.
 * Bodiless POSTs (e.g. consentMove) pass through with `body` undefined.
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'POST' && c.req.method !== 'PUT' && c.req.method !== 'PATCH') return next();
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > MAX_BODY_BYTES) throw tooLarge(length);
  const text = await c.req.text();
  if (text.length === 0) {
    c.set('body', undefined);
    return next();
  }
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge(Buffer.byteLength(text));
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    const description = `Content-Type must be application/json (got "${type || 'none'}")`;
    throw new ApiError(415, description, [{ description, errorCode: ERROR_CODES.UNSUPPORTED_MEDIA_TYPE.code }]);
  }
  try {
    c.set('body', JSON.parse(text) as unknown);
  } catch (error) {
    const description = `The request body is not valid JSON: ${error instanceof Error ? error.message : 'parse error'}`;
    throw new ApiError(400, description, [{ description, errorCode: ERROR_CODES.MALFORMED_JSON.code }]);
  }
  await next();
};

function tooLarge(bytes: number): ApiError {
  const description = `The request body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES} bytes.`;
  return new ApiError(413, description, [{ description, errorCode: ERROR_CODES.PAYLOAD_TOO_LARGE.code }]);
}

/** Fixed one-minute windows per tenant; a tenant opts in through /_sim settings. */
export function rateLimit(): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const tenant = c.get('tenant');
    const limit = tenant.settings.rateLimit?.requestsPerMinute;
    if (limit) {
      const now = Date.now();
      const w = windows.get(tenant.id);
      const current = w && now - w.start < 60_000 ? w : { start: now, count: 0 };
      current.count += 1;
      windows.set(tenant.id, current);
      if (current.count > limit) {
        const retryAfter = Math.max(1, Math.ceil((current.start + 60_000 - now) / 1000));
        const description = `Rate limit of ${limit} requests per minute exceeded; retry after ${retryAfter} seconds.`;
        throw new ApiError(429, description, [{ description, errorCode: ERROR_CODES.RATE_LIMITED.code }], {
          'Retry-After': String(retryAfter),
        });
      }
    }
    await next();
  };
}

interface FaultRow {
  id: string;
  method: string;
  path: string;
  status: number;
  retry_after_seconds: number | null;
  error_code: number | null;
  description: string | null;
}

function pathMatches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const a = path.split('/');
  return p.length === a.length && p.every((seg, i) => seg === '*' || seg === a[i]);
}

/** Injected HTTP faults: the next `times` matching requests of the tenant fail as configured. */
export function faults(db: Queryable): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const tenant = c.get('tenant');
    const rows = await db.query<FaultRow>(
      `SELECT id, method, path, status, retry_after_seconds, error_code, description FROM faults
        WHERE tenant_id = $1 AND kind = 'http' AND times_left > 0 ORDER BY created_at, id`,
      [tenant.id],
    );
    const path = new URL(c.req.url).pathname;
    const hit = rows.find((f) => f.method.toUpperCase() === c.req.method && pathMatches(f.path, path));
    if (hit) {
      const claimed = await db.query(
        'UPDATE faults SET times_left = times_left - 1 WHERE id = $1 AND times_left > 0 RETURNING id',
        [hit.id],
      );
      if (claimed.length) {
        const description = hit.description ?? `Injected fault: HTTP ${hit.status}`;
        const headers: Record<string, string> = hit.retry_after_seconds
          ? { 'Retry-After': String(hit.retry_after_seconds) }
          : {};
        throw new ApiError(
          hit.status,
          description,
          [{ description, errorCode: hit.error_code ?? hit.status }],
          headers,
        );
      }
    }
    await next();
  };
}

/** Completes the tenant's due async work before answering, so reads never see stale states. */
export function dueJobs(jobs: JobRunner): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const tenant = c.get('tenant');
    const now = c.get('now');
    await jobs.runDueForTenant(tenant.id, now);
    await next();
  };
}
