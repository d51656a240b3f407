/**
 * Building blocks of a wizard's review step: one section per step with an "Edit" link
 * back to it, and a definition list of what was entered.
 *
 *   <ReviewSection wizard={wizard} stepId="basics">
 *     <ReviewList items={[{ label: 'Name', value: values.name }, { label: 'Country', value: countryName }]} />
 *   </ReviewSection>
 */
import type { MouseEvent, ReactNode } from 'react';
import { Pencil } from 'lucide-react';
import type { FieldValues } from 'react-hook-form';
import { Badge } from '../ui/badge';
import type { Wizard } from './use-wizard';
import { useStepHref } from './use-step-param';

export interface ReviewSectionProps<T extends FieldValues> {
  wizard: Wizard<T>;
  stepId: string;
  children: ReactNode;
}

export function ReviewSection<T extends FieldValues>({ wizard, stepId, children }: ReviewSectionProps<T>) {
  const hrefFor = useStepHref();
  const step = wizard.steps.find((s) => s.id === stepId);
  if (!step) return null;
  const headingId = `review-${stepId}`;
  return (
    <section aria-labelledby={headingId} className="border-b border-line py-4 first:pt-0 last:border-0 last:pb-0">
      <div className="mb-2 flex items-center justify-between gap-3">
        <h3 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-fg">
          {step.title}
          {step.hasErrors ? <Badge tone="danger">Needs attention</Badge> : null}
        </h3>
        <a
          href={hrefFor(stepId)}
          className="inline-flex items-center gap-1 rounded text-[13px] font-medium text-brand-text hover:underline [&_svg]:size-3.5"
          onClick={(event: MouseEvent) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            wizard.goTo(stepId);
          }}
        >
          <Pencil aria-hidden="true" />
          Edit<span className="sr-only"> {step.title.toLowerCase()}</span>
        </a>
      </div>
      {children}
    </section>
  );
}

export interface ReviewItem {
  label: string;
  value: ReactNode;
}

/** Label/value rows; an empty value reads "Not set". */
export function ReviewList({ items }: { items: readonly ReviewItem[] }) {
  return (
    <dl className="grid grid-cols-1 items-baseline gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,14rem)_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-[13px] text-fg-muted">{item.label}</dt>
          <dd className="min-w-0 text-sm break-words text-fg">
            {item.value === null || item.value === undefined || item.value === '' ? (
              <span className="text-fg-muted">Not set</span>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
