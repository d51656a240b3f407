import { describeErrorCode } from '@contract/error-codes';
import { isApiError } from '@/shared/api/api-error';
import { ErrorState } from '@/shared/ui/error-state';

/**
 * A refusal no form field owns (423 busy, 403, a rule about the whole customer): the
 * server's words, code and tracking ID, plus what each Webex code means and what to do.
 */
export function ServerErrorBanner({ error, title }: { error: unknown; title: string }) {
  const codes = isApiError(error)
    ? [...new Set(error.items.map((i) => i.errorCode).filter((c): c is number => c !== null))]
    : [];
  const explained = codes.map((code) => ({ code, entry: describeErrorCode(code) })).filter((e) => e.entry);
  return (
    <div className="rounded-md border border-line bg-surface-muted px-3">
      <ErrorState compact error={error} title={title} />
      {explained.length > 0 ? (
        <ul className="-mt-2 pb-3 pl-8 text-[13px] text-fg-muted">
          {explained.map(({ code, entry }) => (
            <li key={code}>
              <span className="font-mono text-fg">{code}</span> {entry?.title}: {entry?.explanation}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The message a form field shows for a server error item: its words, then the code's plain explanation. */
export function fieldMessage(description: string, errorCode: number | null): string {
  const entry = errorCode !== null ? describeErrorCode(errorCode) : undefined;
  return entry ? `${description} (${errorCode}: ${entry.explanation})` : description;
}
