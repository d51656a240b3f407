import type { ReactNode } from 'react';
import { CircleExclamationPoint, RefreshCw } from 'lucide-react';
import { isApiError } from '../api/api-error';
import { Button } from './button';
import { CopyButton } from './copy-button';

export interface ErrorStateProps {
  error: unknown;
  /** What failed, in the admin's words: "Could not load customers". */
  title?: string;
  onRetry?: () => void;
  action?: ReactNode;
  /** Smaller, for use inside a card. */
  compact?: boolean;
}

/**
 * Shows the server's own message, its Webex error code and the tracking ID (with a copy
 * button: it is what Cisco support asks for). A network error says so instead.
 */
export function ErrorState({
  error,
  title = 'Something went wrong',
  onRetry,
  action,
  compact = false,
}: ErrorStateProps) {
  const api = isApiError(error) ? error : null;
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  const codes = api ? [...new Set(api.items.map((i) => i.errorCode).filter((c): c is number => c !== null))] : [];
  const details = api ? api.items.filter((i) => i.description && i.description !== api.message) : [];

  return (
    <div role="alert" className={compact ? 'px-1 py-4' : 'flex flex-col items-center px-6 py-12 text-center'}>
      <div className={compact ? 'flex items-start gap-3' : 'flex flex-col items-center'}>
        <CircleExclamationPoint
          aria-hidden="true"
          className={compact ? 'mt-0.5 size-5 shrink-0 text-danger' : 'mb-3 size-8 text-danger'}
        />
        <div className="min-w-0">
          <p className="font-semibold text-fg">{title}</p>
          <p className="mt-1 break-words text-fg-muted">{message}</p>
          {details.length > 0 ? (
            <ul className="mt-2 list-disc pl-5 text-left text-[13px] text-fg-muted">
              {details.map((item, i) => (
                <li key={i}>{item.description}</li>
              ))}
            </ul>
          ) : null}
          {api && (codes.length > 0 || api.trackingId || api.status) ? (
            <dl
              className={
                compact
                  ? 'mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted'
                  : 'mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-fg-muted'
              }
            >
              {api.status ? (
                <div className="flex gap-1">
                  <dt>HTTP</dt>
                  <dd className="font-mono text-fg">{api.status}</dd>
                </div>
              ) : null}
              {codes.length > 0 ? (
                <div className="flex gap-1">
                  <dt>Error code</dt>
                  <dd className="font-mono text-fg">{codes.join(', ')}</dd>
                </div>
              ) : null}
              {api.trackingId ? (
                <div className="flex items-center gap-1">
                  <dt>Tracking ID</dt>
                  <dd className="flex items-center gap-1 font-mono break-all text-fg">
                    {api.trackingId}
                    <CopyButton value={api.trackingId} label="Copy tracking ID" />
                  </dd>
                </div>
              ) : null}
            </dl>
          ) : null}
          {onRetry || action ? (
            <div className={compact ? 'mt-3 flex gap-2' : 'mt-4 flex justify-center gap-2'}>
              {onRetry ? (
                <Button size="sm" icon={<RefreshCw />} onClick={onRetry}>
                  Try again
                </Button>
              ) : null}
              {action}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
