/**
 * The list of a wizard's steps (rendered by <Wizard>; use alone only for a custom layout):
 * a <nav> whose current item carries aria-current="step", and whose status (complete,
 * has errors, not started) is said in words as well as shown with an icon. Steps the
 * admin may open are links to `?step=…`.
 */
import type { MouseEvent } from 'react';
import { Check, CircleAlert } from 'lucide-react';
import clsx from 'clsx';
import type { FieldValues } from 'react-hook-form';
import type { Wizard } from './use-wizard';
import { useStepHref } from './use-step-param';
import type { StepStatus, WizardStepState } from './wizard-steps';

const STATUS_TEXT: Record<StepStatus, string> = {
  complete: 'complete',
  current: 'current step',
  error: 'has errors',
  upcoming: 'not started',
};

function Marker({ step }: { step: WizardStepState }) {
  const errorish = step.status === 'error' || (step.status === 'current' && step.hasErrors);
  return (
    <span
      aria-hidden="true"
      className={clsx(
        'flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-semibold [&_svg]:size-3.5',
        errorish
          ? 'border-danger bg-danger-soft text-danger-soft-fg'
          : step.status === 'current'
            ? 'border-brand bg-brand text-brand-fg'
            : step.status === 'complete'
              ? 'border-brand bg-brand-soft text-brand-soft-fg'
              : 'border-line-strong bg-surface text-fg-muted',
      )}
    >
      {errorish ? <CircleAlert /> : step.status === 'complete' ? <Check /> : step.index + 1}
    </span>
  );
}

/** Plain clicks navigate in-app; modified clicks (new tab) keep the browser's behaviour. */
function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function WizardStepIndicator<T extends FieldValues>({ wizard, label }: { wizard: Wizard<T>; label: string }) {
  const hrefFor = useStepHref();
  return (
    <nav aria-label={label}>
      <ol className="flex flex-col gap-0.5">
        {wizard.steps.map((step) => {
          const content = (
            <>
              <Marker step={step} />
              <span className="min-w-0">
                <span className="block leading-6">{step.title}</span>
                <span className="sr-only">, {STATUS_TEXT[step.status]}</span>
              </span>
            </>
          );
          const classes = clsx(
            'flex items-start gap-2.5 rounded-md px-2 py-1.5 text-sm',
            step.status === 'current' ? 'bg-surface-hover font-semibold text-fg' : 'text-fg-muted',
          );
          return (
            <li key={step.id}>
              {step.status === 'current' ? (
                <span aria-current="step" className={classes}>
                  {content}
                </span>
              ) : step.reachable || step.status === 'error' ? (
                <a
                  href={hrefFor(step.id)}
                  // Said outright: Chromium would name it from the two stacked spans as "Title , complete".
                  aria-label={`${step.title}, ${STATUS_TEXT[step.status]}`}
                  className={clsx(classes, 'hover:bg-surface-hover hover:text-fg')}
                  onClick={(event) => {
                    if (!isPlainClick(event)) return;
                    event.preventDefault();
                    wizard.goTo(step.id);
                  }}
                >
                  {content}
                </a>
              ) : (
                <span className={classes}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
