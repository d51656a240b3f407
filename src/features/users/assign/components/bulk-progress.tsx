import type { ReactNode } from 'react';
import { describeErrorCode } from '@contract/error-codes';
import { Badge } from '@/shared/ui/badge';
import { SegmentedProgress } from '@/shared/ui/segmented-progress';
import type { RunnerRow, RunnerSnapshot } from '../../lib/provisioning-state';
import type { BulkChangeInput } from '../api/use-bulk-run';

type Row = Readonly<RunnerRow<BulkChangeInput, string>>;

const STATUS = {
  pending: { label: 'Pending', tone: 'neutral' },
  running: { label: 'Changing', tone: 'info' },
  done: { label: 'Changed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
} as const;

/** "Webex error 1110: <plain explanation>" for a failed row, else the server's words. */
function failureText(row: Row): string {
  const error = row.error;
  if (!error) return '';
  const code = typeof error.errorCode === 'number' ? error.errorCode : null;
  const entry = code !== null ? describeErrorCode(code) : undefined;
  const described = error.description.trim();
  if (!entry) return described || 'The request failed.';
  return `${described ? `${described} ` : ''}(Webex error ${code}: ${entry.explanation})`;
}

/**
 * Live counts, a progress bar, and every user's result with the error explained; `fix`
 * may put inputs on a failed row instead (its phone line, to correct before a retry).
 */
export function BulkProgress({
  snapshot,
  fix,
}: {
  snapshot: RunnerSnapshot<BulkChangeInput, string>;
  fix?: (row: Row) => ReactNode;
}) {
  const { progress, rows } = snapshot;
  const finished = progress.done + progress.failed;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1.5">
        <p role="status" className="text-[13px] text-fg tabular-nums">
          {progress.done} done · {progress.failed} failed · {progress.pending + progress.running} pending
        </p>
        {/* Changed and failed apart: one full green bar would read as "all done" over failures. */}
        <SegmentedProgress
          thin
          label="Users processed"
          total={progress.total}
          finished={finished}
          valueText={`${finished} of ${progress.total} processed: ${progress.done} changed, ${progress.failed} failed`}
          segments={[
            { value: progress.done, tone: 'bg-success-soft-fg' },
            { value: progress.failed, tone: 'bg-danger' },
          ]}
        />
      </div>
      <ul
        aria-label="Result per user"
        className="flex max-h-72 flex-col divide-y divide-line overflow-y-auto rounded-md border border-line"
      >
        {rows.map((row) => {
          const fixing = row.status === 'failed' ? fix?.(row) : null;
          return (
            <li key={row.key} className="flex items-start justify-between gap-3 px-3 py-2 text-[13px]">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-fg">{row.input.email}</p>
                {fixing ?? (row.status === 'failed' ? <p className="text-danger">{failureText(row)}</p> : null)}
              </div>
              <Badge tone={STATUS[row.status].tone} dot>
                {STATUS[row.status].label}
              </Badge>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
