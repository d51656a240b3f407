/**
 * POST /wholesale/customers, its precheck and the look-up that makes a retry safe. Only
 * the creation wizard provisions customers, so these live with it.
 */
import { SCOPES } from '@contract/scopes';
import {
  CustomerListResponse,
  CustomerPrecheckResponse,
  ResourceUrl,
  idFromResourceUrl,
  type CustomerPrecheckRequestInput,
  type ProvisionCustomerRequestInput,
} from '@contract/wholesale';
import type { OrgApi } from '@/shared/api/org-api';

export interface Provisioned {
  customerId: string;
  /** Where to follow it: the Location header (else the body's url). */
  url: string;
}

/** 202: provisioning runs in the background; the customer is at `url`. */
export async function provisionCustomer(api: OrgApi, body: ProvisionCustomerRequestInput): Promise<Provisioned> {
  const response = await api.client.request({
    method: 'POST',
    path: '/wholesale/customers',
    body,
    schema: ResourceUrl,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
  const url = response.headers.get('location') ?? response.data.url;
  const customerId = idFromResourceUrl(url) ?? idFromResourceUrl(response.data.url);
  if (!customerId) throw new Error(`The server accepted the customer but named no customer URL (got "${url}").`);
  return { customerId, url };
}

export interface PrecheckVerdict {
  message: string;
  info: { code: number | string | null; description: string }[];
}

/** 200 when provisioning would likely succeed; a refusal is thrown as the ApiError provisioning would give. */
export async function precheckCustomer(api: OrgApi, body: CustomerPrecheckRequestInput): Promise<PrecheckVerdict> {
  const { data } = await api.client.request({
    method: 'POST',
    path: '/wholesale/customers/validate',
    body,
    schema: CustomerPrecheckResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersWrite,
  });
  return {
    message: data.message ?? 'success',
    info: data.info.map((i) => ({ code: i.infoCode ?? null, description: i.description ?? '' })),
  };
}

/** The customer with this external ID (unique per partner), if one exists. */
export async function findCustomerByExternalId(api: OrgApi, externalId: string): Promise<string | null> {
  const { data } = await api.client.request({
    path: '/wholesale/customers',
    query: { externalId, max: 1 },
    schema: CustomerListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
  });
  return data.items.find((c) => c.externalId === externalId)?.id ?? null;
}
