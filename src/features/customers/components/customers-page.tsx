import { useMemo } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ArrowDownWideNarrow, Plus } from 'lucide-react';
import { hasHubStats, useCapabilities } from '@/shared/api/capabilities';
import { useQuery } from '@tanstack/react-query';
import { customerListQueryOptions } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { useStats } from '@/shared/api/stats';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Pagination } from '@/shared/ui/pagination';
import { usePackageScan } from '../api/use-package-scan';
import { useInFlightPolling } from '../api/use-in-flight-polling';
import { useWriteMode } from '../lib/use-write-mode';
import { CUSTOMER_PAGE_SIZES, statusList, type CustomersSearch } from '../lib/customers-search';
import { CsvExport } from './csv-export';
import { CLEARED, CustomersEmptyState } from './customers-empty-state';
import { CustomerFilters } from './customer-filters';
import { CustomersTable, toRows } from './customers-table';
import { PackageScanBar, PackageScanPagination } from './package-scan-bar';
import { StatusChips } from './status-chips';
import { SubPartnerSearchPanel } from './sub-partner-search-panel';

const route = getRouteApi('/o/$orgId/customers/');
const NO_ROWS = [] as const;

export function CustomersPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const org = useActingOrg();
  const { can } = usePermissions();
  const capabilities = useCapabilities();
  const counting = capabilities.data ? hasHubStats(capabilities.data) : false;
  const stats = useStats({ enabled: counting });

  /** Any filter change starts again at the first page. */
  const update = (patch: Partial<CustomersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, offset: 0, ...patch }) });

  const serverFilters = { status: search.status, externalId: search.externalId, orgId: search.orgId };
  const scanning = search.package !== undefined;
  const api = useOrgApi();
  // With a package filter the scan reads the pages itself; the plain page is not asked for.
  const list = useQuery({
    ...customerListQueryOptions(api, { ...serverFilters, offset: search.offset, max: search.max }),
    enabled: !scanning,
  });
  const scan = usePackageScan({
    filters: serverFilters,
    pkg: search.package,
    startOffset: search.offset,
    want: search.max,
  });

  const items = scanning ? scan.matches : (list.data?.items ?? NO_ROWS);
  const live = useInFlightPolling(items);
  const rows = useMemo(() => toRows(items, live, org.id), [items, live, org.id]);

  const counts = stats.data?.customersByStatus ?? null;
  const selected = statusList(search);
  const expected =
    counts && !search.externalId && !search.orgId && !search.package
      ? Object.entries(counts)
          .filter(([status]) => selected.length === 0 || selected.includes(status))
          .reduce((sum, [, n]) => sum + n, 0)
      : null;

  const createMode = useWriteMode('create');
  const canCreate = createMode.kind === 'allowed';
  const createLink =
    createMode.kind === 'allowed' ? (
      <Link to="/o/$orgId/customers/new" params={{ orgId: org.id }} className={buttonClasses('primary')}>
        <Plus aria-hidden="true" />
        Create customer
      </Link>
    ) : createMode.kind === 'disabled' ? (
      <Button variant="primary" icon={<Plus />} disabled title={createMode.reason}>
        Create customer
      </Button>
    ) : null;

  const loading = scanning ? scan.loading : list.isPending;
  const error = scanning ? scan.error : list.error;
  const empty = (
    <CustomersEmptyState
      search={search}
      createLink={canCreate ? createLink : null}
      onClear={() => update(CLEARED)}
      onFirst={() => update({})}
    />
  );

  return (
    <>
      <PageHeader
        title="Customers"
        description={`Customers of ${org.name}: provisioning status, packages and problems.`}
        actions={
          <>
            <CsvExport search={search} expected={expected} fileStem="customers" />
            {createLink}
          </>
        }
      />
      {createMode.kind === 'disabled' ? (
        <p className="-mt-3 mb-4 text-[13px] text-fg-muted">{createMode.reason}</p>
      ) : null}
      <Card aria-label="Customer list">
        <div className="flex flex-col gap-4 border-b border-line px-4 py-4">
          <StatusChips
            selected={selected}
            onChange={(statuses) => update({ status: statuses.join(',') || undefined })}
            counts={counts}
            loading={counting && stats.isPending}
          />
          <CustomerFilters key={`${search.externalId}|${search.orgId}`} search={search} onChange={update} />
        </div>
        <p className="flex items-center gap-1.5 px-4 pt-2.5 text-xs text-fg-muted">
          <ArrowDownWideNarrow aria-hidden="true" className="size-3.5" />
          Oldest first. The Wholesale API returns customers in the order they were created and offers no sorting.
        </p>
        {scanning && search.package ? (
          <PackageScanBar scan={scan} pkg={search.package} startOffset={search.offset} />
        ) : null}
        {error && !loading && items.length === 0 ? (
          <ErrorState
            error={error}
            title="Could not load customers"
            onRetry={() => (scanning ? scan.retry() : void list.refetch())}
          />
        ) : (
          <CustomersTable
            rows={rows}
            loading={loading}
            refreshing={!scanning && list.isPlaceholderData}
            empty={empty}
            skeletonRows={Math.min(search.max, 10)}
          />
        )}
        {scanning ? (
          <PackageScanPagination
            startOffset={search.offset}
            nextOffset={scan.nextOffset}
            count={items.length}
            busy={scan.scanning}
            onChange={(offset) => void navigate({ search: (prev) => ({ ...prev, offset }) })}
          />
        ) : (
          <Pagination
            offset={search.offset}
            max={search.max}
            count={items.length}
            hasNext={Boolean(list.data?.next)}
            busy={list.isFetching}
            pageSizes={CUSTOMER_PAGE_SIZES}
            noun="customers"
            onChange={(page) => void navigate({ search: (prev) => ({ ...prev, ...page }) })}
          />
        )}
      </Card>
      {org.kind === 'partner' && can('view', 'indirect-providers') ? <SubPartnerSearchPanel /> : null}
    </>
  );
}
