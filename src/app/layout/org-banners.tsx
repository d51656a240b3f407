import { Link } from '@tanstack/react-router';
import { ArrowLeft, TriangleExclamationPoint, Workflow } from 'lucide-react';
import { useActingOrg, type ActingOrg } from '@/shared/session/acting-org';

/**
 * Org-context notices under the top bar: acting for a sub-partner (cross-launch), and a
 * suspended org (which may view and delete, but not create or change).
 */
export function OrgBanners() {
  const org = useActingOrg();
  return (
    <>
      {org.crossLaunchedFrom ? <CrossLaunchBanner org={org} from={org.crossLaunchedFrom} /> : null}
      {org.provisioningState === 'suspended' ? (
        <div
          role="region"
          aria-label="Suspended organisation"
          className="flex items-center gap-2 bg-warning-soft px-6 py-2 text-warning-soft-fg"
        >
          <TriangleExclamationPoint aria-hidden="true" className="size-4 shrink-0" />
          <p>
            <strong className="font-semibold">{org.name}</strong> is suspended: you can view and delete customers and
            users, but not create or change them.
          </p>
        </div>
      ) : null}
    </>
  );
}

/**
 * Cross-launched: who (the signed-in partner) acts for whom (the sub-partner in the URL),
 * on every page of the tab, with the way back to the partner. It survives a reload because
 * the org context is the URL itself; the signed-in admin is named in the top bar.
 */
function CrossLaunchBanner({ org, from }: { org: ActingOrg; from: { id: string; name: string } }) {
  return (
    <div
      role="region"
      aria-label="Cross-launch"
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 bg-info-soft px-6 py-2 text-info-soft-fg"
    >
      <p className="flex items-center gap-2">
        <Workflow aria-hidden="true" className="size-4 shrink-0" />
        <span>
          Acting for <strong className="font-semibold">{org.name}</strong> (sub-partner) from{' '}
          <strong className="font-semibold">{from.name}</strong>
        </span>
      </p>
      <Link
        to="/o/$orgId/overview"
        params={{ orgId: from.id }}
        className="flex items-center gap-1.5 font-medium underline-offset-2 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        Back to {from.name}
      </Link>
    </div>
  );
}
