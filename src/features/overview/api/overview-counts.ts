import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { hasHubStats, useCapabilities } from '@/shared/api/capabilities';
import type { OrgApi } from '@/shared/api/org-api';
import { useOrgApi } from '@/shared/api/org-api';
import { collectPages } from '@/shared/api/paging';
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
const PAGE = { max: 100 };

function tally<T>(items: readonly T[], keyOf: (item: T) => string | undefined, capped: boolean): Tally {
  const counts: CountsByKey = {};
  for (const item of items) {
    const key = keyOf(item) ?? 'unknown';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { counts, total: items.length, capped };
}

export function fromCounts(counts: CountsByKey): Tally {
  return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0), capped: false };
}

// The list modules (and the wholesale contract's schemas with them) load only on this
// real-API path; against the simulator the overview never needs them.

function customerTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.customers.all(api), 'tally'],
    queryFn: async ({ signal }) => {
      const { fetchCustomers } = await import('@/shared/api/customers');
      const { items, capped } = await collectPages((next) => fetchCustomers(api, next ?? PAGE, signal), COUNT_CAP);
      return tally(items, (c) => c.status, capped);
    },
  });
}

function subscriberTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.subscribers.all(api), 'tally'],
    queryFn: async ({ signal }) => {
      const { fetchSubscribers } = await import('@/shared/api/subscribers');
      const { items, capped } = await collectPages((next) => fetchSubscribers(api, next ?? PAGE, signal), COUNT_CAP);
      return tally(items, (s) => s.packages[0] ?? s.package, capped);
    },
  });
}

function subPartnerTallyOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.subPartners.all(api), 'tally'],
    queryFn: async ({ signal }) => {
      const { fetchSubPartners } = await import('@/shared/api/sub-partners');
      const { items, capped } = await collectPages(
        (next) => fetchSubPartners(api.client, next ?? PAGE, signal),
        COUNT_CAP,
      );
      return tally(items, (s) => s.provisioningState, capped);
    },
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
