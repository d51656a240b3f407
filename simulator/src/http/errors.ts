import type { z } from 'zod';
import type { SimErrorItem } from '@contract/errors';

export interface ErrorEntry {
  code: number;
  httpStatus: number;
  title: string;
}

/**
 * A request the simulator refuses. Rendered as the Webex error body
 * `{message, errors:[{description, errorCode, field?}], trackingId}` by the error handler.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly items: SimErrorItem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Refuse with a catalogued error code; `description` says what exactly was wrong. */
export function refuse(entry: ErrorEntry, description?: string, field?: string): ApiError {
  const text = description ?? entry.title;
  return new ApiError(entry.httpStatus, text, [
    { description: text, errorCode: entry.code, ...(field ? { field } : {}) },
  ]);
}

/** Several problems found at once (e.g. every invalid field of a body), reported together. */
export function refuseAll(status: number, items: SimErrorItem[]): ApiError {
  const first = items[0];
  const message =
    items.length === 1 && first ? first.description : `The request has ${items.length} problems: ${items.map((i) => i.description).join('; ')}`;
  return new ApiError(status, message, items);
}

export const GENERIC_CODES = {
  missing: 1001,
  tooLong: 1002,
  invalidValue: 1003,
} as const;

/** Maps zod issues to Webex error items naming the field and the rule it broke. */
export function zodIssuesToItems(issues: readonly z.core.$ZodIssue[], root?: string): SimErrorItem[] {
  return issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const custom = issue.code === 'custom' ? (issue.params as { errorCode?: number } | undefined) : undefined;
    const errorCode =
      custom?.errorCode ??
      (missing
        ? GENERIC_CODES.missing
        : issue.code === 'too_big'
          ? GENERIC_CODES.tooLong
          : GENERIC_CODES.invalidValue);
    const message = missing ? 'is required' : issue.message;
    return {
      description: path ? `${path}: ${message}` : message,
      errorCode,
      ...(path ? { field: path } : {}),
    };
  });
}
