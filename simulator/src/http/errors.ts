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
    items.length === 1 && first
      ? first.description
      : `The request has ${items.length} problems: ${items.map((i) => i.description).join('; ')}`;
  return new ApiError(status, message, items);
}
