import type { Report } from '@contract/wholesale';
import { Button } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { formatBytes, formatCount } from './format';
import type { ReportTableState } from './use-report-table';

/** Under the title: how far the download is, then how many rows the report has. */
export function ReportStatusLine({ state }: { state: ReportTableState }) {
  const text =
    state.phase === 'fetching'
      ? 'Getting a download link…'
      : state.phase === 'streaming'
        ? `Loading… ${formatCount(state.table?.rowCount ?? 0)} rows so far${state.bytesRead > 0 ? ` (${formatBytes(state.bytesRead)})` : ''}`
        : state.phase === 'done'
          ? `${formatCount(state.table.rowCount)} rows${state.report.created ? ` · created ${state.report.created.slice(0, 10)}` : ''}`
          : '';
  return (
    <span role="status" aria-live="polite">
      {text}
    </span>
  );
}

/** A report without a file yet (still generating) or that failed. */
export function ReportNotReady({ report, onRetry }: { report: Report; onRetry: () => void }) {
  if (report.status === 'FAILED') {
    const reasons = report.errors.map((e) => e.description).filter(Boolean);
    return (
      <EmptyState
        variant="empty"
        title="This report failed to generate"
        description={reasons.length > 0 ? reasons.join(' ') : 'Webex gave no reason. Create the report again.'}
      />
    );
  }
  return (
    <EmptyState
      variant="empty"
      title="This report is still being generated"
      description="Reports are built in the background; it opens here once it is complete."
      action={<Button onClick={onRetry}>Check again</Button>}
    />
  );
}
