import { useRef, useState } from 'react';
import { isSubscriberPackage, packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { useBulkRun, type BulkChangeInput } from '../api/use-bulk-run';
import { useCustomerContexts } from '../api/use-customer-context';
import { bulkConsequence, bulkConsequenceText } from '../lib/billing-consequence';
import { phoneLineOf, serverNumberError, type PhoneLine } from '../lib/bulk-numbers';
import { bulkOfferedPackages, planBulkChange, type NumbersRow } from '../lib/bulk-plan';
import { BulkChooseStep } from './bulk-choose-step';
import { BulkProgress } from './bulk-progress';
import { ConsequenceNote } from './consequence-note';
import { PhoneLineFix } from './phone-line-fix';
import { usePhoneLines } from './use-phone-lines';

type Phase = 'choose' | 'confirm' | 'run';

/**
 * Change the package of the selected users: choose the package (each user is checked
 * with the single-change rules; refused ones are listed with why, and a user moving onto
 * a phone line gets a row to enter its number or extension), confirm the billing
 * consequence summed up, then a run with bounded concurrency, live progress, per-row
 * results and retry of the failed rows only, with any refused phone line corrected first.
 */
export function BulkChangeDialog({
  users,
  open,
  onClose,
  onFinished,
}: {
  users: readonly Subscriber[];
  open: boolean;
  onClose: () => void;
  /** The run ended and the dialog closed: the caller clears its selection. */
  onFinished: () => void;
}) {
  const contexts = useCustomerContexts(users.flatMap((u) => (u.customerId ? [u.customerId] : [])));
  const [to, setTo] = useState('');
  const [phase, setPhase] = useState<Phase>('choose');
  const run = useBulkRun();
  const count = users.length;
  const title = `Change the package of ${count} ${count === 1 ? 'user' : 'users'}`;

  const plan = to ? planBulkChange(users, to, contexts.byCustomer) : [];
  const numbers = plan.filter((r): r is NumbersRow => r.action === 'numbers');
  const cellsRef = useRef<HTMLDivElement>(null);
  const lines = usePhoneLines(numbers, to, cellsRef);
  const changing = plan.filter((r) => r.action !== 'skip');
  const progress = run.snapshot?.progress;
  const running = progress ? !progress.idle : false;
  // Failed rows the admin can mend here: the server refused the phone line entered for them.
  const numberIds = new Set(numbers.map((r) => r.user.id));
  const mendable = (run.snapshot?.rows ?? []).filter(
    (row) => row.status === 'failed' && numberIds.has(row.key) && serverNumberError(row.error) !== null,
  );

  function close() {
    if (running) return;
    if (phase === 'run') onFinished();
    setPhase('choose');
    setTo('');
    lines.reset();
    onClose();
  }

  function review() {
    if (lines.check(numbers.map((r) => r.user.id))) setPhase('confirm');
  }

  function start() {
    if (!isSubscriberPackage(to)) return;
    const target = to;
    run.begin(
      changing.map((row): BulkChangeInput => ({
        subscriberId: row.user.id,
        email: row.user.email ?? row.user.id,
        package: target,
        ...(row.action === 'numbers'
          ? { provisioningParameters: phoneLineOf(row, target, lines.entry(row.user.id)) }
          : {}),
      })),
    );
    lines.sent();
    setPhase('run');
  }

  function retry() {
    if (!lines.check(mendable.map((row) => row.key))) return;
    const mended = new Set(mendable.map((row) => row.key));
    const corrections = new Map<string, PhoneLine>();
    for (const row of numbers) {
      if (mended.has(row.user.id)) corrections.set(row.user.id, phoneLineOf(row, to, lines.entry(row.user.id)));
    }
    lines.sent();
    run.retryFailed(corrections);
  }

  let body;
  let footer;
  if (contexts.loading) {
    body = (
      <div className="flex flex-col gap-2 py-2" aria-busy="true" aria-label="Loading the customers’ packages">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
    footer = <Button onClick={close}>Cancel</Button>;
  } else if (contexts.error && contexts.byCustomer.size === 0) {
    body = <ErrorState compact error={contexts.error} title="Could not read the users’ customers" />;
    footer = <Button onClick={close}>Cancel</Button>;
  } else if (phase === 'choose') {
    body = (
      <BulkChooseStep
        to={to}
        onTo={setTo}
        offered={bulkOfferedPackages(contexts.byCustomer)}
        plan={plan}
        lines={lines}
      />
    );
    footer = (
      <>
        <Button onClick={close}>Cancel</Button>
        <Button variant="primary" disabled={changing.length === 0} onClick={review}>
          Review {changing.length > 0 ? `${changing.length} ` : ''}
          {changing.length === 1 ? 'change' : 'changes'}
        </Button>
      </>
    );
  } else if (phase === 'confirm') {
    const consequences = bulkConsequenceText(bulkConsequence(changing.map((r) => r.user)), to);
    const skipped = plan.length - changing.length;
    body = (
      <div className="flex flex-col gap-3">
        <p className="text-fg">
          {changing.length} {changing.length === 1 ? 'user moves' : 'users move'} to {packageLabel(to)}
          {numbers.length > 0 ? ` (${numbers.length} with the phone line you entered)` : ''}
          {skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'is' : 'are'} skipped and keep their package.` : '.'}
        </p>
        <ConsequenceNote>
          <ul className="mt-0.5 flex flex-col gap-1">
            {consequences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </ConsequenceNote>
      </div>
    );
    footer = (
      <>
        <Button onClick={() => setPhase('choose')}>Back</Button>
        <Button variant="primary" onClick={start}>
          Change {changing.length} {changing.length === 1 ? 'user' : 'users'}
        </Button>
      </>
    );
  } else {
    const invalid = lines.invalidCount(mendable.map((row) => row.key));
    body = run.snapshot ? (
      <div className="flex flex-col gap-3">
        {lines.checked && invalid > 0 && !running ? (
          <p
            role="alert"
            className="rounded-md border border-line bg-danger-soft px-3 py-2 text-[13px] font-medium text-danger-soft-fg"
          >
            {invalid === 1 ? 'One phone line needs' : `${invalid} phone lines need`} fixing before the retry.
          </p>
        ) : null}
        <BulkProgress
          snapshot={run.snapshot}
          fix={(row) =>
            !running && mendable.includes(row) ? (
              <PhoneLineFix id={row.key} email={row.input.email} failure={row.error} lines={lines} />
            ) : null
          }
        />
      </div>
    ) : null;
    footer = (
      <>
        {progress && progress.failed > 0 && !running ? (
          <Button onClick={retry}>Retry {progress.failed} failed</Button>
        ) : null}
        <Button variant="primary" disabled={running} onClick={close}>
          {running ? 'Changing…' : 'Done'}
        </Button>
      </>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title={title}
      description={phase === 'run' ? `Moving users to ${packageLabel(to)}.` : undefined}
      dismissible={false}
      size="lg"
      footer={footer}
    >
      <div ref={cellsRef}>{body}</div>
    </Dialog>
  );
}
