import type { ReactNode } from 'react';
import { Inbox, SearchX } from 'lucide-react';

export interface EmptyStateProps {
  /**
   * `empty`: nothing exists yet (offer the first step). `no-match`: things exist but the
   * filters hide them all (offer to clear the filters) — the two need different words.
   */
  variant: 'empty' | 'no-match';
  title?: string;
  description?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}

const DEFAULTS = {
  empty: { title: 'Nothing here yet', description: undefined },
  'no-match': {
    title: 'No results match these filters',
    description: 'Try other filters, or clear them to see everything.',
  },
} as const;

export function EmptyState({ variant, title, description, action, icon }: EmptyStateProps) {
  const defaults = DEFAULTS[variant];
  return (
    <div className="flex flex-col items-center justify-center px-6 py-12 text-center">
      <div
        aria-hidden="true"
        className="mb-3 flex size-11 items-center justify-center rounded-full bg-surface-hover text-fg-muted [&_svg]:size-5"
      >
        {icon ?? (variant === 'empty' ? <Inbox /> : <SearchX />)}
      </div>
      <p className="text-[15px] font-semibold text-fg">{title ?? defaults.title}</p>
      {(description ?? defaults.description) ? (
        <p className="mt-1 max-w-md text-fg-muted">{description ?? defaults.description}</p>
      ) : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
