import { useId, type ReactNode } from 'react';
import type { HubTemplate } from '@contract/hub';
import type { OrgApi } from '@/shared/api/org-api';
import { Card, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { useSubPartnerTemplates } from '../api/sub-partner-api';
import { formatDay } from '../lib/format';

const col = dataTableColumns<HubTemplate>();
const COLUMNS = col.columns([
  col.accessor('name', { header: 'Name', cell: ({ getValue }) => <span className="font-medium">{getValue()}</span> }),
  col.accessor('provisioningId', {
    header: 'Provisioning ID',
    cell: ({ row }) => (
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <span className="font-mono text-xs text-fg-muted">{row.original.provisioningId}</span>
        <CopyButton value={row.original.provisioningId} label={`Copy the provisioning ID of ${row.original.name}`} />
      </span>
    ),
  }),
  col.accessor('customerCount', {
    header: 'Customers',
    cell: ({ getValue }) => <span className="tabular-nums">{(getValue() ?? 0).toLocaleString()}</span>,
  }),
  col.accessor('updated', {
    header: 'Updated',
    cell: ({ getValue }) => <time dateTime={getValue()}>{formatDay(getValue())}</time>,
  }),
]);

const NO_ROWS: readonly HubTemplate[] = [];

/** The sub-partner's onboarding templates, including those its parent made on its behalf. */
export function ProviderTemplatesCard({ api, name, action }: { api: OrgApi; name: string; action: ReactNode }) {
  const headingId = useId();
  const templates = useSubPartnerTemplates(api, api.client.has('hub'));
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Onboarding templates"
        description={`Templates in ${name}’s space, whoever created them.`}
        actions={action}
      />
      <div className="mt-3 border-t border-line">
        {!api.client.has('hub') ? (
          <EmptyState
            variant="empty"
            title="Templates are a Partner Hub feature"
            description="The Webex API has none."
          />
        ) : templates.isError ? (
          <ErrorState
            compact
            error={templates.error}
            title="Could not load the templates"
            onRetry={() => void templates.refetch()}
          />
        ) : (
          <DataTable
            caption={`${name}’s onboarding templates`}
            columns={COLUMNS}
            data={templates.data ?? NO_ROWS}
            getRowId={(t) => t.id}
            loading={templates.isPending}
            skeletonRows={2}
            empty={<EmptyState variant="empty" title={`${name} has no templates yet`} />}
          />
        )}
      </div>
    </Card>
  );
}
