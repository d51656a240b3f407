import { useCallback } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { useCapabilities } from '@/shared/api/capabilities';
import { useSubPartnerDirectory } from '@/shared/api/sub-partners';
import { useActingOrg } from '@/shared/session/acting-org';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Pagination } from '@/shared/ui/pagination';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { DIRECTORY_PAGE_SIZES, directoryParams, type DirectorySearch } from '../lib/directory-search';
import { DirectoryExport } from './directory-export';
import { DirectoryFilters } from './directory-filters';
import { DirectoryTable } from './directory-table';
import { PublicDirectory } from './public-directory';

const routeApi = getRouteApi('/o/$orgId/indirect-providers/');

const DESCRIPTION = 'Sub-partners that resell your services. Cross-launch into one to act for it.';

/** The partner's sub-partners ("indirect providers"): thousands of them, paged, filtered and sorted by the server. */
export function IndirectProvidersPage() {
  const capabilities = useCapabilities();
  if (capabilities.isPending) {
    return (
      <>
        <PageHeader title="Indirect providers" description={DESCRIPTION} />
        <LoadingRegion label="Loading indirect providers">
          <Skeleton className="h-96 w-full rounded-lg" />
        </LoadingRegion>
      </>
    );
  }
  // Against the real Webex API there is no directory: the public list has no names, search or counts.
  if (!capabilities.data?.simulator) return <PublicDirectory description={DESCRIPTION} />;
  return <Directory />;
}

function Directory() {
  const org = useActingOrg();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const params = directoryParams(search);
  const directory = useSubPartnerDirectory(params);
  const filtered = Boolean(search.q || search.state);

  const setSearch = useCallback(
    (patch: Partial<DirectorySearch>) =>
      void navigate({ search: (prev) => ({ ...prev, offset: 0, ...patch }), replace: true }),
    [navigate],
  );

  const empty = filtered ? (
    <EmptyState
      variant="no-match"
      title="No indirect providers match"
      description={
        search.q
          ? `None has “${search.q}” in its name or as its org ID${search.state ? `, among the ${search.state} ones` : ''}.`
          : `None is ${search.state}.`
      }
    />
  ) : (
    <EmptyState
      variant="empty"
      title="No indirect providers yet"
      description="Sub-partners onboarded under your organisation appear here, with their customers and billing."
    />
  );

  return (
    <>
      <PageHeader
        title="Indirect providers"
        description={DESCRIPTION}
        actions={<DirectoryExport params={params} fileStem={`indirect-providers-${org.name}`} />}
      />
      <Card aria-label="Indirect providers list">
        <DirectoryFilters search={search} onChange={setSearch} />
        {directory.isError && !directory.data ? (
          <ErrorState
            error={directory.error}
            title="Could not load your indirect providers"
            onRetry={() => void directory.refetch()}
          />
        ) : (
          <>
            <DirectoryTable
              parentOrgId={org.id}
              items={directory.data?.items}
              loading={directory.isPending}
              refreshing={directory.isPlaceholderData}
              skeletonRows={Math.min(search.max, 10)}
              empty={empty}
            />
            <Pagination
              offset={search.offset}
              max={search.max}
              count={directory.data?.items.length ?? 0}
              hasNext={Boolean(directory.data?.next)}
              busy={directory.isFetching}
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
