import { useId, useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { CircleCheck, Copy, Pencil, Trash2 } from 'lucide-react';
import type { HubTemplate } from '@contract/hub';
import { useCapabilities } from '@/shared/api/capabilities';
import { useTemplate } from '@/shared/api/templates';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { formatInstant } from '../lib/format';
import { CloneTemplateDialog } from './clone-template-dialog';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { NoTemplateApi } from './no-template-api';
import { TemplateSettingsCard } from './template-settings-card';
import { useTemplateWriteAccess } from './use-write-access';
import { WriteButton, WriteLink } from './write-button';

const routeApi = getRouteApi('/o/$orgId/templates/$templateId/');

export function TemplateDetailPage() {
  const capabilities = useCapabilities();
  const { templateId } = routeApi.useParams();
  const hub = capabilities.data?.onboardingTemplates === true;
  const template = useTemplate(templateId, { enabled: hub });
  if (capabilities.isPending) return <DetailSkeleton />;
  if (!hub)
    return (
      <>
        <PageHeader title="Template" />
        <NoTemplateApi />
      </>
    );
  if (template.isError)
    return (
      <>
        <PageHeader title="Template" />
        <Card>
          <ErrorState
            error={template.error}
            title="Could not load the template"
            onRetry={() => void template.refetch()}
          />
        </Card>
      </>
    );
  if (template.isPending) return <DetailSkeleton />;
  return <TemplateDetail template={template.data} />;
}

function DetailSkeleton() {
  return (
    <LoadingRegion label="Loading the template">
      <Skeleton className="mb-2 h-8 w-64" />
      <Skeleton className="mb-6 h-5 w-96" />
      <Skeleton className="mb-6 h-28 w-full" />
      <Skeleton className="h-96 w-full" />
    </LoadingRegion>
  );
}

function TemplateDetail({ template }: { template: HubTemplate }) {
  const { orgId } = routeApi.useParams();
  const { created } = routeApi.useSearch();
  const [dialog, setDialog] = useState<'clone' | 'delete' | null>(null);
  const update = useTemplateWriteAccess('update');
  const createAccess = useTemplateWriteAccess('create');
  const remove = useTemplateWriteAccess('delete');
  const idHeading = useId();
  const count = template.customerCount ?? 0;

  return (
    <>
      <PageHeader
        title={template.name}
        description={
          <>
            Onboarding template · used by {count.toLocaleString()} {count === 1 ? 'customer' : 'customers'} · created{' '}
            {formatInstant(template.created)}
            {template.createdBy ? ` by ${template.createdBy}` : ''}
          </>
        }
        actions={
          <>
            <WriteButton access={remove} icon={<Trash2 />} onClick={() => setDialog('delete')}>
              Delete
            </WriteButton>
            <WriteButton access={createAccess} icon={<Copy />} onClick={() => setDialog('clone')}>
              Clone
            </WriteButton>
            <WriteLink
              access={update}
              variant="primary"
              icon={<Pencil />}
              renderLink={(className, content) => (
                <Link
                  to="/o/$orgId/templates/$templateId/edit"
                  params={{ orgId, templateId: template.id }}
                  className={className}
                >
                  {content}
                </Link>
              )}
            >
              Edit
            </WriteLink>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby={idHeading}>
          <CardHeader
            id={idHeading}
            title="Provisioning ID"
            description="Provisioning a customer through the API needs this ID: it applies this template’s settings."
          />
          <CardContent>
            {created ? (
              <p
                role="status"
                className="mb-3 flex items-center gap-2 rounded-md bg-success-soft px-3 py-2 text-success-soft-fg"
              >
                <CircleCheck aria-hidden="true" className="size-4 shrink-0" />
                Template created. Copy its Provisioning ID to provision customers with it.
              </p>
            ) : null}
            <div className="flex items-center gap-2 rounded-md border border-line bg-surface-muted px-3 py-2">
              <code className="min-w-0 flex-1 font-mono text-sm break-all text-fg" data-testid="provisioning-id">
                {template.provisioningId}
              </code>
              <CopyButton value={template.provisioningId} label="Copy Provisioning ID" />
            </div>
          </CardContent>
        </Card>
        <TemplateSettingsCard template={template} />
      </div>
      <CloneTemplateDialog template={template} open={dialog === 'clone'} onClose={() => setDialog(null)} />
      <DeleteTemplateDialog template={template} open={dialog === 'delete'} onClose={() => setDialog(null)} />
    </>
  );
}
