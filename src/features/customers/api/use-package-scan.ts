import { useRef, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchCustomers, type CustomerListParams } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { scanForPackage, type ScanStep } from './package-scan';

export interface PackageScanParams {
  /** What the server filters (status, external ID, org ID). */
  filters: Omit<CustomerListParams, 'offset' | 'max'>;
  pkg: string | undefined;
  /** Server offset this page of results starts scanning from. */
  startOffset: number;
  /** Matches per page of results. */
  want: number;
}

interface StepParam {
  offset: number;
  found: number;
}

/**
 * One page of package-filtered results, found by scanning server pages (see
 * scanForPackage). Each scan step is a page of an infinite query: a paused or stopped scan
 * continues where it left off with `continueScan`, and the steps stay cached for the
 * back button.
 */
export function usePackageScan({ filters, pkg, startOffset, want }: PackageScanParams) {
  const api = useOrgApi();
  const stopRequested = useRef(false);
  const [progress, setProgress] = useState<{ scanned: number; matched: number } | null>(null);

  // The stop flag steers a running scan; it does not change what the scan reads.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useInfiniteQuery({
    queryKey: [...queryKeys.customers.lists(api), 'package-scan', { ...filters, pkg, startOffset, want }],
    initialPageParam: { offset: startOffset, found: 0 } as StepParam,
    queryFn: async ({ pageParam, signal }): Promise<ScanStep> => {
      stopRequested.current = false;
      try {
        return await scanForPackage({
          fetchPage: (offset, max) => fetchCustomers(api, { ...filters, offset, max }, signal),
          pkg: pkg ?? '',
          startOffset: pageParam.offset,
          want: want - pageParam.found,
          onProgress: (p) => setProgress({ scanned: p.scanned, matched: pageParam.found + p.matched }),
          shouldStop: () => stopRequested.current,
        });
      } finally {
        setProgress(null);
      }
    },
    getNextPageParam: (last, steps): StepParam | undefined =>
      (last.end === 'paused' || last.end === 'stopped') && last.nextOffset !== null
        ? { offset: last.nextOffset, found: steps.reduce((n, s) => n + s.matches.length, 0) }
        : undefined,
    enabled: pkg !== undefined,
  });

  const steps = query.data?.pages ?? [];
  const last = steps.at(-1);
  return {
    matches: steps.flatMap((s) => s.matches),
    /** Customers read so far for this page of results (finished steps). */
    scanned: steps.reduce((n, s) => n + s.scanned, 0),
    /** The step being read right now (null when idle). */
    progress,
    end: query.isFetching ? undefined : last?.end,
    /** Where the next page of results starts, once this one is full. */
    nextOffset: last?.end === 'filled' ? last.nextOffset : null,
    scanning: query.isFetching,
    loading: query.isPending && pkg !== undefined,
    error: query.error,
    stop: () => {
      stopRequested.current = true;
    },
    continueScan: () => void query.fetchNextPage(),
    retry: () => void query.refetch(),
  };
}
