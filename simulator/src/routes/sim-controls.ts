import { Hono } from 'hono';
import { z } from 'zod';
import { CUSTOMER_PACKAGES } from '@contract/packages';
import { ERROR_CODES } from '@contract/error-codes';
import {
  describeValue,
  isCalendarDate,
  oneOf,
  optionalText,
  string,
  toErrorItems,
  typeError,
} from '@contract/validation';
import type { AppDeps } from '../app';
import type { Queryable } from '../db/db';
import type { AppEnv, TenantState } from '../http/context';
import { ApiError, refuseAll } from '../http/errors';
import { loadTenant, tenantNow, toTenantState } from '../domain/clock';
import { parseDurationMs } from '../domain/duration';
import {
  PROVISIONING_FAULT_DEFAULTS,
  addHttpFault,
  addProvisioningFault,
  clearFaults,
  listActiveFaults,
} from '../domain/faults';
import { notFoundTenant } from './sim-tenants';

/** A body object that refuses any field it does not define, naming the fields that are allowed. */
export function closed<S extends z.ZodRawShape>(shape: S, expected = 'a JSON object') {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `is not a field of this request; allowed fields: ${allowed}`
        : typeError(expected)(iss),
  });
}

/**
 * Like `parseBody` of sim-tenants, but codes come from the contract's catalogue (the
 * contract's building blocks name codes, e.g. INVALID_EMAIL) and every unknown field gets
 * an item of its own, so each error names exactly one field.
 */
export function parseSimBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const input = body ?? {};
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const unknown = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => {
          const field = [...issue.path.map(String), key].join('.');
          return { description: `${field} ${issue.message}`, errorCode: ERROR_CODES.INVALID_VALUE.code, field };
        })
      : [],
  );
  const rest = parsed.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
  throw refuseAll(400, [...toErrorItems(new z.ZodError(rest), input), ...unknown]);
}

export function wholeNumber(min: number, max: number) {
  return z.number({ error: typeError('a whole number') }).superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max} (got ${value})` });
    }
  });
}

const duration = () =>
  string().refine((v) => parseDurationMs(v) !== null, {
    error: (iss) => `must be an ISO-8601 duration such as PT0S, PT30M, P1D or P1DT2H (got ${describeValue(iss.input)})`,
  });

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Date.parse rolls 2031-02-30 over to March 2nd: the calendar check refuses it instead. */
function isInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  return !!m?.[1] && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(value));
}

const ClockBody = closed({
  set: string()
    .refine(isInstant, {
      error: (iss) => `must be an ISO-8601 instant such as 2026-03-01T00:00:00Z (got ${describeValue(iss.input)})`,
    })
    .optional(),
  advance: duration().optional(),
}).superRefine((body, ctx) => {
  if ((body.set === undefined) === (body.advance === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['set'],
      message:
        '(or "advance") is required, exactly one of them: "set" takes an ISO-8601 instant, "advance" an ISO-8601 duration such as P1D',
    });
  }
});

const SettingsBody = closed({
  provisioningDelay: duration().optional(),
  reportDelay: duration().optional(),
  rateLimit: closed({ requestsPerMinute: wholeNumber(1, 1_000_000) }, 'an object {"requestsPerMinute": n} or null')
    .nullable()
    .optional(),
});

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

const HttpFaultBody = closed({
  kind: z.literal('http').optional(),
  method: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), oneOf(HTTP_METHODS)),
  path: string().refine((v) => /^\/[^?#\s]*$/.test(v), {
    error: (iss) =>
      `must be a URL path starting with "/" without a query string; "*" matches any one segment, e.g. /v1/wholesale/customers/* (got ${describeValue(iss.input)})`,
  }),
  status: wholeNumber(400, 599),
  times: wholeNumber(1, 100_000).default(1),
  retryAfterSeconds: wholeNumber(0, 86_400).optional(),
  errorCode: wholeNumber(1, 999_999_999).optional(),
  description: optionalText(1000),
});

const ProvisioningFaultBody = closed({
  kind: z.literal('provisioning'),
  packages: z
    .array(oneOf(CUSTOMER_PACKAGES), { error: typeError('an array of package names') })
    .min(1, { error: `must name at least one package; one of: ${CUSTOMER_PACKAGES.join(', ')}` }),
  times: wholeNumber(1, 100_000).default(1),
  errorCode: wholeNumber(1, 999_999_999).default(PROVISIONING_FAULT_DEFAULTS.errorCode),
  description: optionalText(1000),
});

// The catalogue numbers protocol-level failures 4000 + (HTTP status - 400).
const CLOCK_CONFLICT_CODE = 4009;

const FaultKind = z.object(
  { kind: oneOf(['http', 'provisioning']).default('http') },
  { error: typeError('a JSON object') },
);

async function requireTenant(db: Queryable, orgId: string): Promise<TenantState> {
  const tenant = await loadTenant(db, orgId);
  if (!tenant) throw notFoundTenant(orgId);
  return tenant;
}

export function simControlsRoutes({ db, jobs }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get('/tenants/:orgId/clock', async (c) => {
    const tenant = await requireTenant(db, c.req.param('orgId'));
    return c.json({ now: tenantNow(tenant).toISOString() });
  });

  r.post('/tenants/:orgId/clock', async (c) => {
    const orgId = c.req.param('orgId');
    const body = parseSimBody(ClockBody, c.get('body'));
    const realNow = Date.now();
    // One conditional UPDATE, so two concurrent moves can never take the clock backwards.
    const [row] =
      body.set !== undefined
        ? await db.query<{ clock_offset_ms: number }>(
            'UPDATE tenants SET clock_offset_ms = $2 WHERE id = $1 AND clock_offset_ms <= $2 RETURNING clock_offset_ms',
            [orgId, Date.parse(body.set) - realNow],
          )
        : await db.query<{ clock_offset_ms: number }>(
            'UPDATE tenants SET clock_offset_ms = clock_offset_ms + $2 WHERE id = $1 RETURNING clock_offset_ms',
            [orgId, parseDurationMs(body.advance ?? '')],
          );
    if (!row) {
      const tenant = await requireTenant(db, orgId);
      const now = tenantNow(tenant).toISOString();
      const description = `set ${body.set} is earlier than the tenant's clock (now ${now}); the clock only moves forward.`;
      throw new ApiError(409, description, [{ description, errorCode: CLOCK_CONFLICT_CODE, field: 'set' }]);
    }
    const now = new Date(realNow + Number(row.clock_offset_ms));
    await jobs.runDueForTenant(orgId, now);
    return c.json({ now: now.toISOString() });
  });

  r.get('/tenants/:orgId/settings', async (c) => {
    const tenant = await requireTenant(db, c.req.param('orgId'));
    return c.json(tenant.settings);
  });

  r.post('/tenants/:orgId/settings', async (c) => {
    const orgId = c.req.param('orgId');
    const body = parseSimBody(SettingsBody, c.get('body'));
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const [row] = await db.query<{ id: string; clock_offset_ms: number; settings: Record<string, unknown> }>(
      'UPDATE tenants SET settings = settings || $2::jsonb WHERE id = $1 RETURNING id, clock_offset_ms, settings',
      [orgId, JSON.stringify(patch)],
    );
    if (!row) throw notFoundTenant(orgId);
    return c.json(toTenantState(row).settings);
  });

  r.get('/tenants/:orgId/faults', async (c) => {
    const tenant = await requireTenant(db, c.req.param('orgId'));
    return c.json({ items: await listActiveFaults(db, tenant.id) });
  });

  r.post('/tenants/:orgId/faults', async (c) => {
    const tenant = await requireTenant(db, c.req.param('orgId'));
    const raw = c.get('body');
    const { kind } = parseSimBody(FaultKind, raw);
    const now = tenantNow(tenant);
    let id: string;
    if (kind === 'provisioning') {
      const f = parseSimBody(ProvisioningFaultBody, raw);
      const description = f.description || PROVISIONING_FAULT_DEFAULTS.description(f.packages.join(', '));
      id = await addProvisioningFault(db, tenant.id, { ...f, description }, now);
    } else {
      id = await addHttpFault(db, tenant.id, parseSimBody(HttpFaultBody, raw), now);
    }
    return c.json({ id }, 201);
  });

  r.delete('/tenants/:orgId/faults', async (c) => {
    const tenant = await requireTenant(db, c.req.param('orgId'));
    await clearFaults(db, tenant.id);
    return c.body(null, 204);
  });

  return r;
}
