/**
 * OAuth scopes of the Wholesale API (see wholesale-api-notes §0). The SPA derives every
 * permission from these, so a read-only admin never sees a control that would answer 403.
 */
export const SCOPES = {
  customersRead: 'spark-admin:wholesale_customers_read',
  customersWrite: 'spark-admin:wholesale_customers_write',
  subscribersRead: 'spark-admin:wholesale_subscribers_read',
  subscribersWrite: 'spark-admin:wholesale_subscribers_write',
  billingRead: 'spark-admin:wholesale_billing_reports_read',
  billingWrite: 'spark-admin:wholesale_billing_reports_write',
  subPartnersRead: 'spark-admin:wholesale_sub_partners_read',
  subPartnersWrite: 'spark-admin:wholesale_sub_partners_write',
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];

export const ALL_SCOPES: readonly Scope[] = Object.values(SCOPES);
export const READ_SCOPES: readonly Scope[] = ALL_SCOPES.filter((s) => s.endsWith('_read'));

export const ROLES = ['full_admin', 'read_only_admin'] as const;
export type Role = (typeof ROLES)[number];

/** Scopes a role holds in an org; sub-partners have no sub-partners of their own (one level). */
export function scopesForRole(role: Role, orgKind: 'partner' | 'sub_partner'): Scope[] {
  const base = role === 'full_admin' ? ALL_SCOPES : READ_SCOPES;
  return orgKind === 'partner' ? [...base] : base.filter((s) => !s.includes('sub_partners'));
}
