import type { MouseEvent } from 'react';
import { Link, useLocation, useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { EyeOff } from 'lucide-react';
import { buttonClasses } from '@/shared/ui/button';
import { RouteErrorPage } from '../pages/route-error-page';
import { WithheldWhenCrossLaunchedError } from './guards';

/**
 * Error boundary of a section that may be withheld while cross-launched: "not available
 * when acting for a sub-partner" (with the same page in the partner's own organisation)
 * instead of "access denied"; any other error as every route shows it.
 */
export function WithheldAwareErrorPage(props: ErrorComponentProps) {
  if (!(props.error instanceof WithheldWhenCrossLaunchedError)) return <RouteErrorPage {...props} />;
  return <WithheldPage error={props.error} />;
}

function WithheldPage({ error }: { error: WithheldWhenCrossLaunchedError }) {
  const router = useRouter();
  const { orgId = '' } = useParams({ strict: false });
  const { pathname, searchStr } = useLocation();
  // The same address with the partner's own org in place of the sub-partner's.
  const ownHref = pathname.replace(`/o/${orgId}/`, `/o/${error.parent.id}/`) + searchStr;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href: ownHref });
  };
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-6 text-center">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-info-soft text-info-soft-fg">
        <EyeOff aria-hidden="true" className="size-6" />
      </div>
      <h1 className="text-2xl font-semibold text-fg">Not available when acting for a sub-partner</h1>
      <p className="mt-2 max-w-lg text-fg-muted">
        You are acting for <strong className="font-semibold text-fg">{error.actingFor}</strong>. Partner Hub offers this
        page only in your own organisation, {error.parent.name}.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        <a href={ownHref} onClick={follow} className={buttonClasses('primary')}>
          Open it in {error.parent.name}
        </a>
        <Link to="/o/$orgId/overview" params={{ orgId }} className={buttonClasses('secondary')}>
          Stay with {error.actingFor}
        </Link>
      </div>
    </div>
  );
}
