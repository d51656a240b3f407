import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Subscriber } from '@contract/wholesale';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { fetchSubscribers, subscriberListQueryOptions } from '@/shared/api/subscribers';
import { serverFilters, type UsersSearch } from '../lib/users-search';
import { scanUsersForPackage, type UsersScanResult } from './users-scan';

export interface UsersPageData {
  items: readonly Subscriber[];
  /** Offset of the next page of results, or null at the end of the list. */
  nextOffset: number | null;
  /** Present when a package filter scanned pages for this page of results. */
  scan: Omit<UsersScanResult, 'matches'> | null;
  loading: boolean;
  refreshing: boolean;
  fetching: boolean;
  error: Error | null;
  refetch: () => void;
}

const NO_ROWS: readonly Subscriber[] = [];

/**
 * One page of the list: a plain server page, or with a package filter the result of a
 * scan (the API has no package parameter). Both answer the same shape to the table.
 */
export function useUsersPage(search: UsersSearch): UsersPageData {
  const api = useOrgApi();
  const filters = serverFilters(search);
  const scanning = search.package !== undefined;
  const list = useQuery({
    ...subscriberListQueryOptions(api, { ...filters, offset: search.offset, max: search.max }),
    enabled: !scanning,
  });
  const scan = useQuery({
    queryKey: [
      ...queryKeys.subscribers.lists(api),
      'package-scan',
      { ...filters, pkg: search.package, offset: search.offset, max: search.max },
    ],
    queryFn: ({ signal }) =>
      scanUsersForPackage({
        fetchPage: (offset, max) => fetchSubscribers(api, { ...filters, offset, max }, signal),
        pkg: search.package ?? '',
        startOffset: search.offset,
        want: search.max,
      }),
    enabled: scanning,
    placeholderData: keepPreviousData,
  });
  if (scanning) {
    const { matches, ...rest } = scan.data ?? { matches: NO_ROWS };
    return {
      items: matches,
      nextOffset: scan.data?.nextOffset ?? null,
      scan: scan.data ? (rest as Omit<UsersScanResult, 'matches'>) : null,
      loading: scan.isPending,
      refreshing: scan.isPlaceholderData,
      fetching: scan.isFetching,
      error: scan.error,
      refetch: () => void scan.refetch(),
    };
  }
  return {
    items: list.data?.items ?? NO_ROWS,
    nextOffset: list.data?.next ? search.offset + search.max : null,
    scan: null,
    loading: list.isPending,
    refreshing: list.isPlaceholderData,
    fetching: list.isFetching,
    error: list.error,
    refetch: () => void list.refetch(),
  };
}
