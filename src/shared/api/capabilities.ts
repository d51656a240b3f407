import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useApiClient } from './api-context';
import type { ApiClient } from './client';
import { queryKeys } from './query-keys';

/**
 * What the backend offers beyond the public Wholesale API. Features without a public API
 * (onboarding templates, aggregate counts) check these and degrade visibly when absent.
 */
const CapabilitiesSchema = z.looseObject({
  onboardingTemplates: z._default(z.boolean(), false),
  restrictedByPartner: z._default(z.boolean(), false),
  customerLocations: z._default(z.boolean(), false),
  priceBook: z._default(z.boolean(), false),
  simulator: z._default(z.boolean(), false),
  /** GET /hub/v1/stats. Older simulators do not announce it; every simulator serves it. */
  stats: z.optional(z.boolean()),
});

export type Capabilities = z.infer<typeof CapabilitiesSchema>;

/** The real Webex API: no Hub-only features. */
export const PUBLIC_API_CAPABILITIES: Capabilities = {
  onboardingTemplates: false,
  restrictedByPartner: false,
  customerLocations: false,
  priceBook: false,
  simulator: false,
};

export async function fetchCapabilities(client: ApiClient, signal?: AbortSignal): Promise<Capabilities> {
  if (!client.has('hub')) return PUBLIC_API_CAPABILITIES;
  const { data } = await client.request({ base: 'hub', path: '/capabilities', schema: CapabilitiesSchema, signal });
  return data;
}

export function hasHubStats(capabilities: Capabilities): boolean {
  return capabilities.stats ?? capabilities.simulator;
}

export function capabilitiesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.capabilities(client),
    queryFn: ({ signal }) => fetchCapabilities(client, signal),
    staleTime: Infinity,
  });
}

export function useCapabilities() {
  const client = useApiClient();
  return useQuery(capabilitiesQueryOptions(client));
}
