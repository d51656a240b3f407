import { useMemo } from 'react';
import { useSession } from '../api/session';
import { useActingOrg } from './acting-org';
import { permissionsFor, type Permissions } from './permissions';

/** `can(action, resource)` for the signed-in admin acting for the org in the URL. */
export function usePermissions(): Permissions {
  const { scopes } = useSession();
  const actingOrg = useActingOrg();
  return useMemo(() => permissionsFor({ scopes, actingOrg }), [scopes, actingOrg]);
}
