import type { ReactNode } from 'react';
import { CircleDollarSign } from 'lucide-react';

/** The billing consequence of a change, set apart so it is read before confirming. */
export function ConsequenceNote({
  title = 'What this changes in billing',
  children,
}: {
  title?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex gap-3 rounded-md border border-line bg-warning-soft px-3 py-2.5 text-warning-soft-fg">
      <CircleDollarSign aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 text-[13px]">
        <p className="font-semibold">{title}</p>
        {children}
      </div>
    </div>
  );
}
