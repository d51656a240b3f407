import { Link } from '@tanstack/react-router';
import type { HubTemplate } from '@contract/hub';
import { useActingOrg } from '@/shared/session/acting-org';
import { Badge } from '@/shared/ui/badge';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import type { ReactNode } from 'react';
import { authenticationLabel } from '../lib/template-form';
import { formatDay } from '../lib/format';

function NameCell({ template }: { template: HubTemplate }) {
  const org = useActingOrg();
  return (
    <Link
      to="/o/$orgId/templates/$templateId"
      params={{ orgId: org.id, templateId: template.id }}
      className="font-medium text-brand-text hover:underline"
    >
      {template.name}
    </Link>
  );
}

const col = dataTableColumns<HubTemplate>();
const COLUMNS = col.columns([
  col.accessor('name', { header: 'Name', cell: ({ row }) => <NameCell template={row.original} /> }),
  col.accessor('subscriptionId', {
    header: 'Subscription',
    cell: ({ getValue }) => <span className="font-mono text-xs break-all text-fg-muted">{getValue() ?? '—'}</span>,
  }),
  col.display({
    id: 'authentication',
    header: 'Authentication',
    cell: ({ row }) => authenticationLabel(row.original.authentication?.mode),
  }),
  col.accessor('pstnProvider', {
    header: 'PSTN provider',
    cell: ({ getValue }) => getValue() || <span className="text-fg-muted">None</span>,
  }),
  col.accessor('customerCount', {
    header: 'Customers',
    cell: ({ getValue }) => {
      const n = getValue() ?? 0;
      return n > 0 ? <span className="tabular-nums">{n.toLocaleString()}</span> : <Badge tone="neutral">Unused</Badge>;
    },
  }),
  col.accessor('created', {
    header: 'Created',
    cell: ({ getValue }) => <time dateTime={getValue()}>{formatDay(getValue())}</time>,
  }),
]);

export function TemplatesTable({
  templates,
  loading,
  empty,
}: {
  templates: readonly HubTemplate[];
  loading: boolean;
  empty: ReactNode;
}) {
  return (
    <DataTable
      caption="Onboarding templates"
      columns={COLUMNS}
      data={templates}
      getRowId={(t) => t.id}
      loading={loading}
      skeletonRows={3}
      empty={empty}
    />
  );
}
