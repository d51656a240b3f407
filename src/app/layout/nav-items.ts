import { FileText, LayoutDashboard, LayoutTemplate, Network, Receipt, Users, type LucideIcon } from 'lucide-react';
import type { Action, Resource } from '@/shared/session/permissions';

export interface NavItem {
  to:
    | '/o/$orgId/overview'
    | '/o/$orgId/customers'
    | '/o/$orgId/templates'
    | '/o/$orgId/users'
    | '/o/$orgId/billing'
    | '/o/$orgId/indirect-providers';
  label: string;
  icon: LucideIcon;
  /** Shown only when `can(...permission)`: the same check that guards the route. */
  permission: readonly [Action, Resource];
}

/** The left navigation, in order. A new section adds its route in routes/org-routes.tsx and one entry here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/o/$orgId/overview', label: 'Overview', icon: LayoutDashboard, permission: ['view', 'overview'] },
  { to: '/o/$orgId/customers', label: 'Customers', icon: FileText, permission: ['view', 'customer'] },
  { to: '/o/$orgId/templates', label: 'Templates', icon: LayoutTemplate, permission: ['view', 'template'] },
  { to: '/o/$orgId/users', label: 'Users', icon: Users, permission: ['view', 'user'] },
  { to: '/o/$orgId/billing', label: 'Billing', icon: Receipt, permission: ['view', 'billing-report'] },
  {
    to: '/o/$orgId/indirect-providers',
    label: 'Indirect providers',
    icon: Network,
    permission: ['view', 'indirect-providers'],
  },
];
