import { SCOPES } from '@contract/scopes';
import type { ActingOrg } from './acting-org';

export type Action = 'view' | 'create' | 'update' | 'delete';
export type Resource = 'overview' | 'customer' | 'template' | 'user' | 'billing-report' | 'indirect-providers';

interface Rule {
  /** Any one of these scopes grants the action. */
  anyScope: readonly string[];
  /** Refused while the acting org is suspended: a suspended sub-partner may delete but not provision or update. */
  needsActiveOrg?: boolean;
  /** Only a partner organisation: sub-partners have no sub-partners of their own (one level). */
  partnerOnly?: boolean;
  /**
   * Withheld while a partner acts for a sub-partner (cross-launch), as Partner Hub withholds
   * its analytics, services, reports, release-management and trial screens there: absent
   * from navigation, and its URL answers "not available when acting for a sub-partner".
   * Billing is not withheld: its reports act for a sub-partner through subPartnerOrgId.
   */
  withheldWhenCrossLaunched?: boolean;
}

const write = (scope: string): Rule => ({ anyScope: [scope], needsActiveOrg: true });

/**
 * Permissions as data (refine's `can(action, resource)`), derived from the scopes the
 * server grants and the org being acted for — never from role names. Routes, navigation
 * and buttons all ask the same table, so a read-only admin never sees a control that
 * would answer 403. A missing entry means "not allowed".
 */
export const PERMISSION_RULES: { readonly [R in Resource]: Partial<Record<Action, Rule>> } = {
  overview: {
    view: { anyScope: [SCOPES.customersRead, SCOPES.subscribersRead, SCOPES.billingRead, SCOPES.subPartnersRead] },
  },
  customer: {
    view: { anyScope: [SCOPES.customersRead] },
    create: write(SCOPES.customersWrite),
    update: write(SCOPES.customersWrite),
    delete: { anyScope: [SCOPES.customersWrite] },
  },
  // Onboarding templates are Partner Hub-only; managing them is customer-provisioning work.
  template: {
    view: { anyScope: [SCOPES.customersRead] },
    create: write(SCOPES.customersWrite),
    update: write(SCOPES.customersWrite),
    delete: { anyScope: [SCOPES.customersWrite] },
  },
  user: {
    view: { anyScope: [SCOPES.subscribersRead] },
    create: write(SCOPES.subscribersWrite),
    update: write(SCOPES.subscribersWrite),
    delete: { anyScope: [SCOPES.subscribersWrite] },
  },
  'billing-report': {
    view: { anyScope: [SCOPES.billingRead] },
    create: { anyScope: [SCOPES.billingWrite] },
    delete: { anyScope: [SCOPES.billingWrite] },
  },
  'indirect-providers': {
    view: { anyScope: [SCOPES.subPartnersRead], partnerOnly: true, withheldWhenCrossLaunched: true },
  },
};

export interface PermissionContext {
  scopes: readonly string[];
  actingOrg: Pick<ActingOrg, 'kind' | 'name' | 'provisioningState' | 'subPartnerOrgId'>;
}

export type Denial =
  | { reason: 'not-offered' }
  | { reason: 'missing-scope'; scopes: readonly string[] }
  | { reason: 'suspended' }
  | { reason: 'cross-launched' }
  | { reason: 'not-a-partner' };

export function checkPermission(ctx: PermissionContext, action: Action, resource: Resource): Denial | null {
  const rule = PERMISSION_RULES[resource][action];
  if (!rule) return { reason: 'not-offered' };
  if (!rule.anyScope.some((s) => ctx.scopes.includes(s))) return { reason: 'missing-scope', scopes: rule.anyScope };
  if (rule.withheldWhenCrossLaunched && ctx.actingOrg.subPartnerOrgId) return { reason: 'cross-launched' };
  if (rule.partnerOnly && ctx.actingOrg.kind !== 'partner') return { reason: 'not-a-partner' };
  if (rule.needsActiveOrg && ctx.actingOrg.provisioningState === 'suspended') return { reason: 'suspended' };
  return null;
}

export function describeDenial(denial: Denial, ctx: PermissionContext): string {
  switch (denial.reason) {
    case 'not-offered':
      return 'This action is not available.';
    case 'missing-scope':
      return `Your access token lacks the scope this needs: ${denial.scopes.join(' or ')}.`;
    case 'suspended':
      return `${ctx.actingOrg.name} is suspended: it can view and delete, but not create or change anything.`;
    case 'cross-launched':
      return `Not available when acting for a sub-partner: Partner Hub offers it only in your own organisation, not while acting for ${ctx.actingOrg.name}.`;
    case 'not-a-partner':
      return 'Only a partner organisation has indirect providers; sub-partners have none of their own.';
  }
}

export interface Permissions {
  can(action: Action, resource: Resource): boolean;
  /** Why an action is refused, in words for the access-denied page or a tooltip; null when allowed. */
  why(action: Action, resource: Resource): string | null;
}

export function permissionsFor(ctx: PermissionContext): Permissions {
  return {
    can: (action, resource) => checkPermission(ctx, action, resource) === null,
    why: (action, resource) => {
      const denial = checkPermission(ctx, action, resource);
      return denial ? describeDenial(denial, ctx) : null;
    },
  };
}
