/**
 * A submit that never creates two customers.
 *
 * - A second click while the first POST is in flight gets the same promise (no second POST).
 * - Once accepted, the same external ID answers the accepted customer again.
 * - A POST whose answer was lost (network failure, 5xx: the server may or may not have
 *   created it) leaves a marker in localStorage; the next try, even after a reload, first
 *   looks the customer up by its external ID (unique per partner) and follows that one
 *   instead of POSTing again.
 */
import type { ProvisionCustomerRequestInput } from '@contract/wholesale';
import { isApiError } from '@/shared/api/api-error';
import type { OrgApi } from '@/shared/api/org-api';
import { findCustomerByExternalId, provisionCustomer, type Provisioned } from './provisioning';

const PREFIX = 'wph.customer-create.unanswered.v1';

export interface Submitted extends Provisioned {
  /** Found by its external ID after an unanswered POST, not created by this call. */
  recovered: boolean;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function markerKey(orgId: string, subPartnerOrgId: string | null): string {
  return `${PREFIX}.${subPartnerOrgId ?? orgId}`;
}

/** External IDs whose POST got no clear answer, for this org. */
function readMarkers(key: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function writeMarkers(key: string, ids: readonly string[]): void {
  try {
    if (ids.length === 0) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage unavailable: the in-memory guard still holds for this page.
  }
}

/** A refusal (4xx) is a clear answer: nothing was created. Anything else may have been. */
function answerMayBeLost(error: unknown): boolean {
  return !isApiError(error) || error.kind === 'network' || error.status >= 500;
}

export interface IdempotentProvision {
  submit: (body: ProvisionCustomerRequestInput) => Promise<Submitted>;
}

export function createIdempotentProvision(api: OrgApi): IdempotentProvision {
  const key = markerKey(api.orgId, api.subPartnerOrgId);
  const inFlight = new Map<string, Promise<Submitted>>();
  const accepted = new Map<string, Submitted>();

  async function attempt(body: ProvisionCustomerRequestInput): Promise<Submitted> {
    const externalId = body.externalId;
    if (readMarkers(key).includes(externalId)) {
      const existing = await findCustomerByExternalId(api, externalId);
      if (existing) {
        writeMarkers(
          key,
          readMarkers(key).filter((id) => id !== externalId),
        );
        return { customerId: existing, url: '', recovered: true };
      }
    }
    writeMarkers(key, [...new Set([...readMarkers(key), externalId])]);
    try {
      const result = await provisionCustomer(api, body);
      writeMarkers(
        key,
        readMarkers(key).filter((id) => id !== externalId),
      );
      return { ...result, recovered: false };
    } catch (error) {
      if (!answerMayBeLost(error))
        writeMarkers(
          key,
          readMarkers(key).filter((id) => id !== externalId),
        );
      throw error;
    }
  }

  return {
    submit(body) {
      const done = accepted.get(body.externalId);
      if (done) return Promise.resolve(done);
      const running = inFlight.get(body.externalId);
      if (running) return running;
      const promise = attempt(body)
        .then((result) => {
          accepted.set(body.externalId, result);
          return result;
        })
        .finally(() => inFlight.delete(body.externalId));
      inFlight.set(body.externalId, promise);
      return promise;
    },
  };
}
