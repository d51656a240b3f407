import type { z } from 'zod';
import type { SimErrorItem } from '@contract/errors';
import { ERROR_CODES, isErrorCodeName, type ErrorCodeEntry, type ErrorCodeName } from '@contract/error-codes';
import { HUB_ERROR_CODES, type HubErrorCodeName } from '@contract/hub-error-codes';
import { errorCodeForIssue, fieldOfIssue } from '@contract/validation';
import { ApiError } from '../../http/errors';

/**
 * One broken rule: which catalogue entry, which request field, and what is wrong in words
 * that also say what is allowed. Rules return problems instead of throwing so they stay
 * pure (unit-testable) and so a precheck can run them without side effects.
 */
export interface Problem {
  code: ErrorCodeName | HubErrorCodeName;
  field?: string;
  message: string;
}

export function entryOf(code: Problem['code']): ErrorCodeEntry {
  return isErrorCodeName(code) ? ERROR_CODES[code] : HUB_ERROR_CODES[code];
}

export function problemToItem(p: Problem): SimErrorItem {
  return {
    description: p.field ? `${p.field} ${p.message}` : p.message,
    errorCode: entryOf(p.code).code,
    ...(p.field ? { field: p.field } : {}),
  };
}

/** Every problem in one answer; the HTTP status is the first problem's (they are sorted by the caller's rule order). */
export function refuseProblems(problems: readonly Problem[]): ApiError {
  const [first] = problems;
  if (!first) throw new Error('refuseProblems needs at least one problem');
  const items = problems.map(problemToItem);
  const message =
    items.length === 1
      ? (items[0]?.description ?? '')
      : `The request has ${items.length} problems: ${items.map((i) => i.description).join('; ')}`;
  return new ApiError(entryOf(first.code).httpStatus, message, items);
}

/** Throws when any problem was found. */
export function assertNoProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw refuseProblems(problems);
}

function issueToProblem(issue: z.core.$ZodIssue, input: unknown, root: string | undefined): Problem {
  const field = [root, fieldOfIssue(issue)].filter(Boolean).join('.');
  const hub: unknown = issue.code === 'custom' ? issue.params?.['hubErrorCode'] : undefined;
  const code =
    typeof hub === 'string' && Object.hasOwn(HUB_ERROR_CODES, hub)
      ? (hub as HubErrorCodeName)
      : errorCodeForIssue(issue, input);
  return { code, message: issue.message, ...(field ? { field } : {}) };
}

/** The problems of a failed parse, or the parsed value. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root?: string,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: result.error.issues.map((i) => issueToProblem(i, input, root)) };
}

/** Parses a request body (or query) with a contract schema, refusing with every broken rule at once. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown, what = 'The request body'): z.output<S> {
  if (input === undefined) {
    throw refuseProblems([{ code: 'MISSING_FIELD', message: `${what} is required: send a JSON object` }]);
  }
  const parsed = parseWith(schema, input);
  if (!parsed.ok) throw refuseProblems(parsed.problems);
  return parsed.value;
}
