import { useMatches, type LinkProps } from '@tanstack/react-router';
import { Breadcrumbs, type BreadcrumbItem } from '@/shared/ui/breadcrumbs';
import { useActingOrg } from '@/shared/session/acting-org';

function loaderCrumb(loaderData: unknown): string | undefined {
  if (typeof loaderData !== 'object' || loaderData === null || !('crumb' in loaderData)) return undefined;
  return typeof loaderData.crumb === 'string' ? loaderData.crumb : undefined;
}

/** Org › section › … from the matched routes' `staticData.crumb` (or a loader's `{ crumb }`). */
export function RouteBreadcrumbs() {
  const org = useActingOrg();
  const matches = useMatches();
  // The org crumb leads to its overview, unless that is the page already shown.
  const onOverview = matches.some((m) => m.fullPath === '/o/$orgId/overview');
  const items: BreadcrumbItem[] = [
    { label: org.name, link: onOverview ? undefined : { to: '/o/$orgId/overview', params: { orgId: org.id } } },
  ];
  for (const match of matches) {
    const label = loaderCrumb(match.loaderData) ?? match.staticData.crumb;
    // A match's path and params belong together; TypeScript cannot correlate the members of the two unions.
    if (label) items.push({ label, link: { to: match.fullPath, params: match.params } as LinkProps });
  }
  return <Breadcrumbs items={items} />;
}
