import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import type { HubLocation } from '@contract/hub';
import type { SubscriberPackage } from '@contract/packages';
import { useOrgApi } from '@/shared/api/org-api';
import { useActingOrg } from '@/shared/session/acting-org';
import { buttonClasses } from '@/shared/ui/button';
import { useWizard } from '@/shared/wizard/use-wizard';
import { Wizard } from '@/shared/wizard/wizard';
import { CustomerCheck } from '../lib/customer-check';
import type { RunInput } from '../lib/run-registry';
import {
  SETUP_FORM_VERSION,
  checkSetupRows,
  emptySetupForm,
  isBlankRow,
  setupSteps,
  type SetupContext,
  type SetupForm,
} from '../lib/setup-form';
import { LocationsStep } from './locations-step';
import { NumbersStep } from './numbers-step';
import { SetupReview } from './setup-review';
import { UsersStep } from './users-step';

export interface SetupWizardProps {
  customerId: string;
  context: SetupContext;
  locations: readonly HubLocation[];
  hasLocations: boolean;
  packages: readonly SubscriberPackage[];
  country: string;
  /** Starts the run of the checked users (the create step). */
  onCreate: (users: { key: string; input: RunInput }[]) => Promise<void>;
}

/** Locations → users → numbers → review; submitting starts the provisioning run. */
export function SetupWizard(props: SetupWizardProps) {
  const org = useActingOrg();
  const { context, customerId } = props;
  const api = useOrgApi();
  const checker = useMemo(() => new CustomerCheck(api, customerId), [api, customerId]);
  const steps = useMemo(() => setupSteps(context, checker), [context, checker]);
  const wizard = useWizard<SetupForm, void>({
    id: `customer-setup.${customerId}`,
    draftVersion: SETUP_FORM_VERSION,
    steps,
    defaultValues: emptySetupForm(),
    reviewDescription: 'Check the users, precheck any of them with Webex, then create them.',
    onSubmit: async (values) => {
      const { users } = checkSetupRows(values, context);
      await props.onCreate(users.map(({ user }) => ({ key: user.email.toLowerCase(), input: user })));
    },
  });
  const rows = useWatch({ control: wizard.form.control, name: 'users' });
  const count = rows.filter((row) => !isBlankRow(row)).length;
  return (
    <Wizard
      wizard={wizard}
      label="Set-up steps"
      submitLabel={`Create ${count} user${count === 1 ? '' : 's'}`}
      secondaryActions={
        <Link
          to="/o/$orgId/customers/$customerId"
          params={{ orgId: org.id, customerId }}
          className={buttonClasses('subtle')}
        >
          Cancel
        </Link>
      }
    >
      {(stepId) => {
        switch (stepId) {
          case 'locations':
            return (
              <LocationsStep
                customerId={customerId}
                country={props.country}
                locations={props.locations}
                available={props.hasLocations}
              />
            );
          case 'users':
            return <UsersStep packages={props.packages} locations={props.locations} />;
          case 'numbers':
            return <NumbersStep context={context} checker={checker} />;
          default:
            return (
              <SetupReview
                wizard={wizard}
                context={context}
                customerId={customerId}
                locations={props.locations}
                checker={checker}
              />
            );
        }
      }}
    </Wizard>
  );
}
