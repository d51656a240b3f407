import { SCOPES, type Scope } from '@contract/scopes';
import type { AppConfig } from '@/shared/config/app-config';

/** Test data shaped like the simulator's answers; ids are readable on purpose. */

export const PARTNER = { id: 'org-partner', name: 'Northwind Telecom' };
export const ACTIVE_SUB = { id: 'org-contoso', name: 'Contoso Reseller' };
export const SUSPENDED_SUB = { id: 'org-fabrikam', name: 'Fabrikam Voice' };

export const SIMULATOR_CONFIG: AppConfig = {
  backend: 'simulator',
  apiBaseUrl: '/v1',
  hubBaseUrl: '/hub/v1',
  simControlUrl: '/_sim',
};

const ALL: Scope[] = Object.values(SCOPES);
const READ: Scope[] = ALL.filter((s) => s.endsWith('_read'));

export type TestPersona = 'partner-full' | 'partner-read-only' | 'sub-partner-full' | 'suspended-sub-partner-full';

/** GET /hub/v1/session for a persona, as the simulator answers it. */
export function hubSession(persona: TestPersona) {
  const sub =
    persona === 'sub-partner-full' ? ACTIVE_SUB : persona === 'suspended-sub-partner-full' ? SUSPENDED_SUB : null;
  const org = sub ?? PARTNER;
  const readOnly = persona === 'partner-read-only';
  const scopes = (readOnly ? READ : ALL).filter((s) => !sub || !s.includes('sub_partners'));
  return {
    person: {
      id: `person-${persona}`,
      displayName: readOnly ? 'Riley Reader' : 'Alex Admin',
      email: `${persona}@example.com`,
    },
    role: readOnly ? 'read_only_admin' : 'full_admin',
    scopes,
    org: {
      id: org.id,
      name: org.name,
      kind: sub ? 'sub_partner' : 'partner',
      provisioningState: org === SUSPENDED_SUB ? 'suspended' : 'active',
      subscriptionId: 'sub-1',
    },
    parentOrg: sub ? PARTNER : null,
    now: '2026-03-01T00:00:00.000Z',
  };
}
