import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Customer } from '@contract/wholesale';
import { ProblemList } from '@/shared/ui/problem-list';

function Panel({
  tone,
  title,
  children,
}: {
  tone: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  children: ReactNode;
}) {
  return (
    <div
      className={clsx(
        'flex flex-col gap-2 rounded-md px-4 py-3 text-[13px]',
        tone === 'info' && 'bg-info-soft text-info-soft-fg',
        tone === 'success' && 'bg-success-soft text-success-soft-fg',
        tone === 'warning' && 'bg-warning-soft text-warning-soft-fg',
        tone === 'danger' && 'bg-danger-soft text-danger-soft-fg',
      )}
    >
      <p className="text-sm font-semibold">{title}</p>
      {children}
    </div>
  );
}

/** What the customer's status means for the admin, and what to do next. */
export function OutcomeNotice({ customer }: { customer: Customer }) {
  switch (customer.status) {
    case 'provisioning':
      return (
        <Panel tone="info" title="Setting up the customer">
          <p>
            Webex is creating the organisation, its packages and its first location. This usually takes a few minutes;
            an existing organisation whose administrator must approve the attachment stays here until they do.
          </p>
        </Panel>
      );
    case 'provisioned':
      return (
        <Panel tone="success" title="The customer is provisioned">
          <p>
            Every package is ready. A new organisation’s administrator receives a welcome e-mail to sign in. Next, add
            the customer’s users and assign their packages (billing starts per user when a package is assigned).
          </p>
        </Panel>
      );
    case 'provisioned_with_errors':
      return (
        <Panel tone="warning" title="Provisioned, but some packages need attention">
          <p>
            The organisation exists and the packages marked provisioned work. The ones with an error were not set up:
            each code below says why and what to do. Once the cause is gone (e.g. a maintenance window ended), open the
            customer and save its packages again to retry them.
          </p>
        </Panel>
      );
    case 'error':
      return (
        <Panel tone="danger" title="Provisioning failed">
          <ProblemList items={customer.errors} tone="error" label="Customer errors" />
          <p>
            Nothing usable was created. Fix the cause named above, then remove this customer from its page and create it
            again; if the cause is unclear, contact Cisco support with the customer ID.
          </p>
        </Panel>
      );
    case 'pending_rpl_review':
      return (
        <Panel tone="warning" title="Held for compliance review">
          <p>
            The customer’s name matched the restricted or denied party list, so Cisco must review it before onboarding
            continues. There is nothing to change here and no need to create it again.
          </p>
          <p>
            If the review has not cleared within <strong>72 hours</strong>, onboarding stops: the status becomes Error
            (code 1250) and you must contact Cisco, or remove the customer. Use “Check again” to see whether it cleared.
          </p>
        </Panel>
      );
    default:
      return null;
  }
}
