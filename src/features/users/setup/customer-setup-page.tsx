import { getRouteApi, Link } from '@tanstack/react-router';
import { FileUp } from 'lucide-react';
import { useActingOrg } from '@/shared/session/acting-org';
import { buttonClasses } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { RunPanel } from './run-panel';
import { SetupSkeleton } from './setup-skeleton';
import { SetupWizard } from './setup-wizard';
import { useRun } from './use-run';
import { useSetupContext } from './use-setup-context';

const route = getRouteApi('/o/$orgId/customers/$customerId/setup');

/** Set up a customer: locations, users, numbers, review, then the provisioning run and its result. */
export function CustomerSetupPage() {
  const { customerId } = route.useParams();
  const org = useActingOrg();
  const setup = useSetupContext(customerId);
  const run = useRun(org.id, customerId, 'setup');
  return (
    <>
      <PageHeader
        title={`Set up ${setup.name}`}
        description="Add locations and up to 200 users per pass, with their packages and numbers. Each user’s package is billed from the day it is assigned."
        actions={
          <Link
            to="/o/$orgId/customers/$customerId/import"
            params={{ orgId: org.id, customerId }}
            className={buttonClasses('secondary')}
          >
            <FileUp aria-hidden="true" />
            Import from CSV
          </Link>
        }
      />
      {run.loading || (setup.pending && !run.run) ? (
        <SetupSkeleton />
      ) : run.run ? (
        <RunPanel run={run.run} finish={{ label: 'Set up more users', onClick: () => void run.close() }} />
      ) : setup.error || !setup.context ? (
        <ErrorState error={setup.error} title="Could not load the customer" onRetry={setup.retry} />
      ) : (
        <SetupWizard
          customerId={customerId}
          context={setup.context}
          locations={setup.locations.data ?? []}
          hasLocations={setup.hasLocations}
          packages={setup.userPackages}
          country={setup.customer.data?.address?.country ?? 'US'}
          onCreate={(users) => run.start(`${users.length} user(s) from the set-up wizard`, users)}
        />
      )}
    </>
  );
}
