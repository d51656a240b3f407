import { useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { FileUp, Pencil, Trash2, UserPlus } from 'lucide-react';
import { useCapabilities } from '@/shared/api/capabilities';
import { useHubCustomer } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { Button, buttonClasses } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { StatusBadge } from '@/shared/ui/status-badge';
import { useFollowCustomer } from '../api/use-follow-customer';
import { useTemplate } from '../api/use-template';
import { isInFlight } from '../lib/customer-status';
import { useWriteMode, type WriteMode } from '../lib/use-write-mode';
import { CustomerDetailSkeleton } from './customer-detail-skeleton';
import { DetailsCard } from './details-card';
import { EditDetailsDialog } from './edit-details-dialog';
import { EditPackagesDialog } from './edit-packages-dialog';
import { LocationsCard } from './locations-card';
import { PackagesCard } from './packages-card';
import { RemoveCustomerDialog } from './remove-customer-dialog';
import { RemoveServicesCard } from './remove-services-card';
import { RestrictedCard } from './restricted-card';
import { StatusBanner } from './status-banner';
import { UsersCard } from './users-card';

const route = getRouteApi('/o/$orgId/customers/$customerId');

/** Why a customer cannot be changed right now (busy, or never provisioned); null when it can. */
function updateBlocker(status: string | undefined): string | null {
  if (isInFlight(status) || status === 'pending_rpl_review')
    return 'Wait until the current work finishes: the customer cannot change meanwhile.';
  if (status === 'error')
    return 'Provisioning failed, so there is nothing to change: remove wholesale services and provision it again.';
  return null;
}

function WriteButton({
  mode,
  blocker,
  ...props
}: { mode: WriteMode; blocker: string | null } & Parameters<typeof Button>[0]) {
  if (mode.kind === 'hidden') return null;
  const reason = mode.kind === 'disabled' ? mode.reason : blocker;
  return <Button {...props} disabled={reason !== null} title={reason ?? undefined} />;
}

/** "Set up" (locations, users, numbers) and "Import users" (CSV), once the customer's org exists. */
function UserSetupActions({ orgId, customerId, status }: { orgId: string; customerId: string; status?: string }) {
  if (status !== 'provisioned' && status !== 'provisioned_with_errors') {
    const reason = 'Users can be added once the customer is provisioned.';
    return (
      <>
        <Button icon={<FileUp />} disabled title={reason}>
          Import users
        </Button>
        <Button variant="primary" icon={<UserPlus />} disabled title={reason}>
          Set up
        </Button>
      </>
    );
  }
  return (
    <>
      <Link
        to="/o/$orgId/customers/$customerId/import"
        params={{ orgId, customerId }}
        className={buttonClasses('secondary')}
      >
        <FileUp aria-hidden="true" />
        Import users
      </Link>
      <Link
        to="/o/$orgId/customers/$customerId/setup"
        params={{ orgId, customerId }}
        className={buttonClasses('primary')}
      >
        <UserPlus aria-hidden="true" />
        Set up
      </Link>
    </>
  );
}

export function CustomerDetailPage() {
  const { customerId } = route.useParams();
  const org = useActingOrg();
  const api = useOrgApi();
  const { can } = usePermissions();
  const capabilities = useCapabilities().data;
  const hub = api.client.has('hub');
  const customer = useFollowCustomer(customerId);
  const profile = useHubCustomer(customerId, { enabled: hub && !customer.gone });
  const template = useTemplate(profile.data?.templateId);
  const updateMode = useWriteMode('update');
  const deleteMode = useWriteMode('delete');
  const [dialog, setDialog] = useState<'packages' | 'details' | 'remove' | null>(null);

  const back = (
    <Link to="/o/$orgId/customers" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
      Back to customers
    </Link>
  );
  if (customer.gone) {
    return customer.removedWhileOpen ? (
      <EmptyState
        variant="empty"
        title="Wholesale services removed"
        description="The customer is no longer yours to manage. Its Webex organisation and users remain in Webex."
        action={back}
      />
    ) : (
      <EmptyState
        variant="no-match"
        title="Customer not found"
        description={`No customer of ${org.name} has this ID. It may have been removed.`}
        action={back}
      />
    );
  }
  if (customer.isPending) return <CustomerDetailSkeleton />;
  if (!customer.data) {
    return (
      <ErrorState
        error={customer.error}
        title="Could not load the customer"
        onRetry={() => void customer.refetch()}
        action={back}
      />
    );
  }

  const data = customer.data;
  const name = profile.data?.name || data.externalId || data.id;
  const blocker = updateBlocker(data.status);
  const deleteBlocker = data.status === 'deleting' ? 'The removal is already under way.' : null;

  return (
    <>
      <PageHeader
        title={name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge kind="customer" value={data.status} />
            {data.externalId && data.externalId !== name ? <span>External ID {data.externalId}</span> : null}
          </span>
        }
        actions={
          can('create', 'user') ? (
            <UserSetupActions orgId={org.id} customerId={customerId} status={data.status} />
          ) : null
        }
      />
      <StatusBanner customer={data} />
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="flex min-w-0 flex-col gap-4">
          <PackagesCard
            customer={data}
            actions={
              <WriteButton
                mode={updateMode}
                blocker={blocker}
                size="sm"
                icon={<Pencil />}
                onClick={() => setDialog('packages')}
              >
                Edit packages
              </WriteButton>
            }
          />
          {capabilities?.restrictedByPartner ? (
            <RestrictedCard customerId={customerId} partnerName={org.name} mode={updateMode} />
          ) : null}
          {deleteMode.kind === 'hidden' ? null : (
            <RemoveServicesCard
              action={
                <WriteButton
                  mode={deleteMode}
                  blocker={deleteBlocker}
                  variant="danger"
                  size="sm"
                  icon={<Trash2 />}
                  onClick={() => setDialog('remove')}
                >
                  Remove wholesale services
                </WriteButton>
              }
            />
          )}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <DetailsCard
            customer={data}
            profile={profile.data}
            orgId={org.id}
            actions={
              <WriteButton
                mode={updateMode}
                blocker={blocker}
                size="sm"
                icon={<Pencil />}
                onClick={() => setDialog('details')}
              >
                Edit details
              </WriteButton>
            }
          />
          {can('view', 'user') ? <UsersCard customerId={customerId} orgId={org.id} /> : null}
          {capabilities?.customerLocations ? <LocationsCard customerId={customerId} /> : null}
        </div>
      </div>
      {dialog === 'packages' ? (
        <EditPackagesDialog
          open
          customer={data}
          name={name}
          offered={template.data?.offeredPackages}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'details' ? (
        <EditDetailsDialog open customer={data} name={name} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'remove' ? (
        <RemoveCustomerDialog open customer={data} name={name} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
