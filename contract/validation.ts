/**
 * Building blocks for the strict request schemas, and the mapping from zod issues to
 * Webex-style error items.
 *
 * Every rule that has its own error code raises a custom issue carrying
 * `params.errorCode` (a key of ERROR_CODES), so the simulator never has to guess a code
 * from a message. Only zod's built-in type and enum checks arrive without one; for those
 * `errorCodeForIssue` derives the code from the issue kind.
 */
import { z } from 'zod';
import { ERROR_CODES, isErrorCodeName, type ErrorCodeEntry, type ErrorCodeName } from './error-codes';
import type { SimErrorItem } from './errors';

type Ctx = z.RefinementCtx;

/** A short, safe rendering of a received value for error messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

export function addIssue(ctx: Ctx, errorCode: ErrorCodeName, message: string, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message, params: { errorCode }, ...(path ? { path } : {}) });
}

/** Message for zod's built-in type check: absent values are "required", others say what was expected. */
export function typeError(expected: string) {
  return (iss: { input?: unknown }): string =>
    iss.input === undefined ? 'is required' : `must be ${expected} (got ${describeValue(iss.input)})`;
}

export const string = () => z.string({ error: typeError('a string') });

/** Trimmed, non-empty, at most `max` characters. */
export function requiredText(max: number, tooLong: ErrorCodeName = 'INVALID_PARAMETER_SIZE') {
  return string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length === 0) addIssue(ctx, 'MISSING_FIELD', 'must not be empty');
      else if (value.length > max) addIssue(ctx, tooLong, `must be at most ${max} characters (got ${value.length})`);
    });
}

/** Trimmed, may be empty (forms send ""), at most `max` characters. */
export function optionalText(max: number, tooLong: ErrorCodeName = 'INVALID_PARAMETER_SIZE') {
  return string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length > max) addIssue(ctx, tooLong, `must be at most ${max} characters (got ${value.length})`);
    })
    .optional();
}

/** RFC 5321 caps an address at 254 characters. */
export function email() {
  return string()
    .trim()
    .superRefine((value, ctx) => {
      if (value.length === 0) addIssue(ctx, 'MISSING_FIELD', 'must not be empty');
      else if (value.length > 254)
        addIssue(ctx, 'INVALID_PARAMETER_SIZE', `must be at most 254 characters (got ${value.length})`);
      else if (!z.email().safeParse(value).success) {
        addIssue(
          ctx,
          'INVALID_EMAIL',
          `must be an email address such as name@example.com (got ${describeValue(value)})`,
        );
      }
    });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? `is required; one of: ${values.join(', ')}`
        : `must be one of: ${values.join(', ')} (got ${describeValue(iss.input)})`,
  });
}

/** `YYYY-MM-DD` that names a real day (2024-02-30 is refused, 2024-02-29 accepted). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function calendarDate() {
  return string()
    .trim()
    .superRefine((value, ctx) => {
      if (!isCalendarDate(value)) {
        addIssue(ctx, 'INVALID_DATE', `must be a real calendar date written YYYY-MM-DD (got ${describeValue(value)})`);
      }
    });
}

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------
// Query strings: values arrive as strings, or as arrays when a parameter repeats.

function firstValue(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export function queryText() {
  return z.preprocess(firstValue, string()).optional();
}

export function queryEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(firstValue, oneOf(values)).optional();
}

/** Whole number from a query string, checked against [min, max]. */
export function queryInt(opts: { min: number; max?: number; errorCode: ErrorCodeName }) {
  return z.preprocess(
    (raw) => {
      const value = firstValue(raw);
      return typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    },
    z.number({ error: typeError('a whole number') }).superRefine((value, ctx) => {
      const { min, max, errorCode } = opts;
      const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
      if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
        addIssue(ctx, errorCode, `must be a whole number ${range} (got ${value})`);
      }
    }),
  );
}

/** A query boolean: true/false, 1/0, yes/no, on/off, any case. */
export function queryBoolean() {
  return z.preprocess(
    firstValue,
    z.stringbool({ error: (iss) => `must be true or false (got ${describeValue(iss.input)})` }),
  );
}

/**
 * An instant given as epoch milliseconds (preferred by the spec) or ISO 8601, returned as
 * epoch milliseconds so callers compare numbers, not formats.
 */
export function queryInstant() {
  return z
    .preprocess(firstValue, string())
    .transform((value, ctx) => {
      const trimmed = value.trim();
      if (/^\d+$/.test(trimmed)) return Number(trimmed);
      const parsed = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed) ? Date.parse(trimmed) : NaN;
      if (Number.isNaN(parsed)) {
        addIssue(
          ctx,
          'INVALID_DATE',
          `must be epoch milliseconds or an ISO 8601 date-time (got ${describeValue(value)})`,
        );
        return z.NEVER;
      }
      return parsed;
    })
    .optional();
}

// ---------------------------------------------------------------------------
// Issues → Webex error items

/** Dotted path as react-hook-form names fields: `address.addressLine1`, `packages.0`. */
export function fieldOfIssue(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The catalogue entry for a zod issue. `input` is the body (or query) that was parsed;
 * it tells a missing field from one of the wrong type, which zod's final issues omit.
 */
export function errorCodeForIssue(issue: z.core.$ZodIssue, input: unknown): ErrorCodeName {
  if (issue.code === 'custom') {
    const named: unknown = issue.params?.['errorCode'];
    return isErrorCodeName(named) ? named : 'INVALID_VALUE';
  }
  if (issue.code === 'invalid_type') {
    return valueAt(input, issue.path) === undefined ? 'MISSING_FIELD' : 'INVALID_VALUE';
  }
  if (issue.code === 'invalid_value') return 'INVALID_ENUM_VALUE';
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'INVALID_PARAMETER_SIZE';
  return 'INVALID_VALUE';
}

/**
 * Error items for a failed parse, in the simulator's error-body shape: the description
 * starts with the field so it reads on its own ("address.addressLine1 must be at most 50
 * characters (got 57)"), and `field` lets a client put it next to the input. `lookup`
 * lets a schema family with its own catalogue (such as the hub namespace) name the entry
 * for its issues; it falls back to ERROR_CODES when it returns undefined.
 */
export function toErrorItems(
  error: z.ZodError,
  input: unknown,
  lookup?: (issue: z.core.$ZodIssue) => ErrorCodeEntry | undefined,
): SimErrorItem[] {
  return error.issues.map((issue) => {
    const field = fieldOfIssue(issue);
    const entry = lookup?.(issue) ?? ERROR_CODES[errorCodeForIssue(issue, input)];
    return {
      errorCode: entry.code,
      description: field ? `${field} ${issue.message}` : issue.message,
      ...(field ? { field } : {}),
    };
  });
}
