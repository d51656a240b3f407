import { useState } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useCustomer } from '@/shared/api/customers';
import { useActingOrg } from '@/shared/session/acting-org';
import { Card } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Pagination } from '@/shared/ui/pagination';
import { useUsersPage } from '../api/use-users-page';
import { CLEARED_FILTERS, USER_PAGE_SIZES, type UsersSearch } from '../lib/users-search';
import { useUserWriteMode } from '../lib/use-user-write-mode';
import { ScanBar, ScanPagination } from './scan-bar';
import { UserDialogs, type UserDialogState } from './user-dialogs';
import { SelectionBar, useSelection } from './selection-bar';
import { UsersCsvExport } from './users-csv-export';
import { UsersEmptyState } from './users-empty-state';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';

const route = getRouteApi('/o/$orgId/users/');

export function UsersPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const org = useActingOrg();
  const page = useUsersPage(search);
  const customer = useCustomer(search.customerId ?? '', { enabled: Boolean(search.customerId) });
  const updateMode = useUserWriteMode('update');
  const deleteMode = useUserWriteMode('delete');
  const selection = useSelection();
  const [dialog, setDialog] = useState<UserDialogState>(null);

  /** Any filter change starts again at the first page. */
  const update = (patch: Partial<UsersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, offset: 0, ...patch }) });

  const canChange = updateMode.kind === 'allowed';
  const customerLabel = customer.data?.externalId;
  return (
    <>
      <PageHeader
        title="Users"
        description={
          search.customerId
            ? `Users of ${customerLabel ?? 'one customer'} with a wholesale package.`
            : `Every user with a wholesale package across the customers of ${org.name}.`
        }
        actions={<UsersCsvExport search={search} />}
      />
      {updateMode.kind === 'disabled' ? (
        <p className="-mt-3 mb-4 text-[13px] text-fg-muted">Package changes are off: {updateMode.reason}</p>
      ) : null}
      <Card aria-label="User list">
        <div className="border-b border-line px-4 py-4">
          <UsersFilters
            key={`${search.email}|${search.externalCustomerId}`}
            search={search}
            onChange={update}
            customerLabel={customerLabel}
          />
        </div>
        {search.package && (page.scan || page.fetching) ? (
          <ScanBar pkg={search.package} startOffset={search.offset} scan={page.scan} fetching={page.fetching} />
        ) : null}
        {updateMode.kind !== 'hidden' ? (
          <SelectionBar
            selection={selection}
            disabledReason={updateMode.kind === 'disabled' ? updateMode.reason : null}
            onChangePackage={() => setDialog({ kind: 'bulk', users: [...selection.users.values()] })}
          />
        ) : null}
        {page.error && !page.loading && page.items.length === 0 ? (
          <ErrorState error={page.error} title="Could not load users" onRetry={page.refetch} />
        ) : (
          <UsersTable
            orgId={org.id}
            rows={page.items}
            loading={page.loading}
            refreshing={page.refreshing}
            skeletonRows={Math.min(search.max, 10)}
            selection={canChange ? selection : undefined}
            onChangePackage={canChange ? (user) => setDialog({ kind: 'change', user }) : undefined}
            onRemove={deleteMode.kind === 'allowed' ? (user) => setDialog({ kind: 'remove', user }) : undefined}
            empty={
              <UsersEmptyState search={search} onClear={() => update(CLEARED_FILTERS)} onFirst={() => update({})} />
            }
          />
        )}
        {search.package ? (
          <ScanPagination
            startOffset={search.offset}
            nextOffset={page.nextOffset}
            count={page.items.length}
            busy={page.fetching}
            onChange={(offset) => void navigate({ search: (prev) => ({ ...prev, offset }) })}
          />
        ) : (
          <Pagination
            offset={search.offset}
            max={search.max}
            count={page.items.length}
            hasNext={page.nextOffset !== null}
            busy={page.fetching}
            pageSizes={USER_PAGE_SIZES}
            noun="users"
            onChange={(next) => void navigate({ search: (prev) => ({ ...prev, ...next }) })}
          />
        )}
      </Card>
      <UserDialogs state={dialog} onClose={() => setDialog(null)} onBulkFinished={() => selection.clear()} />
    </>
  );
}
