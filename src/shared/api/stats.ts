import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { SCOPES } from '@contract/scopes';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { queryKeys } from './query-keys';

const Counts = z.record(z.string(), z.number());

/**
 * GET /hub/v1/stats (simulator only; the public API has no counts). A group is `null`
 * when the token may not read it or it does not apply (sub-partners of a sub-partner).
 */
export const HubStatsSchema = z.looseObject({
  customersByStatus: z.nullable(Counts),
  subscribersByPackage: z.nullable(Counts),
  subscribersByStatus: z.nullable(Counts),
  subPartnersByState: z.nullable(Counts),
});

export type HubStats = z.infer<typeof HubStatsSchema>;
export type CountsByKey = z.infer<typeof Counts>;

export async function fetchStats(api: OrgApi, signal?: AbortSignal): Promise<HubStats> {
  const { data } = await api.client.request({
    base: 'hub',
    path: '/stats',
    schema: HubStatsSchema,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data;
}

export function statsQueryOptions(api: OrgApi) {
  return queryOptions({
    queryKey: queryKeys.stats(api),
    queryFn: ({ signal }) => fetchStats(api, signal),
  });
}

export function useStats(options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...statsQueryOptions(api), enabled: options.enabled ?? true });
}
