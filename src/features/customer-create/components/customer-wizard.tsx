import { useMemo } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useOrgApi } from '@/shared/api/org-api';
import { useActingOrg } from '@/shared/session/acting-org';
import { buttonClasses } from '@/shared/ui/button';
import { useWizard } from '@/shared/wizard/use-wizard';
import { Wizard } from '@/shared/wizard/wizard';
import { createIdempotentProvision, type Submitted } from '../api/idempotent-provision';
import { CUSTOMER_FORM_VERSION, CUSTOMER_STEPS, emptyCustomerForm, type CustomerForm } from '../lib/customer-form';
import { CUSTOMER_FIELD_MAP, toProvisionRequest } from '../lib/customer-request';
import { CustomerReview } from './customer-review';
import { CustomerStep } from './step-customer';
import { LocationStep } from './step-location';
import { PackagesStep } from './step-packages';
import { Note } from './note';

export const CUSTOMER_WIZARD_ID = 'customer-create';

export function CustomerWizard() {
  const org = useActingOrg();
  const api = useOrgApi();
  const navigate = useNavigate();
  // One per wizard: its in-flight guard spans double clicks and retries on this page.
  const provision = useMemo(() => createIdempotentProvision(api), [api]);
  const defaults = useMemo(() => emptyCustomerForm(), []);
  const wizard = useWizard<CustomerForm, Submitted>({
    id: CUSTOMER_WIZARD_ID,
    draftVersion: CUSTOMER_FORM_VERSION,
    steps: CUSTOMER_STEPS,
    defaultValues: defaults,
    fieldMap: CUSTOMER_FIELD_MAP,
    reviewDescription: 'Check the customer and the exact request that will be sent, then create it.',
    onSubmit: (values) => provision.submit(toProvisionRequest(values)),
    onSubmitted: (result) => {
      void navigate({
        to: '/o/$orgId/customers/new',
        params: { orgId: org.id },
        search: { customerId: result.customerId },
        replace: true,
      });
    },
  });
  return (
    <Wizard
      wizard={wizard}
      label="Customer steps"
      submitLabel="Create customer"
      secondaryActions={
        <Link to="/o/$orgId/customers" params={{ orgId: org.id }} className={buttonClasses('subtle')}>
          Cancel
        </Link>
      }
      notice={
        org.crossLaunchedFrom ? (
          <Note>
            You are creating this customer for {org.name}, on its behalf: it will be {org.name}’s customer.
          </Note>
        ) : null
      }
    >
      {(stepId) => {
        switch (stepId) {
          case 'customer':
            return <CustomerStep />;
          case 'packages':
            return <PackagesStep />;
          case 'location':
            return <LocationStep />;
          default:
            return <CustomerReview wizard={wizard} />;
        }
      }}
    </Wizard>
  );
}
