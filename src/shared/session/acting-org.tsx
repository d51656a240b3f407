import { createContext, useContext, type ReactNode } from 'react';
import type { OrgInfo } from '../api/session';

/** The organisation named in the URL (`/o/$orgId/...`), which every org-scoped call acts for. */
export interface ActingOrg extends OrgInfo {
  /** Set (to `id`) while a parent partner acts for one of its sub-partners. */
  subPartnerOrgId: string | null;
  /** The signed-in partner while cross-launched into one of its sub-partners. */
  crossLaunchedFrom: { id: string; name: string } | null;
}

const ActingOrgContext = createContext<ActingOrg | null>(null);

export function ActingOrgProvider({ org, children }: { org: ActingOrg; children: ReactNode }) {
  return <ActingOrgContext.Provider value={org}>{children}</ActingOrgContext.Provider>;
}

export function useActingOrg(): ActingOrg {
  const org = useContext(ActingOrgContext);
  if (!org) throw new Error('useActingOrg() is only available under an /o/$orgId route.');
  return org;
}
