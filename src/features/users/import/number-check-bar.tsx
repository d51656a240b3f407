import { AlertTriangle, CheckCircle2, RotateCcw, ShieldCheck } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { Spinner } from '@/shared/ui/spinner';
import type { CheckProgress, CheckSummary } from '../lib/customer-check';

const rows = (n: number) => `${n.toLocaleString()} row${n === 1 ? '' : 's'}`;

/** Offers to check the file's numbers against the customer's existing users, then says how it went. */
export function NumberCheckBar({
  candidates,
  progress,
  summary,
  onCheck,
}: {
  /** Valid rows with a number or extension. */
  candidates: number;
  progress: CheckProgress;
  summary: CheckSummary;
  onCheck: () => void;
}) {
  if (candidates === 0) return null;
  if (progress.running) {
    return (
      <p role="status" className="flex flex-wrap items-center gap-2 text-[13px] font-medium text-fg">
        <Spinner />
        Checking numbers with Webex… {progress.done.toLocaleString()}/{progress.total.toLocaleString()}
        {progress.waitingUntil !== null ? (
          <span className="font-normal text-fg-muted">Webex asked us to slow down; continuing shortly.</span>
        ) : null}
      </p>
    );
  }
  const refused = summary.numberClashes + summary.otherRefusals;
  if (summary.checked === 0) {
    return (
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-line px-3 py-2">
        <p className="text-[13px] text-fg-muted">
          Numbers are checked against this file and the numbers this browser gave the customer’s users; only Webex knows
          all the numbers its existing users hold.
        </p>
        <Button size="sm" icon={<ShieldCheck />} onClick={onCheck}>
          Check {rows(candidates)} with numbers against the customer
        </Button>
      </div>
    );
  }
  return (
    <div
      role="status"
      className={
        refused + summary.failed > 0
          ? 'rounded-md bg-danger-soft px-3 py-2 text-[13px] text-danger-soft-fg'
          : 'flex items-center gap-2 text-[13px] text-success-soft-fg'
      }
    >
      {refused + summary.failed === 0 ? (
        <>
          <CheckCircle2 aria-hidden="true" className="size-4 shrink-0" />
          Checked {rows(summary.checked)} with Webex: no number or extension is taken in this customer.
        </>
      ) : (
        <>
          <p className="flex items-center gap-2 font-semibold">
            <AlertTriangle aria-hidden="true" className="size-4 shrink-0" />
            {summary.numberClashes > 0
              ? `${rows(summary.numberClashes)} clash${summary.numberClashes === 1 ? 'es' : ''} with numbers this customer’s users already have`
              : refused > 0
                ? `Webex would refuse ${rows(refused)}`
                : 'Some numbers could not be checked with Webex'}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {refused > 0 ? (
              <li>
                {rows(refused)} {refused === 1 ? 'is' : 'are'} marked below and left out of the import; fix them in the
                downloaded file and import it again.
              </li>
            ) : null}
            {summary.failed > 0 ? (
              <li className="flex flex-wrap items-center gap-x-3 gap-y-1">
                {rows(summary.failed)} could not be checked (no answer or a Webex failure).
                <Button size="sm" variant="subtle" icon={<RotateCcw />} onClick={onCheck}>
                  Check again
                </Button>
              </li>
            ) : null}
          </ul>
        </>
      )}
    </div>
  );
}
