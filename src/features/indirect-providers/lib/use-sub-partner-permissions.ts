import { useMemo } from 'react';
import { useSession } from '@/shared/api/session';
import type { SubPartnerEntry } from '@/shared/api/sub-partners';
import {
  checkPermission,
  permissionsFor,
  type Action,
  type Denial,
  type Permissions,
  type Resource,
} from '@/shared/session/permissions';

export interface SubPartnerPermissions extends Permissions {
  denial(action: Action, resource: Resource): Denial | null;
}

/**
 * What the signed-in partner may do *for* one of its sub-partners: the same rules a
 * cross-launched tab of it applies (a suspended sub-partner refuses creation and updates,
 * with its reason), so a button here and there agree.
 */
export function useSubPartnerPermissions(
  entry: Pick<SubPartnerEntry, 'orgId' | 'name' | 'provisioningState'>,
): SubPartnerPermissions {
  const { scopes } = useSession();
  const { orgId, name, provisioningState } = entry;
  return useMemo(() => {
    const ctx = {
      scopes,
      actingOrg: { kind: 'sub_partner' as const, name, provisioningState, subPartnerOrgId: orgId },
    };
    return { ...permissionsFor(ctx), denial: (action, resource) => checkPermission(ctx, action, resource) };
  }, [scopes, orgId, name, provisioningState]);
}
