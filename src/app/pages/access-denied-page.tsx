import { Link } from '@tanstack/react-router';
import { Lock } from 'lucide-react';
import { buttonClasses } from '@/shared/ui/button';

/** A section the admin may not use: says why, in terms of scopes and org, not "error". */
export function AccessDeniedPage({ reason, orgId }: { reason: string; orgId: string }) {
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-6 text-center">
      <div className="mb-4 flex size-12 items-center justify-center rounded-full bg-surface-hover">
        <Lock aria-hidden="true" className="size-6 text-fg-muted" />
      </div>
      <h1 className="text-2xl font-semibold text-fg">You don’t have access to this page</h1>
      <p className="mt-2 max-w-lg text-fg-muted">{reason}</p>
      <p className="mt-1 max-w-lg text-[13px] text-fg-muted">
        If you need it, ask an administrator of your organisation for the role that grants it.
      </p>
      <Link to="/o/$orgId/overview" params={{ orgId }} className={buttonClasses('secondary', 'md', 'mt-6')}>
        Back to overview
      </Link>
    </div>
  );
}
