import { useMemo } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCapabilities } from '@/shared/api/capabilities';
import { useCreateTemplate, useTemplateSubscription } from '@/shared/api/templates';
import { useActingOrg } from '@/shared/session/acting-org';
import { buttonClasses } from '@/shared/ui/button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { toast } from '@/shared/ui/toast-store';
import { emptyTemplateForm, toTemplateRequest } from '../lib/template-form';
import { NoTemplateApi } from './no-template-api';
import { Note } from './steps-subscription-auth';
import { TemplateWizard } from './template-wizard';
import { WizardSkeleton } from './wizard-skeleton';

export function TemplateCreatePage() {
  const capabilities = useCapabilities();
  const hub = capabilities.data?.onboardingTemplates === true;
  return (
    <>
      <PageHeader
        title="Create a template"
        description="Seven short steps. Your entries are kept as a draft on this device until you create the template."
      />
      {capabilities.isPending ? <WizardSkeleton /> : hub ? <CreateWizard /> : <NoTemplateApi />}
    </>
  );
}

function CreateWizard() {
  const org = useActingOrg();
  const navigate = useNavigate();
  const subscription = useTemplateSubscription();
  const create = useCreateTemplate();
  const defaults = useMemo(() => emptyTemplateForm(subscription.data ?? ''), [subscription.data]);
  if (subscription.isPending) return <WizardSkeleton />;
  if (subscription.isError)
    return (
      <ErrorState
        error={subscription.error}
        title="Could not load your wholesale subscription"
        onRetry={() => void subscription.refetch()}
      />
    );
  return (
    <TemplateWizard
      wizardId="template-create"
      defaultValues={defaults}
      submitLabel="Create template"
      subscriptionId={subscription.data}
      onSubmit={(values) => create.mutateAsync(toTemplateRequest(values))}
      onSubmitted={(template) => {
        toast({ tone: 'success', title: `Template ${template.name} created` });
        void navigate({
          to: '/o/$orgId/templates/$templateId',
          params: { orgId: org.id, templateId: template.id },
          search: { created: true },
        });
      }}
      cancel={
        <Link to="/o/$orgId/templates" params={{ orgId: org.id }} className={buttonClasses('subtle')}>
          Cancel
        </Link>
      }
      notice={
        org.crossLaunchedFrom ? (
          <Note>
            You are creating this template in {org.name}’s space, on its behalf: its customers can use it, yours cannot.
          </Note>
        ) : null
      }
    />
  );
}
