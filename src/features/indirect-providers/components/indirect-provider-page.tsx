import { useId, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { SearchX, TriangleExclamationPoint } from 'lucide-react';
import { isApiError } from '@/shared/api/api-error';
import { useOrgApi } from '@/shared/api/org-api';
import { useActingOrg } from '@/shared/session/acting-org';
import { subPartnerEntryQueryOptions, type SubPartnerEntry } from '@/shared/api/sub-partners';
import { buttonClasses } from '@/shared/ui/button';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { StatusBadge } from '@/shared/ui/status-badge';
import { useSubPartnerApi } from '../api/sub-partner-api';
import { formatDay } from '../lib/format';
import { useSubPartnerPermissions } from '../lib/use-sub-partner-permissions';
import { CrossLaunchLink } from './cross-launch-link';
import { ProviderCustomersCard } from './provider-customers-card';
import { ProviderReportsCard } from './provider-reports-card';
import { ProviderTemplatesCard } from './provider-templates-card';
import { WriteAction } from './write-action';

const routeApi = getRouteApi('/o/$orgId/indirect-providers/$subPartnerId');

/** One sub-partner: its state and dates, its customers (searched explicitly), templates and billing reports. */
export function IndirectProviderPage() {
  const { orgId, subPartnerId } = routeApi.useParams();
  const api = useOrgApi();
  const entry = useQuery(subPartnerEntryQueryOptions(api, subPartnerId));

  if (entry.isPending) {
    return (
      <LoadingRegion label="Loading the indirect provider" className="flex flex-col gap-4">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-40 w-full rounded-lg" />
        <Skeleton className="h-56 w-full rounded-lg" />
      </LoadingRegion>
    );
  }
  if (entry.isError) {
    if (isApiError(entry.error) && entry.error.status === 404) return <ProviderNotFound orgId={orgId} />;
    return (
      <ErrorState
        error={entry.error}
        title="Could not load this indirect provider"
        onRetry={() => void entry.refetch()}
      />
    );
  }
  return <Provider entry={entry.data} />;
}

/** Not one of your sub-partners (another tenant's, a sibling's, or none): said the way the API says it. */
function ProviderNotFound({ orgId }: { orgId: string }) {
  return (
    <div className="flex min-h-[50vh] flex-col items-center justify-center px-6 text-center">
      <SearchX aria-hidden="true" className="mb-4 size-10 text-fg-muted" />
      <h1 className="text-2xl font-semibold text-fg">Indirect provider not found</h1>
      <p className="mt-2 max-w-md text-fg-muted">It is not one of your sub-partners, or it no longer exists.</p>
      <Link to="/o/$orgId/indirect-providers" params={{ orgId }} className={buttonClasses('primary', 'md', 'mt-6')}>
        All indirect providers
      </Link>
    </div>
  );
}

function Provider({ entry }: { entry: SubPartnerEntry }) {
  const org = useActingOrg();
  const subApi = useSubPartnerApi(entry.orgId);
  const permissions = useSubPartnerPermissions(entry);
  const reasonId = useId();
  const summaryId = useId();
  const subPartner = useMemo(() => ({ orgId: entry.orgId, name: entry.name }), [entry.orgId, entry.name]);
  const suspended = entry.provisioningState === 'suspended';

  return (
    <>
      <PageHeader
        title={entry.name}
        description={`Indirect provider of ${org.name}. Cross-launch to work in its dashboard: what you create there is its own.`}
        actions={<CrossLaunchLink orgId={entry.orgId} name={entry.name} variant="primary" size="md" />}
      />
      {suspended ? (
        <div
          role="note"
          className="mb-4 flex items-start gap-2 rounded-md bg-warning-soft px-4 py-2.5 text-warning-soft-fg"
        >
          <TriangleExclamationPoint aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <p id={reasonId}>
            {permissions.why('create', 'customer') ?? `${entry.name} is suspended.`} Deleting customers, users and
            templates stays possible.
          </p>
        </div>
      ) : null}

      <Card aria-labelledby={summaryId} className="mb-4">
        <CardHeader id={summaryId} title="Summary" />
        <CardContent>
          <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2 xl:grid-cols-3">
            <Item label="Org ID" wide>
              <span className="inline-flex items-start gap-1">
                <span className="font-mono text-xs break-all">{entry.orgId}</span>
                <CopyButton value={entry.orgId} label="Copy the org ID" />
              </span>
            </Item>
            <Item label="State">
              <StatusBadge kind="sub-partner" value={entry.provisioningState} />
            </Item>
            <Item label="Customers">
              <span className="tabular-nums">{entry.customerCount.toLocaleString()}</span>
            </Item>
            <Item label="Created">
              <time dateTime={entry.created}>{formatDay(entry.created)}</time>
            </Item>
            <Item label="Billing start date">
              <time dateTime={entry.billingStartDate}>{formatDay(entry.billingStartDate)}</time>
            </Item>
            <Item label="Shared subscription">
              <span className="font-mono text-xs">{entry.subscriptionId ?? '—'}</span>
            </Item>
          </dl>
        </CardContent>
      </Card>

      <div className="flex flex-col gap-4">
        <ProviderCustomersCard
          api={subApi}
          subPartner={subPartner}
          action={
            <WriteAction
              permissions={permissions}
              action="create"
              resource="customer"
              label="Create customer"
              subPartner={subPartner}
              section="customers"
              reasonId={reasonId}
            />
          }
        />
        <div className="grid gap-4 xl:grid-cols-2">
          <ProviderTemplatesCard
            api={subApi}
            name={entry.name}
            action={
              <WriteAction
                permissions={permissions}
                action="create"
                resource="template"
                label="Create template"
                subPartner={subPartner}
                section="templates"
                reasonId={reasonId}
              />
            }
          />
          <ProviderReportsCard api={subApi} subPartner={subPartner} />
        </div>
      </div>
    </>
  );
}

function Item({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'sm:col-span-2 xl:col-span-3' : undefined}>
      <dt className="text-xs font-medium tracking-wide text-fg-muted uppercase">{label}</dt>
      <dd className="mt-1 text-fg">{children}</dd>
    </div>
  );
}
