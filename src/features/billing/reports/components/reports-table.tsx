import type { ReactNode } from 'react';
import type { ListReport } from '@contract/wholesale';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { Spinner } from '@/shared/ui/spinner';
import { StatusBadge } from '@/shared/ui/status-badge';
import { categoryLabel, createdByLabel, formatInstant, periodLabel, typeLabel } from '../lib/report-format';
import { ReportActions } from './report-actions';

export interface ReportRow {
  report: ListReport;
  orgId: string;
  me: string;
  canDelete: boolean;
  onDelete: (report: ListReport) => void;
}

const col = dataTableColumns<ReportRow>();
const columns = col.columns([
  col.display({
    id: 'period',
    header: 'Period',
    cell: ({ row: { original } }) => (
      <span className="font-medium whitespace-nowrap text-fg">{periodLabel(original.report)}</span>
    ),
  }),
  col.display({
    id: 'report',
    header: 'Report',
    cell: ({ row: { original } }) => (
      <span className="flex flex-col whitespace-nowrap">
        <span className="text-fg">{typeLabel(original.report.type)}</span>
        <span className="text-xs text-fg-muted">{categoryLabel(original.report.category)}</span>
      </span>
    ),
  }),
  col.display({
    id: 'status',
    header: 'Status',
    cell: ({ row: { original } }) => (
      <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
        <StatusBadge kind="report" value={original.report.status ?? 'UNKNOWN'} />
        {original.report.status === 'IN_PROGRESS' ? <Spinner /> : null}
      </span>
    ),
  }),
  col.display({
    id: 'created',
    header: 'Created',
    cell: ({ row: { original } }) => (
      <span className="flex flex-col whitespace-nowrap">
        <span>{formatInstant(original.report.created)}</span>
        <span className="text-xs text-fg-muted" title={original.report.createdBy}>
          by {createdByLabel(original.report.createdBy, original.me)}
        </span>
      </span>
    ),
  }),
  col.display({
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row: { original } }) => (
      <ReportActions
        report={original.report}
        orgId={original.orgId}
        canDelete={original.canDelete}
        onDelete={original.onDelete}
      />
    ),
  }),
]);

export interface ReportsTableProps {
  rows: readonly ReportRow[];
  loading: boolean;
  refreshing: boolean;
  empty: ReactNode;
}

export function ReportsTable({ rows, loading, refreshing, empty }: ReportsTableProps) {
  return (
    <DataTable
      caption="Billing reports"
      columns={columns}
      data={rows}
      getRowId={(row) => row.report.id}
      loading={loading}
      refreshing={refreshing}
      empty={empty}
      skeletonRows={6}
    />
  );
}
