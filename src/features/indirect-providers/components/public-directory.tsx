import { getRouteApi } from '@tanstack/react-router';
import type { SubPartner } from '@contract/wholesale';
import { useSubPartnerList } from '@/shared/api/sub-partners';
import { Card } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { PageHeader } from '@/shared/ui/page-header';
import { Pagination } from '@/shared/ui/pagination';
import { Select } from '@/shared/ui/select';
import { StatusBadge } from '@/shared/ui/status-badge';
import { DIRECTORY_PAGE_SIZES, type DirectorySearch } from '../lib/directory-search';
import { formatDay } from '../lib/format';
import { CrossLaunchLink } from './cross-launch-link';

const routeApi = getRouteApi('/o/$orgId/indirect-providers/');
const col = dataTableColumns<SubPartner>();

const COLUMNS = col.columns([
  col.accessor('orgId', {
    header: 'Org ID',
    cell: ({ getValue }) => (
      <span className="inline-flex items-center gap-1">
        <span className="font-mono text-xs break-all">{getValue()}</span>
        <CopyButton value={getValue()} label="Copy org ID" />
      </span>
    ),
  }),
  col.accessor('provisioningState', {
    header: 'State',
    cell: ({ getValue }) => <StatusBadge kind="sub-partner" value={getValue()} />,
  }),
  col.accessor('created', { header: 'Created', cell: ({ getValue }) => formatDay(getValue()) }),
  col.accessor('billingStartDate', { header: 'Billing start', cell: ({ getValue }) => formatDay(getValue()) }),
  col.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <CrossLaunchLink orgId={row.original.orgId} name={row.original.orgId} />,
  }),
]);

/**
 * The directory against the real Webex API: GET /wholesale/subPartners pages and filters by
 * state, but has no names, search, sort or customer counts; the page says so.
 */
export function PublicDirectory({ description }: { description: string }) {
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const list = useSubPartnerList({ provisioningState: search.state, offset: search.offset, max: search.max });
  return (
    <>
      <PageHeader title="Indirect providers" description={description} />
      <p className="mb-4 rounded-md bg-info-soft px-4 py-2.5 text-info-soft-fg">
        The Webex API lists sub-partners by org ID only: names, search, customer counts and CSV export need the Partner
        Hub API.
      </p>
      <Card aria-label="Indirect providers list">
        <div className="px-4 pt-4 pb-3">
          <Field label="State" className="flex w-40 flex-col gap-1.5">
            <Select
              value={search.state ?? ''}
              placeholder="Any state"
              options={[
                { value: 'active', label: 'Active' },
                { value: 'suspended', label: 'Suspended' },
              ]}
              onChange={(event) =>
                void navigate({
                  search: (prev) => ({
                    ...prev,
                    offset: 0,
                    state: (event.target.value || undefined) as DirectorySearch['state'],
                  }),
                })
              }
            />
          </Field>
        </div>
        {list.isError && !list.data ? (
          <ErrorState
            error={list.error}
            title="Could not load your indirect providers"
            onRetry={() => void list.refetch()}
          />
        ) : (
          <>
            <DataTable
              caption="Indirect providers"
              columns={COLUMNS}
              data={list.data?.items ?? NO_ROWS}
              getRowId={(row) => row.orgId}
              loading={list.isPending}
              refreshing={list.isPlaceholderData}
              empty={
                <EmptyState
                  variant={search.state ? 'no-match' : 'empty'}
                  title={search.state ? `No ${search.state} indirect providers` : 'No indirect providers yet'}
                />
              }
            />
            <Pagination
              offset={search.offset}
              max={search.max}
              count={list.data?.items.length ?? 0}
              hasNext={Boolean(list.data?.next)}
              busy={list.isFetching}
              pageSizes={DIRECTORY_PAGE_SIZES}
              noun="indirect providers"
              onChange={(page) =>
                void navigate({ search: (prev) => ({ ...prev, ...page, max: page.max as DirectorySearch['max'] }) })
              }
            />
          </>
        )}
      </Card>
    </>
  );
}

const NO_ROWS: readonly SubPartner[] = [];
