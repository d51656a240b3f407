/**
 * The wizard layout: step list, the current step's heading and form, the draft notice,
 * the banner for refusals no field shows, Back / Next / Review / Submit, and the leave
 * guard. The page owns the state (useWizard) and renders each step's fields:
 *
 *   const wizard = useWizard<TemplateForm, HubTemplate>({ … });
 *   return (
 *     <Wizard wizard={wizard} label="Template steps" submitLabel="Create template">
 *       {(stepId) => stepId === 'basics' ? <BasicsStep /> : stepId === 'review' ? <ReviewStep wizard={wizard} /> : …}
 *     </Wizard>
 *   );
 *
 * Inside a step, Form* components find the form through FormProvider. Enter in a field
 * means Next (Submit on the review).
 */
import { useId, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { ArrowLeft, ArrowRight, History } from 'lucide-react';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { ErrorState } from '../ui/error-state';
import { LeaveGuardDialog } from './leave-guard-dialog';
import type { Wizard as WizardState } from './use-wizard';
import { WizardStepIndicator } from './wizard-step-indicator';

export interface WizardProps<T extends FieldValues> {
  wizard: WizardState<T>;
  /** Names the step list for screen readers: "Template steps". */
  label: string;
  submitLabel: string;
  /** The fields of a step (or the review) by step id. */
  children: (stepId: string) => ReactNode;
  /** A notice above every step (e.g. "Acting for Contoso"). */
  notice?: ReactNode;
  /** Extra buttons at the left of the footer, e.g. Cancel. */
  secondaryActions?: ReactNode;
}

function savedAtText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? 'earlier'
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function Wizard<T extends FieldValues>({
  wizard,
  label,
  submitLabel,
  children,
  notice,
  secondaryActions,
}: WizardProps<T>) {
  const headingId = useId();
  const { current, headingRef } = wizard;
  const total = wizard.steps.length;
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="lg:sticky lg:top-4">
        <WizardStepIndicator wizard={wizard} label={label} />
      </div>
      <Card aria-labelledby={headingId}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (wizard.isReview ? wizard.submit() : wizard.next());
          }}
        >
          <header className="border-b border-line px-6 pt-5 pb-4">
            <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">
              Step {current.index + 1} of {total}
            </p>
            <h2
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              className="mt-0.5 text-lg font-semibold text-fg focus:outline-none"
            >
              {current.title}
            </h2>
            {current.description ? <p className="mt-0.5 text-fg-muted">{current.description}</p> : null}
          </header>
          <div className="flex flex-col gap-5 px-6 py-5">
            {wizard.restoredFrom ? (
              <div
                role="status"
                className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-info-soft px-3 py-2 text-[13px] text-info-soft-fg"
              >
                <span className="flex items-center gap-2">
                  <History aria-hidden="true" className="size-4 shrink-0" />
                  Continuing your draft from {savedAtText(wizard.restoredFrom)}.
                </span>
                <Button size="sm" variant="subtle" onClick={wizard.discardDraft}>
                  Discard draft
                </Button>
              </div>
            ) : null}
            {notice}
            <FormProvider {...wizard.form}>{children(current.id)}</FormProvider>
            {wizard.submitError ? (
              <div className="rounded-md border border-danger px-3">
                <ErrorState compact error={wizard.submitError} title="The request was refused" />
              </div>
            ) : null}
          </div>
          <footer className="flex flex-wrap items-center justify-between gap-2 border-t border-line px-6 py-3">
            <div className="flex gap-2">
              {!wizard.isFirst ? (
                <Button icon={<ArrowLeft />} onClick={wizard.back}>
                  Back
                </Button>
              ) : null}
              {secondaryActions}
            </div>
            {/*
              Keys keep each button its own DOM node: were the Review button reused as the
              submit button, the click that opened the review would also submit the form
              (the browser runs the click's default action after React re-rendered).
            */}
            <div className="flex gap-2">
              {wizard.isReview ? (
                <Button key="submit" type="submit" variant="primary" loading={wizard.submitting}>
                  {submitLabel}
                </Button>
              ) : (
                <>
                  {wizard.canReview && current.index < total - 2 ? (
                    <Button key="review" onClick={() => void wizard.review()}>
                      Review
                    </Button>
                  ) : null}
                  <Button key="next" type="submit" variant="primary">
                    Next
                    <ArrowRight aria-hidden="true" />
                  </Button>
                </>
              )}
            </div>
          </footer>
        </form>
      </Card>
      <LeaveGuardDialog guard={wizard.guard} keepsDraft={wizard.keepsDraft} />
    </div>
  );
}
