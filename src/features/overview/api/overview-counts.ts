import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { hasHubStats, useCapabilities } from '@/shared/api/capabilities';
import type { OrgApi } from '@/shared/api/org-api';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import { statsQueryOptions, type CountsByKey } from '@/shared/api/stats';

export interface Tally {
  counts: CountsByKey;
  total: number;
  /** The real API has no counts: lists are paged up to a cap, so the figures are a lower bound. */
  capped: boolean;
}

/**
 * Without the simulator's /hub/v1/stats, counting means reading the lists. The cap keeps a
 * large partner's overview to a bounded number of requests (10 pages of 100), and the UI
 * says when it was reached.
 */
export const COUNT_CAP = 1000;

export function fromCounts(counts: CountsByKey): Tally {
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), capped: false };
}

// Counting by paging (real API) lives in its own chunk, with the list modules and the
// wholesale contract's schemas: against the simulator the overview never needs them.

function customerTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.customers.all(api), 'tally'],
    queryFn: async ({ signal }) => (await import('./tally-by-paging')).tallyCustomers(api, signal),
  });
}

function subscriberTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.subscribers.all(api), 'tally'],
    queryFn: async ({ signal }) => (await import('./tally-by-paging')).tallySubscribers(api, signal),
  });
}

function subPartnerTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.subPartners.all(api), 'tally'],
    queryFn: async ({ signal }) => (await import('./tally-by-paging')).tallySubPartners(api, signal),
  });
}

export interface OverviewCounts {
  customersByStatus: UseQueryResult<Tally | null>;
  subscribersByPackage: UseQueryResult<Tally | null>;
  subPartnersByState: UseQueryResult<Tally | null>;
  /** True once it is known which source applies (capabilities loaded). */
  ready: boolean;
}

/**
 * The overview's figures, from one /hub/v1/stats call when the backend offers it, else by
 * paging the public lists. Each group is fetched only when `wanted` (the admin may see it);
 * a `null` tally means the backend reports nothing for that group.
 */
export function useOverviewCounts(wanted: {
  customers: boolean;
  subscribers: boolean;
  subPartners: boolean;
}): OverviewCounts {
  const api = useOrgApi();
  const capabilities = useCapabilities();
  // Without capabilities (an older or unreachable Hub API), fall back to paging the public lists.
  const ready = !capabilities.isPending;
  const hub = capabilities.isSuccess && hasHubStats(capabilities.data);
  const stats = statsQueryOptions(api);

  const customersViaHub = useQuery({
    ...stats,
    enabled: hub && wanted.customers,
    select: (s) => (s.customersByStatus ? fromCounts(s.customersByStatus) : null),
  });
  const subscribersViaHub = useQuery({
    ...stats,
    enabled: hub && wanted.subscribers,
    select: (s) => (s.subscribersByPackage ? fromCounts(s.subscribersByPackage) : null),
  });
  const subPartnersViaHub = useQuery({
    ...stats,
    enabled: hub && wanted.subPartners,
    select: (s) => (s.subPartnersByState ? fromCounts(s.subPartnersByState) : null),
  });
  const customersByPaging = useQuery({ ...customerTallyOptions(api), enabled: ready && !hub && wanted.customers });
  const subscribersByPaging = useQuery({
    ...subscriberTallyOptions(api),
    enabled: ready && !hub && wanted.subscribers,
  });
  const subPartnersByPaging = useQuery({
    ...subPartnerTallyOptions(api),
    enabled: ready && !hub && wanted.subPartners,
  });

  return {
    customersByStatus: hub ? customersViaHub : customersByPaging,
    subscribersByPackage: hub ? subscribersViaHub : subscribersByPaging,
    subPartnersByState: hub ? subPartnersViaHub : subPartnersByPaging,
    ready,
  };
}
