import { HubLocation, type LocationRequestInput } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import type { OrgApi } from '@/shared/api/org-api';

/** POST /hub/v1/customers/{id}/locations: a branch location (same rules as the customer's calling location). */
export async function createLocation(
  api: OrgApi,
  customerId: string,
  body: LocationRequestInput,
): Promise<HubLocation> {
  const { data } = await api.client.request({
    method: 'POST',
    base: 'hub',
    path: `/customers/${encodeURIComponent(customerId)}/locations`,
    body,
    schema: HubLocation,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
  return data;
}
