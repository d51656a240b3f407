import { useController, useFormContext, useWatch } from 'react-hook-form';
import { Info } from 'lucide-react';
import { FormCheckbox } from '@/shared/forms/form-checkbox';
import { fieldId, FormInput } from '@/shared/forms/form-input';
import { FormRadioGroup } from '@/shared/forms/form-radio-group';
import type { Wizard } from '@/shared/wizard/use-wizard';
import { ReviewList, ReviewSection } from '@/shared/wizard/wizard-review';
import { addDays, earliestStartDate, presetPeriod, daysInPeriod } from '../../lib/period';
import { POINT_IN_TIME_DATES_NOTE, type ReportForm } from '../lib/report-form';
import { categoryLabel, formatDay, typeLabel } from '../lib/report-format';
import { shortOrgId, useSubPartnerName, useSubPartnerSource } from '../api/use-sub-partner-search';
import { SubPartnerPicker } from './sub-partner-picker';

export function Note({ children }: { children: React.ReactNode }) {
  return (
    <p className="flex gap-2 rounded-md bg-info-soft px-3 py-2 text-[13px] text-info-soft-fg">
      <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

export function ReportStep() {
  const snapshot = useWatch<ReportForm, 'category'>({ name: 'category' }) === 'POINT_IN_TIME';
  return (
    <>
      <FormRadioGroup<ReportForm>
        name="category"
        legend="Category"
        required
        options={[
          {
            value: 'RECONCILIATION',
            label: 'Reconciliation',
            description: 'Usage over a past period, prorated per day: what your Cisco invoice is based on.',
          },
          {
            value: 'POINT_IN_TIME',
            label: 'Point in time',
            description: 'A snapshot of current package allocations, to check provisioning is accurate.',
          },
        ]}
      />
      <FormRadioGroup<ReportForm>
        name="type"
        legend="Level of detail"
        required
        options={[
          {
            value: 'PARTNER',
            label: 'Partner',
            description: snapshot
              ? 'Not offered for point-in-time reports: they list customers or users.'
              : 'One row per package, location and licence for your whole organisation.',
            disabled: snapshot,
          },
          { value: 'CUSTOMER', label: 'Customer', description: 'Rows per customer, package and location.' },
          { value: 'USER', label: 'User', description: 'Rows per user or workspace and package.' },
        ]}
      />
    </>
  );
}

export function PeriodStep({ today }: { today: string }) {
  const { setValue } = useFormContext<ReportForm>();
  const [category, preset, start, end] = useWatch<
    ReportForm,
    ['category', 'preset', 'billingStartDate', 'billingEndDate']
  >({
    name: ['category', 'preset', 'billingStartDate', 'billingEndDate'],
  });
  if (category === 'POINT_IN_TIME') {
    return <Note>{POINT_IN_TIME_DATES_NOTE} Continue to the next step.</Note>;
  }
  const month = presetPeriod('lastMonth', today);
  const quarter = presetPeriod('lastQuarter', today);
  const range = (p: { start: string; end: string }) => `${formatDay(p.start)} – ${formatDay(p.end)}`;
  const choose = (value: string) => {
    if (value === 'custom') return;
    const period = presetPeriod(value === 'lastQuarter' ? 'lastQuarter' : 'lastMonth', today);
    setValue('billingStartDate', period.start, { shouldValidate: true });
    setValue('billingEndDate', period.end, { shouldValidate: true });
  };
  const days = /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end >= start;
  return (
    <>
      <div
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          if (target.type === 'radio') choose(target.value);
        }}
      >
        <FormRadioGroup<ReportForm>
          name="preset"
          legend="Period"
          required
          options={[
            { value: 'lastMonth', label: 'Last month', description: range(month) },
            { value: 'lastQuarter', label: 'Last full quarter', description: range(quarter) },
            { value: 'custom', label: 'Custom dates', description: 'Any whole past days.' },
          ]}
        />
      </div>
      {preset === 'custom' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormInput<ReportForm>
            name="billingStartDate"
            label="Start date"
            type="date"
            required
            min={earliestStartDate(today)}
            max={addDays(today, -1)}
            hint={`On or after ${formatDay(earliestStartDate(today))}.`}
          />
          <FormInput<ReportForm>
            name="billingEndDate"
            label="End date"
            type="date"
            required
            min={earliestStartDate(today)}
            max={addDays(today, -1)}
            hint={`Up to yesterday, ${formatDay(addDays(today, -1))} (UTC).`}
          />
        </div>
      ) : null}
      {days ? (
        <p className="text-[13px] text-fg-muted">
          {daysInPeriod({ start, end })} days, both ends included. Today is {formatDay(today)} (UTC) on the billing
          clock.
        </p>
      ) : null}
    </>
  );
}

function OrganisationPicker() {
  const { control } = useFormContext<ReportForm>();
  const { field, fieldState } = useController<ReportForm, 'subPartnerOrgId'>({ name: 'subPartnerOrgId', control });
  return (
    <SubPartnerPicker
      id={fieldId('subPartnerOrgId')}
      label="Organisation"
      hint="A sub-partner's report covers only that sub-partner's customers."
      ownLabel="Your own organisation"
      value={field.value}
      onChange={field.onChange}
      error={fieldState.error?.message}
      className="flex max-w-md flex-col gap-1.5"
    />
  );
}

/** `isParent`: a parent partner, not acting for a sub-partner, may report on any of its sub-partners. */
export function ScopeStep({ isParent }: { isParent: boolean }) {
  return (
    <>
      {isParent ? <OrganisationPicker /> : null}
      <FormCheckbox<ReportForm>
        name="internal"
        label="Include internal organisations"
        hint="Your own test and internal orgs, which are normally left out."
      />
    </>
  );
}

export function ReportReview({ wizard, today }: { wizard: Wizard<ReportForm>; today: string }) {
  const values = useWatch<ReportForm>() as ReportForm;
  const snapshot = values.category === 'POINT_IN_TIME';
  const subPartner = values.subPartnerOrgId;
  const name = useSubPartnerName(subPartner, useSubPartnerSource(subPartner !== '')).data?.name;
  return (
    <>
      <ReviewSection wizard={wizard} stepId="report">
        <ReviewList
          items={[
            { label: 'Category', value: categoryLabel(values.category) },
            { label: 'Level of detail', value: typeLabel(values.type) },
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="period">
        <ReviewList
          items={[
            {
              label: 'Period',
              value: snapshot
                ? `Snapshot at creation (${formatDay(today)})`
                : `${formatDay(values.billingStartDate)} – ${formatDay(values.billingEndDate)}`,
            },
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="scope">
        <ReviewList
          items={[
            {
              label: 'Organisation',
              value: !subPartner ? 'Your own organisation' : name ? `${name} (${shortOrgId(subPartner)})` : subPartner,
            },
            { label: 'Internal organisations', value: values.internal ? 'Included' : 'Left out' },
          ]}
        />
      </ReviewSection>
    </>
  );
}
