import type { Role, Scope } from '@contract/scopes';

export interface Principal {
  tenantId: string;
  /** The organisation the token belongs to (partner or sub-partner). */
  orgId: string;
  orgName: string;
  orgKind: 'partner' | 'sub_partner';
  parentOrgId: string | null;
  adminId: string;
  adminName: string;
  adminEmail: string;
  role: Role;
  scopes: ReadonlySet<Scope | string>;
}

export interface TenantSettings {
  provisioningDelay: string;
  reportDelay: string;
  rateLimit: { requestsPerMinute: number } | null;
}

export interface TenantState {
  id: string;
  clockOffsetMs: number;
  settings: TenantSettings;
}

export interface AppEnv {
  Variables: {
    trackingId: string;
    principal: Principal;
    tenant: TenantState;
    /** The tenant's simulated "now" for this request. */
    now: Date;
    /** Parsed JSON body of POST/PUT requests (validated by each route). */
    body: unknown;
  };
}
