import { packageLabel } from '@contract/packages';
import { Field } from '@/shared/ui/field';
import { Select } from '@/shared/ui/select';
import type { NumbersRow, PlanRow } from '../lib/bulk-plan';
import { BulkPlanList } from './bulk-plan-list';
import { PhoneLinesTable } from './phone-lines-table';
import type { PhoneLines } from './use-phone-lines';

const users = (n: number) => `${n} ${n === 1 ? 'user' : 'users'}`;

/** "3 users change as they are, 2 get the phone line you enter, 1 is skipped." */
function planSummary(changing: number, numbers: number, skipped: number): string {
  const parts = [
    changing > 0
      ? `${users(changing)} ${changing === 1 ? 'changes' : 'change'}${numbers > 0 ? ' as they are' : ''}`
      : '',
    numbers > 0 ? `${users(numbers)} ${numbers === 1 ? 'needs' : 'need'} a phone line` : '',
    skipped > 0 ? `${users(skipped)} ${skipped === 1 ? 'is' : 'are'} skipped` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}.`;
}

/** The package choice, then the plan: phone lines to enter first, the other users and why any is skipped. */
export function BulkChooseStep({
  to,
  onTo,
  offered,
  plan,
  lines,
}: {
  to: string;
  onTo: (pkg: string) => void;
  offered: readonly string[];
  plan: readonly PlanRow[];
  lines: PhoneLines;
}) {
  const numbers = plan.filter((r): r is NumbersRow => r.action === 'numbers');
  const others = plan.filter((r): r is Exclude<PlanRow, NumbersRow> => r.action !== 'numbers');
  const skipped = others.filter((r) => r.action === 'skip').length;
  const invalid = lines.invalidCount(numbers.map((r) => r.user.id));
  return (
    <div className="flex flex-col gap-4">
      <Field
        label="New package"
        required
        hint="Packages held by at least one of these users’ customers."
        className="flex w-72 flex-col gap-1.5"
      >
        <Select
          value={to}
          placeholder="Choose a package"
          options={offered.map((p) => ({ value: p, label: packageLabel(p) }))}
          onChange={(event) => onTo(event.target.value)}
        />
      </Field>
      {to ? (
        <>
          <p className="text-[13px] text-fg">{planSummary(others.length - skipped, numbers.length, skipped)}</p>
          {lines.checked && invalid > 0 ? (
            <p
              role="alert"
              className="rounded-md border border-line bg-danger-soft px-3 py-2 text-[13px] font-medium text-danger-soft-fg"
            >
              {invalid === 1 ? 'One phone line needs' : `${invalid} phone lines need`} fixing before the review: each
              problem is under its cell.
            </p>
          ) : null}
          {numbers.length > 0 ? <PhoneLinesTable rows={numbers} to={to} lines={lines} /> : null}
          {others.length > 0 && numbers.length > 0 ? (
            <div className="flex flex-col gap-2">
              <h3 className="text-[13px] font-semibold text-fg">What happens to the other users</h3>
              <BulkPlanList plan={others} to={to} label="What happens to the other users" />
            </div>
          ) : null}
          {others.length > 0 && numbers.length === 0 ? (
            <BulkPlanList plan={others} to={to} label="What happens to each user" />
          ) : null}
        </>
      ) : (
        <p className="text-[13px] text-fg-muted">
          Each user is checked with the same rules as a single change before anything is sent.
        </p>
      )}
    </div>
  );
}
