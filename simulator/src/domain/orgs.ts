import { ERROR_CODES } from '@contract/error-codes';
import type { Queryable } from '../db/db';
import type { Principal } from '../http/context';
import { ApiError } from '../http/errors';

export interface OrgRow {
  id: string;
  tenant_id: string;
  parent_id: string | null;
  name: string;
  subscription_id: string;
  provisioning_state: 'active' | 'suspended';
  created_at: Date;
  billing_start_date: Date;
}

/**
 * The organisation a request acts for: the token's own, or (for a parent partner only) one
 * of its sub-partners named by `onBehalfOfSubPartnerOrgId` / `subPartnerOrgId`. Anything
 * else is answered 404, not 403, so that org IDs cannot be probed.
 */
export async function actingOrg(
  db: Queryable,
  principal: Principal,
  subPartnerOrgId: string | undefined,
): Promise<OrgRow> {
  const id = subPartnerOrgId || principal.orgId;
  const [org] = await db.query<OrgRow>('SELECT * FROM orgs WHERE id = $1 AND tenant_id = $2', [id, principal.tenantId]);
  const allowed = org && (org.id === principal.orgId || org.parent_id === principal.orgId);
  if (!org || !allowed) {
    const description = `Sub-partner organisation ${subPartnerOrgId} not found for this partner.`;
    throw new ApiError(404, description, [
      { description, errorCode: ERROR_CODES.SUB_PARTNER_UNKNOWN.code, field: 'onBehalfOfSubPartnerOrgId' },
    ]);
  }
  return org;
}

/** Suspended sub-partners may delete but not create or update (wholesale-api-notes §2.3). */
export function assertMayWrite(org: OrgRow): void {
  if (org.provisioning_state === 'suspended') {
    const description = `Sub-partner ${org.name} is suspended: it may delete existing customers and subscribers but not provision or update.`;
    throw new ApiError(403, description, [{ description, errorCode: ERROR_CODES.SUB_PARTNER_SUSPENDED.code }]);
  }
}
