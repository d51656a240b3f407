import type { ReactNode } from 'react';
import type { HubTemplate } from '@contract/hub';
import { useWizard } from '@/shared/wizard/use-wizard';
import { Wizard } from '@/shared/wizard/wizard';
import { TEMPLATE_FORM_VERSION, TEMPLATE_STEPS, type TemplateForm } from '../lib/template-form';
import { CallingStep, SettingsStep } from './steps-calling-settings';
import { BasicsStep, OfferStep } from './steps-offer-basics';
import { AuthenticationStep, SubscriptionStep } from './steps-subscription-auth';
import { TemplateReview } from './template-review';

export interface TemplateWizardProps {
  /** Draft key: one create draft per org, one edit draft per template. */
  wizardId: string;
  defaultValues: TemplateForm;
  submitLabel: string;
  /** The org's subscription (a sub-partner's: the shared one). */
  subscriptionId: string | null;
  /** The template being edited. */
  original?: HubTemplate;
  onSubmit: (values: TemplateForm) => Promise<HubTemplate>;
  onSubmitted: (template: HubTemplate) => void;
  cancel: ReactNode;
  notice?: ReactNode;
}

/** The seven steps of the template wizard, for creating and (every step open) for editing. */
export function TemplateWizard(props: TemplateWizardProps) {
  const editing = props.original !== undefined;
  const wizard = useWizard<TemplateForm, HubTemplate>({
    id: props.wizardId,
    draftVersion: TEMPLATE_FORM_VERSION,
    steps: TEMPLATE_STEPS,
    defaultValues: props.defaultValues,
    onSubmit: props.onSubmit,
    onSubmitted: props.onSubmitted,
    startComplete: editing,
    initialStepId: editing ? 'review' : undefined,
    reviewDescription: editing
      ? 'The template as it will be saved. Edit any step, then save.'
      : 'Check the template, edit any step, then create it.',
  });
  return (
    <Wizard
      wizard={wizard}
      label="Template steps"
      submitLabel={props.submitLabel}
      secondaryActions={props.cancel}
      notice={props.notice}
    >
      {(stepId) => {
        switch (stepId) {
          case 'offer':
            return <OfferStep />;
          case 'basics':
            return <BasicsStep />;
          case 'subscription':
            return <SubscriptionStep subscriptionId={props.subscriptionId} original={props.original} />;
          case 'authentication':
            return <AuthenticationStep original={props.original} />;
          case 'calling':
            return <CallingStep />;
          case 'settings':
            return <SettingsStep />;
          default:
            return <TemplateReview wizard={wizard} />;
        }
      }}
    </Wizard>
  );
}
