import { Link } from '@tanstack/react-router';
import { ArrowRight, Plus, RefreshCw } from 'lucide-react';
import { packageLabel } from '@contract/packages';
import { useActingOrg } from '@/shared/session/acting-org';
import { isApiError } from '@/shared/api/api-error';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Spinner } from '@/shared/ui/spinner';
import { StatusBadge } from '@/shared/ui/status-badge';
import { useProvisioningTracker } from '../api/use-provisioning-tracker';
import { OutcomeNotice } from './outcome-notice';
import { ProblemList } from '@/shared/ui/problem-list';
import { NextCheck } from './next-check';

export function ProvisioningTracker({ customerId }: { customerId: string }) {
  const org = useActingOrg();
  const { state, checkAgain } = useProvisioningTracker(customerId);
  const customer = state?.customer ?? null;
  const status = customer?.status;
  const following = state !== null && !state.settled && !state.stopped;
  const name = customer?.externalId ?? 'the new customer';
  const packages = customer?.resourceDetails?.packages ?? [];
  return (
    <>
      <PageHeader
        title={`New customer ${name}`}
        description={
          following
            ? 'Webex accepted the request and is setting the customer up. You can leave this page: the top bar keeps following it.'
            : 'Webex accepted the request. The outcome is below.'
        }
        actions={
          <>
            <Link to="/o/$orgId/customers/new" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
              <Plus aria-hidden="true" />
              Create another customer
            </Link>
            <Link
              to="/o/$orgId/customers/$customerId"
              params={{ orgId: org.id, customerId }}
              className={buttonClasses('primary')}
            >
              Open customer
              <ArrowRight aria-hidden="true" />
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-5">
        <Card aria-labelledby="tracker-status">
          <CardHeader id="tracker-status" title="Status" />
          <CardContent className="flex flex-col gap-4">
            <div className="flex flex-wrap items-center gap-3" role="status" aria-live="polite">
              {customer ? (
                <StatusBadge kind="customer" value={status} />
              ) : (
                <span className="flex items-center gap-2 text-fg-muted">
                  <Spinner /> Reading the customer…
                </span>
              )}
              {following && customer ? (
                <span className="flex items-center gap-2 text-[13px] text-fg-muted">
                  <Spinner />
                  <NextCheck state={state} />
                </span>
              ) : null}
              {state?.settled && status === 'pending_rpl_review' ? (
                <Button size="sm" icon={<RefreshCw />} onClick={checkAgain}>
                  Check again
                </Button>
              ) : null}
            </div>
            {customer ? <OutcomeNotice customer={customer} /> : null}
            {state?.error && !state.stopped ? (
              <p className="text-[13px] text-fg-muted">
                The last check failed ({isApiError(state.error) ? `HTTP ${state.error.status}` : 'no answer'}
                {isApiError(state.error) && state.error.retryAfter
                  ? `; the server asked to wait ${state.error.retryAfter} s`
                  : ''}
                ); trying again.
              </p>
            ) : null}
            {state?.stopped && state.error ? (
              <ErrorState compact error={state.error} title="Could not follow this customer" onRetry={checkAgain} />
            ) : null}
            <dl className="grid grid-cols-1 gap-x-6 gap-y-1.5 text-[13px] sm:grid-cols-[10rem_1fr]">
              <dt className="text-fg-muted">Customer ID</dt>
              <dd className="flex min-w-0 items-center gap-1 font-mono break-all text-fg">
                {customerId}
                <CopyButton value={customerId} label="Copy customer ID" />
              </dd>
              {customer?.externalId ? (
                <>
                  <dt className="text-fg-muted">External ID</dt>
                  <dd className="text-fg">{customer.externalId}</dd>
                </>
              ) : null}
              {customer?.orgId ? (
                <>
                  <dt className="text-fg-muted">Webex org ID</dt>
                  <dd className="flex min-w-0 items-center gap-1 font-mono break-all text-fg">
                    {customer.orgId}
                    <CopyButton value={customer.orgId} label="Copy Webex org ID" />
                  </dd>
                </>
              ) : null}
            </dl>
          </CardContent>
        </Card>
        {packages.length > 0 ? (
          <Card aria-labelledby="tracker-packages">
            <CardHeader
              id="tracker-packages"
              title="Packages"
              description="Each package is provisioned on its own; one failing does not undo the others."
            />
            <CardContent>
              <ul className="flex flex-col divide-y divide-line">
                {packages.map((p) => (
                  <li key={p.name} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-medium text-fg">{packageLabel(p.name)}</span>
                      <StatusBadge kind="package" value={p.status} />
                    </div>
                    <ProblemList items={p.errors} tone="error" label={`${packageLabel(p.name)} errors`} />
                    <ProblemList items={p.warnings} tone="warning" label={`${packageLabel(p.name)} warnings`} />
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
