import { CircleCheck, CircleMinus } from 'lucide-react';
import { packageLabel } from '@contract/packages';
import type { NumbersRow, PlanRow } from '../lib/bulk-plan';
import { currentPackage } from '../lib/package-rules';

/** Each user with what will happen to them, refused ones with the reason. */
export function BulkPlanList({
  plan,
  to,
  label,
}: {
  plan: readonly Exclude<PlanRow, NumbersRow>[];
  to: string;
  label: string;
}) {
  return (
    <ul
      aria-label={label}
      className="flex max-h-72 flex-col divide-y divide-line overflow-y-auto rounded-md border border-line"
    >
      {plan.map((row) => {
        const from = currentPackage(row.user);
        return (
          <li key={row.user.id} className="flex items-start gap-2.5 px-3 py-2">
            {row.action === 'change' ? (
              <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success-soft-fg" />
            ) : (
              <CircleMinus aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-fg-muted" />
            )}
            <div className="min-w-0 text-[13px]">
              <p className="truncate font-medium text-fg">{row.user.email ?? row.user.id}</p>
              {row.action === 'change' ? (
                <p className="text-fg-muted">
                  {from ? packageLabel(from) : 'No package'} → {packageLabel(to)}
                </p>
              ) : (
                <p className="text-fg-muted">
                  <span className="font-medium text-fg">Skipped:</span> {row.reason}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
