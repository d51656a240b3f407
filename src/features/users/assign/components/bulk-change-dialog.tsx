import { useId, useState } from 'react';
import { isSubscriberPackage, packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Select } from '@/shared/ui/select';
import { Skeleton } from '@/shared/ui/skeleton';
import { useBulkRun } from '../api/use-bulk-run';
import { useCustomerContexts } from '../api/use-customer-context';
import { bulkConsequence, bulkConsequenceText } from '../lib/billing-consequence';
import { bulkOfferedPackages, planBulkChange } from '../lib/bulk-plan';
import { BulkPlanList } from './bulk-plan-list';
import { BulkProgress } from './bulk-progress';
import { ConsequenceNote } from './consequence-note';

type Phase = 'choose' | 'confirm' | 'run';

/**
 * Change the package of the selected users: choose the package (each user is checked
 * with the single-change rules; refused ones are listed with why), confirm the billing
 * consequence summed up, then a run with bounded concurrency, live progress, per-row
 * results and retry of the failed rows only.
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
  const hintId = useId();
  const count = users.length;
  const title = `Change the package of ${count} ${count === 1 ? 'user' : 'users'}`;

  const plan = to ? planBulkChange(users, to, contexts.byCustomer) : [];
  const changing = plan.filter((r) => r.action === 'change').map((r) => r.user);
  const progress = run.snapshot?.progress;
  const running = progress ? !progress.idle : false;

  function close() {
    if (running) return;
    if (phase === 'run') onFinished();
    setPhase('choose');
    setTo('');
    onClose();
  }

  function start() {
    if (!isSubscriberPackage(to)) return;
    const target = to;
    run.begin(changing.map((u) => ({ subscriberId: u.id, email: u.email ?? u.id, package: target })));
    setPhase('run');
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
      <div className="flex flex-col gap-4">
        <Field
          label="New package"
          required
          hint="Packages held by at least one of these users’ customers."
          className="flex w-72 flex-col gap-1.5"
        >
          <Select
            aria-describedby={hintId}
            value={to}
            placeholder="Choose a package"
            options={bulkOfferedPackages(contexts.byCustomer).map((p) => ({ value: p, label: packageLabel(p) }))}
            onChange={(event) => setTo(event.target.value)}
          />
        </Field>
        {to ? (
          <BulkPlanList plan={plan} to={to} />
        ) : (
          <p id={hintId} className="text-[13px] text-fg-muted">
            Each user is checked with the same rules as a single change before anything is sent.
          </p>
        )}
      </div>
    );
    footer = (
      <>
        <Button onClick={close}>Cancel</Button>
        <Button variant="primary" disabled={changing.length === 0} onClick={() => setPhase('confirm')}>
          Review {changing.length > 0 ? `${changing.length} ` : ''}
          {changing.length === 1 ? 'change' : 'changes'}
        </Button>
      </>
    );
  } else if (phase === 'confirm') {
    const lines = bulkConsequenceText(bulkConsequence(changing), to);
    const skipped = plan.length - changing.length;
    body = (
      <div className="flex flex-col gap-3">
        <p className="text-fg">
          {changing.length} {changing.length === 1 ? 'user moves' : 'users move'} to {packageLabel(to)}
          {skipped > 0 ? `; ${skipped} ${skipped === 1 ? 'is' : 'are'} skipped and keep their package.` : '.'}
        </p>
        <ConsequenceNote>
          <ul className="mt-0.5 flex flex-col gap-1">
            {lines.map((line) => (
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
    body = run.snapshot ? <BulkProgress snapshot={run.snapshot} /> : null;
    footer = (
      <>
        {progress && progress.failed > 0 && !running ? (
          <Button onClick={run.retryFailed}>Retry {progress.failed} failed</Button>
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
      {body}
    </Dialog>
  );
}
