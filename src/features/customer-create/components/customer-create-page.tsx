import { getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '@/shared/ui/page-header';
import { CustomerWizard } from './customer-wizard';
import { ProvisioningTracker } from './provisioning-tracker';

const route = getRouteApi('/o/$orgId/customers/new');

/** The creation wizard; after the 202, the tracker of the customer it created (`?customerId=`). */
export function CustomerCreatePage() {
  const { customerId } = route.useSearch();
  if (customerId) return <ProvisioningTracker customerId={customerId} />;
  return (
    <>
      <PageHeader
        title="Create a customer"
        description="Three short steps and a review. Your entries are kept as a draft on this device until the customer is created."
      />
      <CustomerWizard />
    </>
  );
}
