import { useMemo } from 'react';
import type { ApiClient, OrgScope } from './client';
import { useApiClient } from './api-context';
import { useActingOrg } from '../session/acting-org';

/**
 * The client bound to the organisation in the URL. Org-scoped fetchers take this, and
 * query keys are derived from it, so a cached answer can never leak between orgs.
 */
export interface OrgApi extends OrgScope {
  readonly client: ApiClient;
}

export function createOrgApi(client: ApiClient, scope: OrgScope): OrgApi {
  return { client, orgId: scope.orgId, subPartnerOrgId: scope.subPartnerOrgId };
}

/** The OrgApi of the current `/o/$orgId` route. */
export function useOrgApi(): OrgApi {
  const client = useApiClient();
  const { id, subPartnerOrgId } = useActingOrg();
  return useMemo(() => createOrgApi(client, { orgId: id, subPartnerOrgId }), [client, id, subPartnerOrgId]);
}
