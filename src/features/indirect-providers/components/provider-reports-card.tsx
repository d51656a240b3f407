import { useId } from 'react';
import type { ListReport } from '@contract/wholesale';
import type { OrgApi } from '@/shared/api/org-api';
import { Card, CardHeader } from '@/shared/ui/card';
import { DataTable, dataTableColumns } from '@/shared/ui/data-table';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { StatusBadge } from '@/shared/ui/status-badge';
import { useSubPartnerReports } from '../api/sub-partner-api';
import { CrossLaunchLink } from './cross-launch-link';

const SHOWN = 10;
const TYPE_LABELS: Record<string, string> = { PARTNER: 'Partner', CUSTOMER: 'Customer', USER: 'User' };

const col = dataTableColumns<ListReport>();
const COLUMNS = col.columns([
  col.display({
    id: 'period',
    header: 'Period',
    cell: ({ row }) =>
      row.original.category === 'POINT_IN_TIME'
        ? 'Snapshot'
        : `${row.original.billingStartDate ?? '—'} – ${row.original.billingEndDate ?? '—'}`,
  }),
  col.accessor('type', { header: 'Type', cell: ({ getValue }) => TYPE_LABELS[getValue() ?? ''] ?? getValue() ?? '—' }),
  col.accessor('status', {
    header: 'Status',
    cell: ({ getValue }) => <StatusBadge kind="report" value={getValue()} />,
  }),
]);

const NO_ROWS: readonly ListReport[] = [];

/**
 * Billing reports covering the sub-partner (made by it, or by the parent with
 * subPartnerOrgId): the first ten, and its billing section for the rest.
 */
export function ProviderReportsCard({ api, subPartner }: { api: OrgApi; subPartner: { orgId: string; name: string } }) {
  const headingId = useId();
  const reports = useSubPartnerReports(api, { max: SHOWN }, true);
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Billing reports"
        description={`Reconciliation reports covering ${subPartner.name}.`}
        actions={
          <CrossLaunchLink
            orgId={subPartner.orgId}
            name={`billing of ${subPartner.name}`}
            section="billing"
            label="Open billing"
          />
        }
      />
      <div className="mt-3 border-t border-line">
        {reports.isError ? (
          <ErrorState
            compact
            error={reports.error}
            title="Could not load the billing reports"
            onRetry={() => void reports.refetch()}
          />
        ) : (
          <DataTable
            caption={`${subPartner.name}’s billing reports`}
            columns={COLUMNS}
            data={reports.data?.items ?? NO_ROWS}
            getRowId={(r) => r.id}
            loading={reports.isPending}
            skeletonRows={2}
            empty={
              <EmptyState
                variant="empty"
                title="No billing reports yet"
                description={`Reports requested for ${subPartner.name} appear here.`}
              />
            }
          />
        )}
      </div>
    </Card>
  );
}
