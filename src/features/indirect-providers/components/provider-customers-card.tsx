import { useId, useMemo, useState, type ReactNode } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { Search } from 'lucide-react';
import type { Customer } from '@contract/wholesale';
import { KNOWN_CUSTOMER_STATUSES } from '@contract/packages';
import type { OrgApi } from '@/shared/api/org-api';
import { statusStyle } from '@/shared/lib/statuses';
import { Button } from '@/shared/ui/button';
import { Card, CardHeader } from '@/shared/ui/card';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Pagination } from '@/shared/ui/pagination';
import { Select } from '@/shared/ui/select';
import { StatusBadge } from '@/shared/ui/status-badge';
import { useSubPartnerCustomers } from '../api/sub-partner-api';
import { PROVIDER_PAGE_SIZES, type ProviderSearch } from '../lib/directory-search';
import { CrossLaunchLink } from './cross-launch-link';

const routeApi = getRouteApi('/o/$orgId/indirect-providers/$subPartnerId');

type Row = Customer & { subPartner: { orgId: string; name: string } };
const col = dataTableColumns<Row>();
const COLUMNS = col.columns([
  col.accessor('externalId', {
    header: 'External ID',
    cell: ({ getValue }) => <span className="font-medium">{getValue()}</span>,
  }),
  col.accessor('status', {
    header: 'Status',
    cell: ({ getValue }) => <StatusBadge kind="customer" value={getValue()} />,
  }),
  col.accessor('packages', {
    header: 'Packages',
    cell: ({ getValue }) => <span className="tabular-nums">{(getValue() ?? []).length}</span>,
  }),
  col.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => (
      <CrossLaunchLink
        orgId={row.original.subPartner.orgId}
        customerId={row.original.id}
        name={`customer ${row.original.externalId} of ${row.original.subPartner.name}`}
      />
    ),
  }),
]);

/**
 * The sub-partner's customers, searched explicitly (nothing is loaded until asked): by
 * external ID and/or status, acting for it (onBehalfOfSubPartnerOrgId). Each opens in a
 * cross-launched tab of the sub-partner.
 */
export function ProviderCustomersCard({
  api,
  subPartner,
  action,
}: {
  api: OrgApi;
  subPartner: { orgId: string; name: string };
  action: ReactNode;
}) {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const headingId = useId();
  const [externalId, setExternalId] = useState(search.externalId ?? '');
  const [status, setStatus] = useState(search.status ?? '');
  // The URL wins when it changes from outside (back button, a shared link).
  const [inUrl, setInUrl] = useState({ externalId: search.externalId, status: search.status });
  if (inUrl.externalId !== search.externalId || inUrl.status !== search.status) {
    setInUrl({ externalId: search.externalId, status: search.status });
    setExternalId(search.externalId ?? '');
    setStatus(search.status ?? '');
  }

  const params = { externalId: search.externalId, status: search.status, offset: search.offset, max: search.max };
  const customers = useSubPartnerCustomers(api, params, search.find);
  const items = customers.data?.items;
  const rows = useMemo(() => (items ?? []).map((c) => ({ ...c, subPartner })), [items, subPartner]);

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Customers"
        description={`Search ${subPartner.name}’s customers; each opens acting for it, in a new tab.`}
        actions={action}
      />
      <form
        role="search"
        aria-label={`Search ${subPartner.name}’s customers`}
        className="flex flex-wrap items-end gap-3 px-5 pt-3 pb-4"
        onSubmit={(event) => {
          event.preventDefault();
          void navigate({
            search: (prev) => ({
              ...prev,
              externalId: externalId.trim() || undefined,
              status: status || undefined,
              offset: 0,
              find: true,
            }),
            replace: true,
          });
        }}
      >
        <Field label="External ID" className="flex w-64 flex-col gap-1.5">
          <Input
            value={externalId}
            onChange={(e) => setExternalId(e.target.value)}
            autoComplete="off"
            maxLength={200}
          />
        </Field>
        <Field label="Status" className="flex w-56 flex-col gap-1.5">
          <Select
            value={status}
            placeholder="Any status"
            options={KNOWN_CUSTOMER_STATUSES.map((value) => ({ value, label: statusStyle('customer', value).label }))}
            onChange={(e) => setStatus(e.target.value)}
          />
        </Field>
        <Button type="submit" icon={<Search />}>
          Search customers
        </Button>
      </form>
      {!search.find ? null : customers.isError && !customers.data ? (
        <ErrorState
          compact
          error={customers.error}
          title="Could not search the customers"
          onRetry={() => void customers.refetch()}
        />
      ) : (
        <div className="border-t border-line">
          <DataTable
            caption={`${subPartner.name}’s customers`}
            columns={COLUMNS}
            data={rows}
            getRowId={(row) => row.id}
            loading={customers.isPending}
            refreshing={customers.isPlaceholderData}
            skeletonRows={3}
            empty={
              search.externalId || search.status ? (
                <EmptyState variant="no-match" title="No customer matches" />
              ) : (
                <EmptyState variant="empty" title={`${subPartner.name} has no customers yet`} />
              )
            }
          />
          <Pagination
            offset={search.offset}
            max={search.max}
            count={customers.data?.items.length ?? 0}
            hasNext={Boolean(customers.data?.next)}
            busy={customers.isFetching}
            pageSizes={PROVIDER_PAGE_SIZES}
            noun="customers"
            onChange={(page) =>
              void navigate({ search: (prev) => ({ ...prev, ...page, max: page.max as ProviderSearch['max'] }) })
            }
          />
        </div>
      )}
    </Card>
  );
}
