import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { Customer } from '@contract/wholesale';
import { Spinner } from '@/shared/ui/spinner';
import { isInFlight } from '../lib/customer-status';
import { ProblemList } from '@/shared/ui/problem-list';

function Banner({ tone, children }: { tone: 'info' | 'warning' | 'danger'; children: ReactNode }) {
  return (
    <div
      className={clsx(
        'mb-4 rounded-lg px-4 py-3 text-[13px]',
        tone === 'info' && 'bg-info-soft text-info-soft-fg',
        tone === 'warning' && 'bg-warning-soft text-warning-soft-fg',
        tone === 'danger' && 'bg-danger-soft text-danger-soft-fg',
      )}
    >
      {children}
    </div>
  );
}

const IN_FLIGHT_TEXT: Record<string, string> = {
  provisioning: 'Provisioning. Webex is setting up this customer’s organisation and packages.',
  updating: 'Updating. The package and address changes are being applied.',
  deleting: 'Removing wholesale services. The customer disappears from your list when this finishes.',
};

/** What the customer's status means right now, and what to do about it. */
export function StatusBanner({ customer }: { customer: Customer }) {
  const status = customer.status;
  if (isInFlight(status)) {
    return (
      <Banner tone="info">
        <p role="status" className="flex items-center gap-2 font-medium">
          <Spinner />
          {IN_FLIGHT_TEXT[status ?? ''] ?? 'Work in progress.'} This page updates by itself.
        </p>
      </Banner>
    );
  }
  if (status === 'pending_rpl_review') {
    return (
      <Banner tone="warning">
        <p className="font-medium">Held for a compliance review</p>
        <p className="mt-0.5">
          The customer matched the restricted or denied party list. Onboarding continues once Cisco clears it; if the
          review is still pending after 72 hours, onboarding stops.
        </p>
      </Banner>
    );
  }
  if (status === 'error') {
    return (
      <Banner tone="danger">
        <p className="mb-2 font-medium">
          Provisioning failed. Fix the cause below, then remove wholesale services and provision the customer again.
        </p>
        <ProblemList items={customer.errors} tone="error" label="Customer errors" />
      </Banner>
    );
  }
  if (status === 'provisioned_with_errors') {
    return (
      <Banner tone="warning">
        <p className="font-medium">Some packages could not be provisioned. Each one’s error is shown under Packages.</p>
        {customer.errors.length > 0 ? (
          <div className="mt-2">
            <ProblemList items={customer.errors} tone="error" label="Customer errors" />
          </div>
        ) : null}
      </Banner>
    );
  }
  return null;
}
