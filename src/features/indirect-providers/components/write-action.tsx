import { Plus } from 'lucide-react';
import type { Action, Resource } from '@/shared/session/permissions';
import { Button } from '@/shared/ui/button';
import type { SubPartnerPermissions } from '../lib/use-sub-partner-permissions';
import { CrossLaunchLink } from './cross-launch-link';

export interface WriteActionProps {
  permissions: SubPartnerPermissions;
  action: Action;
  resource: Resource;
  label: string;
  subPartner: { orgId: string; name: string };
  section: 'customers' | 'templates';
  /** The visible text that explains a refusal (the page's suspension notice). */
  reasonId: string;
}

/**
 * A create action for a sub-partner: it cross-launches into that section of the
 * sub-partner, where the wizard runs acting for it. Absent when the admin may never do it
 * (a read-only admin); disabled, with the reason, while the sub-partner is suspended.
 */
export function WriteAction({ permissions, action, resource, label, subPartner, section, reasonId }: WriteActionProps) {
  const denial = permissions.denial(action, resource);
  if (!denial)
    return <CrossLaunchLink orgId={subPartner.orgId} name={subPartner.name} section={section} label={label} />;
  if (denial.reason !== 'suspended') return null;
  return (
    <Button
      size="sm"
      icon={<Plus />}
      disabled
      aria-describedby={reasonId}
      title={permissions.why(action, resource) ?? undefined}
    >
      {label}
    </Button>
  );
}
