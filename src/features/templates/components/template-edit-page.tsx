import { useMemo } from 'react';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { HubTemplate } from '@contract/hub';
import { useCapabilities } from '@/shared/api/capabilities';
import { useReplaceTemplate, useTemplate, useTemplateSubscription } from '@/shared/api/templates';
import { buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { toast } from '@/shared/ui/toast-store';
import { templateToForm, toTemplateRequest } from '../lib/template-form';
import { NoTemplateApi } from './no-template-api';
import { TemplateWizard } from './template-wizard';
import { WizardSkeleton } from './wizard-skeleton';

const routeApi = getRouteApi('/o/$orgId/templates/$templateId/edit');

export function TemplateEditPage() {
  const capabilities = useCapabilities();
  const { templateId } = routeApi.useParams();
  const hub = capabilities.data?.onboardingTemplates === true;
  const template = useTemplate(templateId, { enabled: hub });
  const subscription = useTemplateSubscription();
  if (capabilities.isPending) return <WizardSkeleton />;
  if (!hub)
    return (
      <>
        <PageHeader title="Edit template" />
        <NoTemplateApi />
      </>
    );
  const failed = template.error ?? subscription.error;
  if (failed)
    return (
      <>
        <PageHeader title="Edit template" />
        <Card>
          <ErrorState
            error={failed}
            title="Could not load the template"
            onRetry={() => void Promise.all([template.refetch(), subscription.refetch()])}
          />
        </Card>
      </>
    );
  if (!template.data || subscription.data === undefined)
    return (
      <>
        <PageHeader title="Edit template" />
        <WizardSkeleton />
      </>
    );
  return <EditWizard key={template.data.id} template={template.data} subscriptionId={subscription.data} />;
}

function EditWizard({ template, subscriptionId }: { template: HubTemplate; subscriptionId: string | null }) {
  const { orgId } = routeApi.useParams();
  const navigate = useNavigate();
  const replace = useReplaceTemplate();
  const defaults = useMemo(() => templateToForm(template), [template]);
  const toDetail = { to: '/o/$orgId/templates/$templateId', params: { orgId, templateId: template.id } } as const;
  return (
    <>
      <PageHeader
        title={`Edit ${template.name}`}
        description="Saving replaces the whole template. Customers already created with it keep their settings."
      />
      <TemplateWizard
        wizardId={`template-edit.${template.id}`}
        defaultValues={defaults}
        submitLabel="Save changes"
        subscriptionId={subscriptionId}
        original={template}
        onSubmit={(values) => replace.mutateAsync({ templateId: template.id, body: toTemplateRequest(values) })}
        onSubmitted={(saved) => {
          toast({ tone: 'success', title: `Template ${saved.name} saved` });
          void navigate(toDetail);
        }}
        cancel={
          <Link {...toDetail} className={buttonClasses('subtle')}>
            Cancel
          </Link>
        }
      />
    </>
  );
}
