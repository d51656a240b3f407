/**
 * The subscriber requests a provisioning run makes: provision one user, look for a user
 * already there (the runner's verify step after an interruption), precheck one user, and
 * resend the consent e-mail of a user waiting for migration.
 */
import { SCOPES } from '@contract/scopes';
import { SubscriberListResponse, SubscriberPrecheckResponse, Subscriber } from '@contract/wholesale';
import type { Subscriber as SubscriberType } from '@contract/wholesale';
import type { OrgApi } from '@/shared/api/org-api';
import { NoContent } from '@/shared/api/paging';
import { toProvisionRequest, type ImportUser } from './import-validator';

/** What a run keeps of a created user: enough to show it and to resend its consent e-mail. */
export interface ProvisionedUser {
  id: string;
  status: string;
}

const compact = (subscriber: SubscriberType): ProvisionedUser => ({
  id: subscriber.id,
  status: subscriber.status ?? 'provisioned',
});

/**
 * POST /wholesale/subscribers. No client retry: the runner owns 429/503 (Retry-After) and
 * never resends a row whose first request may have arrived.
 */
export async function provisionUser(
  api: OrgApi,
  customerId: string,
  user: ImportUser,
  signal?: AbortSignal,
): Promise<ProvisionedUser> {
  const { data } = await api.client.request({
    method: 'POST',
    path: '/wholesale/subscribers',
    body: toProvisionRequest(user, customerId),
    schema: Subscriber,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
    retry: false,
    signal,
  });
  return compact(data);
}

/** The customer's user with this e-mail, or null: did an interrupted request arrive? */
export async function findUser(api: OrgApi, customerId: string, email: string): Promise<ProvisionedUser | null> {
  const { data } = await api.client.request({
    path: '/wholesale/subscribers',
    query: { customerId, email, max: 1 },
    schema: SubscriberListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersRead,
  });
  const found = data.items.find((s) => s.email?.toLowerCase() === email.toLowerCase());
  return found ? compact(found) : null;
}

/** POST /wholesale/subscribers/validate for one row; rejects with the ApiError when Webex would refuse it. */
export async function precheckUser(api: OrgApi, customerId: string, user: ImportUser) {
  const { provisioningParameters, ...rest } = toProvisionRequest(user, customerId);
  const { data } = await api.client.request({
    method: 'POST',
    path: '/wholesale/subscribers/validate',
    body: { ...rest, provisioningParameters },
    schema: SubscriberPrecheckResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
  });
  return data;
}

/** POST /subscribers/{id}/emails/consentMove (no /wholesale prefix). */
export async function resendConsentEmail(api: OrgApi, subscriberId: string): Promise<void> {
  await api.client.request({
    method: 'POST',
    path: `/subscribers/${encodeURIComponent(subscriberId)}/emails/consentMove`,
    schema: NoContent,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.subscribersWrite,
  });
}
