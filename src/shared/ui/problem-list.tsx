import clsx from 'clsx';
import { describeErrorCode } from '@contract/error-codes';
import type { ResourceError } from '@contract/wholesale';

/**
 * Asynchronous provisioning errors and warnings, each with its Webex code explained from
 * the catalogue: what it means and what to do (e.g. 2560, calling maintenance: retry later).
 * A code the catalogue does not know is still shown with the server's own words.
 */
export function ProblemList({
  items,
  tone,
  label,
}: {
  items: readonly ResourceError[];
  tone: 'error' | 'warning';
  label: string;
}) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-col gap-2">
      {items.map((item, index) => {
        const code = typeof item.errorCode === 'number' ? item.errorCode : Number(item.errorCode);
        const entry = Number.isInteger(code) ? describeErrorCode(code) : undefined;
        return (
          <li
            key={index}
            className={clsx(
              'rounded-md px-3 py-2 text-[13px]',
              tone === 'error' ? 'bg-danger-soft text-danger-soft-fg' : 'bg-warning-soft text-warning-soft-fg',
            )}
          >
            <p className="font-medium">
              {tone === 'error' ? 'Error' : 'Warning'}
              {item.errorCode !== undefined ? (
                <>
                  {' '}
                  <span className="font-mono">{String(item.errorCode)}</span>
                </>
              ) : null}
              {entry ? `: ${entry.title}` : null}
            </p>
            {item.description && !entry?.explanation.startsWith(item.description) ? (
              <p className="mt-0.5">{item.description}</p>
            ) : null}
            {entry ? <p className="mt-0.5">{entry.explanation}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
