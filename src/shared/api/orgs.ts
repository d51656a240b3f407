import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ApiError } from './api-error';
import type { ApiClient } from './client';
import { queryKeys } from './query-keys';
import type { OrgInfo, OrgKind } from './session';
import type { ActingOrg } from '../session/acting-org';

const HubOrgSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  provisioningState: z._default(z.string(), 'active'),
});

const OrganizationSchema = z.looseObject({ id: z.string(), displayName: z.optional(z.string()) });

function notYours(orgId: string): ApiError {
  const description = `Organisation ${orgId} is not yours or one of your sub-partners.`;
  return new ApiError({ kind: 'http', status: 404, message: description, items: [{ description, errorCode: 1404 }] });
}

async function fetchSubPartnerName(client: ApiClient, orgId: string, signal?: AbortSignal): Promise<string> {
  try {
    const { data } = await client.request({
      path: `/organizations/${encodeURIComponent(orgId)}`,
      schema: OrganizationSchema,
      signal,
    });
    return data.displayName ?? orgId;
  } catch {
    return orgId;
  }
}

/**
 * Which organisation `/o/$orgId` acts for: the signed-in org itself, or (for a partner)
 * one of its sub-partners, which makes every call carry the sub-partner parameter. Any
 * other id is "not found", as the API answers it, so ids cannot be probed.
 */
export async function resolveActingOrg(
  client: ApiClient,
  signedIn: OrgInfo,
  orgId: string,
  signal?: AbortSignal,
): Promise<ActingOrg> {
  if (orgId === signedIn.id) return { ...signedIn, subPartnerOrgId: null, crossLaunchedFrom: null };
  if (signedIn.kind !== 'partner') throw notYours(orgId);
  const from = { id: signedIn.id, name: signedIn.name };

  if (client.has('hub')) {
    const { data } = await client.request({
      base: 'hub',
      path: `/orgs/${encodeURIComponent(orgId)}`,
      schema: HubOrgSchema,
      signal,
    });
    if (data.kind !== 'sub_partner') throw notYours(orgId);
    return {
      id: data.id,
      name: data.name,
      kind: 'sub_partner' satisfies OrgKind,
      provisioningState: data.provisioningState,
      subPartnerOrgId: data.id,
      crossLaunchedFrom: from,
    };
  }
  // Only against the real API; loaded on demand so the wholesale contract stays out of the entry chunk.
  const { fetchAllSubPartnerIds } = await import('./sub-partners');
  const subPartners = await fetchAllSubPartnerIds(client, signal);
  const match = subPartners.find((s) => s.orgId === orgId);
  if (!match) throw notYours(orgId);
  return {
    id: orgId,
    name: await fetchSubPartnerName(client, orgId, signal),
    kind: 'sub_partner',
    provisioningState: match.provisioningState ?? 'active',
    subPartnerOrgId: orgId,
    crossLaunchedFrom: from,
  };
}

export function actingOrgQueryOptions(client: ApiClient, signedIn: OrgInfo, orgId: string) {
  return queryOptions({
    queryKey: queryKeys.orgInfo(client, signedIn, orgId),
    queryFn: ({ signal }) => resolveActingOrg(client, signedIn, orgId, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
