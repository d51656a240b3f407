import { AlertTriangle, CheckCircle2, RotateCcw } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { Spinner } from '@/shared/ui/spinner';
import type { CheckProgress, CheckSummary } from '../lib/customer-check';

const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/**
 * Where the check of the numbers against the customer's existing users stands: progress
 * while it runs, then how many rows clash, are refused otherwise, or could not be checked.
 */
export function NumbersCheckStatus({
  progress,
  summary,
  calling,
  onRetry,
}: {
  progress: CheckProgress;
  summary: CheckSummary;
  /** Calling rows on the grid now. */
  calling: number;
  onRetry: () => void;
}) {
  if (progress.running) {
    return (
      <p role="status" className="flex items-center gap-2 text-[13px] font-medium text-fg">
        <Spinner />
        Checking numbers with Webex… {progress.done}/{progress.total}
        {progress.waitingUntil !== null ? (
          <span className="font-normal text-fg-muted">Webex asked us to slow down; continuing shortly.</span>
        ) : null}
      </p>
    );
  }
  const problems = summary.numberClashes + summary.otherRefusals + summary.failed;
  if (summary.checked === 0) return <p role="status" className="sr-only" />;
  if (problems === 0) {
    return (
      <p role="status" className="flex items-center gap-2 text-[13px] text-success-soft-fg">
        <CheckCircle2 aria-hidden="true" className="size-4 shrink-0" />
        {summary.checked === calling
          ? `Checked with Webex: no number or extension of these ${rows(calling)} is taken in this customer.`
          : `Checked ${rows(summary.checked)} with Webex: no number or extension is taken in this customer.`}
      </p>
    );
  }
  return (
    <div role="status" className="rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger-soft-fg">
      <p className="flex items-center gap-2 font-semibold">
        <AlertTriangle aria-hidden="true" className="size-4 shrink-0" />
        {summary.numberClashes > 0
          ? `${rows(summary.numberClashes)} clash${summary.numberClashes === 1 ? 'es' : ''} with numbers this customer’s users already have`
          : summary.otherRefusals > 0
            ? 'Webex would refuse some of these users'
            : 'The numbers could not be checked with Webex'}
      </p>
      <ul className="mt-1 list-disc pl-6">
        {summary.numberClashes > 0 ? (
          <li>Change the marked phone numbers or extensions; each may be used once within the customer.</li>
        ) : null}
        {summary.otherRefusals > 0 ? (
          <li>
            {rows(summary.otherRefusals)} would be refused for another reason, shown beside the user (e-mails, packages
            and locations are changed on the Users step).
          </li>
        ) : null}
        {summary.failed > 0 ? (
          <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {rows(summary.failed)} could not be checked (no answer or a Webex failure; the reason is beside the user).
            <Button size="sm" variant="subtle" icon={<RotateCcw />} onClick={onRetry}>
              Check again
            </Button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
