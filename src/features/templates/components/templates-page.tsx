import { useMemo } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Plus, Search } from 'lucide-react';
import type { HubTemplate } from '@contract/hub';
import { useCapabilities } from '@/shared/api/capabilities';
import { useTemplateList } from '@/shared/api/templates';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { PageHeader } from '@/shared/ui/page-header';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { TEMPLATES_DESCRIPTION } from '../lib/copy';
import { RecordedIdsPage } from './recorded-ids-page';
import { TemplatesTable } from './templates-table';
import { useTemplateWriteAccess } from './use-write-access';
import { WriteLink } from './write-button';

const routeApi = getRouteApi('/o/$orgId/templates/');
const NO_ROWS: readonly HubTemplate[] = [];

/** The Templates section: the hub's templates, or (real Webex API) the provisioning IDs recorded by hand. */
export function TemplatesPage() {
  const capabilities = useCapabilities();
  if (capabilities.isPending) {
    return (
      <LoadingRegion label="Loading templates">
        <Skeleton className="mb-2 h-8 w-48" />
        <Skeleton className="mb-6 h-5 w-96" />
        <Skeleton className="h-64 w-full" />
      </LoadingRegion>
    );
  }
  if (capabilities.isError) return <ErrorState error={capabilities.error} title="Could not load the templates" />;
  return capabilities.data.onboardingTemplates ? <HubTemplatesPage /> : <RecordedIdsPage />;
}

function HubTemplatesPage() {
  const org = useActingOrg();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const list = useTemplateList();
  const create = useTemplateWriteAccess('create');
  const query = (search.q ?? '').trim().toLowerCase();
  const shown = useMemo(
    () => (list.data && query ? list.data.filter((t) => t.name.toLowerCase().includes(query)) : (list.data ?? NO_ROWS)),
    [list.data, query],
  );
  const createLink = (
    <WriteLink
      access={create}
      variant="primary"
      icon={<Plus />}
      renderLink={(className, content) => (
        <Link to="/o/$orgId/templates/new" params={{ orgId: org.id }} className={className}>
          {content}
        </Link>
      )}
    >
      Create template
    </WriteLink>
  );

  return (
    <>
      <PageHeader title="Templates" description={TEMPLATES_DESCRIPTION} actions={createLink} />
      <Card aria-label="Onboarding templates">
        <div className="flex flex-wrap items-end justify-between gap-3 px-4 pt-4 pb-3">
          <Field label="Filter by name" className="flex w-72 flex-col gap-1.5">
            <div className="relative">
              <Search
                aria-hidden="true"
                className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-muted"
              />
              <Input
                type="search"
                className="pl-8"
                value={search.q ?? ''}
                onChange={(event) =>
                  void navigate({ search: (prev) => ({ ...prev, q: event.target.value || undefined }), replace: true })
                }
              />
            </div>
          </Field>
          {list.data ? (
            <p className="text-[13px] text-fg-muted" aria-live="polite">
              {query
                ? `${shown.length} of ${list.data.length} templates`
                : `${list.data.length} ${list.data.length === 1 ? 'template' : 'templates'}`}
            </p>
          ) : null}
        </div>
        <div className="border-t border-line">
          {list.isError ? (
            <ErrorState
              compact
              error={list.error}
              title="Could not load the templates"
              onRetry={() => void list.refetch()}
            />
          ) : (
            <TemplatesTable
              templates={shown}
              loading={list.isPending}
              empty={
                query ? (
                  <EmptyState
                    variant="no-match"
                    title="No template matches this name"
                    action={
                      <Button
                        size="sm"
                        onClick={() => void navigate({ search: (prev) => ({ ...prev, q: undefined }) })}
                      >
                        Clear the filter
                      </Button>
                    }
                  />
                ) : (
                  <EmptyState
                    variant="empty"
                    title="No templates yet"
                    description="Customers cannot be provisioned until a template exists: its Provisioning ID is required."
                    action={createLink}
                  />
                )
              }
            />
          )}
        </div>
      </Card>
    </>
  );
}
