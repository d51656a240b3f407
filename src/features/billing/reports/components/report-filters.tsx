import { useId } from 'react';
import { X } from 'lucide-react';
import { Button } from '@/shared/ui/button';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { TYPE_LABELS } from '../lib/report-format';
import { hasFilters, REPORT_SORTS, type ReportsSearch } from '../lib/reports-search';
import { SubPartnerPicker } from './sub-partner-picker';

const TYPE_OPTIONS = Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }));
const STATUS_OPTIONS = [
  { value: 'IN_PROGRESS', label: 'In progress' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'FAILED', label: 'Failed' },
];
const SORT_LABELS: Record<(typeof REPORT_SORTS)[number], string> = {
  billingStartDate: 'Start date',
  billingEndDate: 'End date',
  status: 'Status',
  id: 'Report ID',
};
const SORT_OPTIONS = REPORT_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }));

export interface ReportFiltersProps {
  search: ReportsSearch;
  onChange: (patch: Partial<ReportsSearch>) => void;
  /** A parent partner's sub-partner filter; hidden for a sub-partner, or while acting for one. */
  showSubPartner: boolean;
}

/**
 * The list's filters, all applied by the API: dates match exactly (a report for
 * 1–31 October is found by those two dates, not by 15 October), type, status,
 * sub-partner. The sort is ReportSort, beside the list it orders.
 */
export function ReportFilters({ search, onChange, showSubPartner }: ReportFiltersProps) {
  const pick = (value: string) => value || undefined;
  return (
    <div role="group" aria-label="Filter reports" className="flex flex-wrap items-end gap-x-4 gap-y-3">
      <Field label="Start date" className="flex w-38 flex-col gap-1.5">
        <Input
          type="date"
          value={search.billingStartDate ?? ''}
          onChange={(e) => onChange({ billingStartDate: pick(e.target.value) })}
        />
      </Field>
      <Field label="End date" className="flex w-38 flex-col gap-1.5">
        <Input
          type="date"
          value={search.billingEndDate ?? ''}
          onChange={(e) => onChange({ billingEndDate: pick(e.target.value) })}
        />
      </Field>
      <Field label="Type" className="flex w-34 flex-col gap-1.5">
        <Select
          value={search.type ?? ''}
          placeholder="Any type"
          options={TYPE_OPTIONS}
          onChange={(e) => onChange({ type: pick(e.target.value) as ReportsSearch['type'] })}
        />
      </Field>
      <Field label="Status" className="flex w-34 flex-col gap-1.5">
        <Select
          value={search.status ?? ''}
          placeholder="Any status"
          options={STATUS_OPTIONS}
          onChange={(e) => onChange({ status: pick(e.target.value) as ReportsSearch['status'] })}
        />
      </Field>
      {showSubPartner ? (
        <SubPartnerPicker
          label="Sub-partner"
          ownLabel="Your own reports"
          value={search.subPartnerOrgId ?? ''}
          onChange={(orgId) => onChange({ subPartnerOrgId: pick(orgId) })}
          className="flex w-80 flex-col gap-1.5"
        />
      ) : null}
      {hasFilters(search) ? (
        <Button
          size="sm"
          variant="subtle"
          icon={<X />}
          className="mb-1"
          onClick={() =>
            onChange({
              billingStartDate: undefined,
              billingEndDate: undefined,
              type: undefined,
              status: undefined,
              subPartnerOrgId: undefined,
            })
          }
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}

/** The API sorts ascending only, by one of four fields. */
export function ReportSort({ search, onChange }: Omit<ReportFiltersProps, 'showSubPartner'>) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-[13px] text-fg-muted">
        Sort by
      </label>
      <Select
        id={id}
        className="w-36"
        value={search.sortBy ?? 'billingStartDate'}
        options={SORT_OPTIONS}
        onChange={(e) => onChange({ sortBy: e.target.value as ReportsSearch['sortBy'] })}
      />
    </div>
  );
}
