import type { SimOrg, SimRole } from './sim-control';

export interface Persona {
  id: string;
  orgId: string;
  role: SimRole;
  title: string;
  description: string;
  /** The org's provisioning state, shown for sub-partners (a suspended one cannot provision). */
  state?: string;
}

/**
 * Who one can be in a simulated tenant: the partner's two admins, and the full admin of
 * each sub-partner (signing in directly, as a reseller would — not cross-launched).
 */
export function personasFor(orgs: readonly SimOrg[]): Persona[] {
  const partner = orgs.find((o) => o.kind === 'partner');
  const personas: Persona[] = [];
  if (partner) {
    personas.push(
      {
        id: `${partner.orgId}:full`,
        orgId: partner.orgId,
        role: 'full_admin',
        title: 'Partner full admin',
        description: 'All customers, users, billing and sub-partners.',
      },
      {
        id: `${partner.orgId}:read`,
        orgId: partner.orgId,
        role: 'read_only_admin',
        title: 'Partner read-only admin',
        description: 'Sees everything, changes nothing.',
      },
    );
  }
  const subPartners = orgs.filter((o) => o.kind === 'sub_partner').sort((a, b) => a.name.localeCompare(b.name));
  for (const org of subPartners) {
    personas.push({
      id: `${org.orgId}:full`,
      orgId: org.orgId,
      role: 'full_admin',
      title: `Sub-partner admin — ${org.name}`,
      description: 'A reseller signing in directly: only its own customers.',
      state: org.provisioningState,
    });
  }
  return personas;
}
