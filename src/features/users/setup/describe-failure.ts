import { describeErrorCode } from '@contract/error-codes';
import { failureOf, type RowFailure } from '../lib/provisioning-state';

/** "Webex 1202 — Extension already in use: <server text> <plain explanation>", for a row or a precheck. */
export function describeRowFailure(failure: RowFailure): { code: string | null; title: string; detail: string } {
  const numeric = typeof failure.errorCode === 'number' ? failure.errorCode : Number(failure.errorCode);
  const known = Number.isInteger(numeric) ? describeErrorCode(numeric) : undefined;
  if (failure.status === 0) {
    return {
      code: null,
      title: failure.errorCode === 'INTERRUPTED' ? 'Interrupted' : 'No answer',
      detail: failure.description,
    };
  }
  const code = failure.errorCode === null ? `HTTP ${failure.status}` : `Webex ${failure.errorCode}`;
  return {
    code,
    title: known?.title ?? `Refused (HTTP ${failure.status})`,
    detail: [failure.description, known?.explanation]
      .filter((part): part is string => Boolean(part))
      .map((part) => (/[.!?]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`))
      .join(' '),
  };
}

export function describeFailure(error: unknown): string {
  const { code, title, detail } = describeRowFailure(failureOf(error));
  return `${code ? `${code} — ` : ''}${title}: ${detail}`;
}
