import { useMemo, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { SubPartnerEntry } from '@/shared/api/sub-partners';
import { CopyButton } from '@/shared/ui/copy-button';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { StatusBadge } from '@/shared/ui/status-badge';
import { formatDay, shortId } from '../lib/format';
import { CrossLaunchLink } from './cross-launch-link';

const col = dataTableColumns<SubPartnerEntry & { parentOrgId: string }>();

// Module scope: the table needs stable column identities.
const COLUMNS = col.columns([
  col.accessor('name', {
    header: 'Name',
    cell: ({ row }) => (
      <Link
        to="/o/$orgId/indirect-providers/$subPartnerId"
        params={{ orgId: row.original.parentOrgId, subPartnerId: row.original.orgId }}
        className="font-medium text-brand-text hover:underline"
      >
        {row.original.name}
      </Link>
    ),
  }),
  col.accessor('orgId', {
    header: 'Org ID',
    cell: ({ row }) => (
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <span className="font-mono text-xs text-fg-muted" title={row.original.orgId}>
          {shortId(row.original.orgId)}
        </span>
        <CopyButton value={row.original.orgId} label={`Copy the org ID of ${row.original.name}`} />
      </span>
    ),
  }),
  col.accessor('provisioningState', {
    header: 'State',
    cell: ({ getValue }) => <StatusBadge kind="sub-partner" value={getValue()} />,
  }),
  col.accessor('created', {
    header: 'Created',
    cell: ({ getValue }) => (
      <time dateTime={getValue()} className="whitespace-nowrap">
        {formatDay(getValue())}
      </time>
    ),
  }),
  col.accessor('billingStartDate', {
    header: 'Billing start',
    cell: ({ getValue }) => (
      <time dateTime={getValue()} className="whitespace-nowrap">
        {formatDay(getValue())}
      </time>
    ),
  }),
  col.accessor('customerCount', {
    header: 'Customers',
    cell: ({ getValue }) => <span className="tabular-nums">{getValue().toLocaleString()}</span>,
  }),
  col.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <CrossLaunchLink orgId={row.original.orgId} name={row.original.name} />,
  }),
]);

export interface DirectoryTableProps {
  parentOrgId: string;
  items: readonly SubPartnerEntry[] | undefined;
  loading: boolean;
  refreshing: boolean;
  skeletonRows: number;
  empty: ReactNode;
}

export function DirectoryTable({ parentOrgId, items, loading, refreshing, skeletonRows, empty }: DirectoryTableProps) {
  const rows = useMemo(() => (items ?? NO_ROWS).map((item) => ({ ...item, parentOrgId })), [items, parentOrgId]);
  return (
    <DataTable
      caption="Indirect providers"
      columns={COLUMNS}
      data={rows}
      getRowId={(row) => row.orgId}
      loading={loading}
      refreshing={refreshing}
      skeletonRows={skeletonRows}
      empty={empty}
    />
  );
}

const NO_ROWS: readonly SubPartnerEntry[] = [];
