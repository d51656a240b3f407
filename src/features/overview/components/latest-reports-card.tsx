import { useId } from 'react';
import { Link } from '@tanstack/react-router';
import { useBillingReportList } from '@/shared/api/billing-reports';
import { useActingOrg } from '@/shared/session/acting-org';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';
import { StatusBadge } from '@/shared/ui/status-badge';

const TYPE_LABELS: Record<string, string> = { PARTNER: 'Partner', CUSTOMER: 'Customer', USER: 'User' };

function period(start: string | undefined, end: string | undefined, category: string): string {
  if (category === 'POINT_IN_TIME') return 'Snapshot';
  return start && end ? `${start} – ${end}` : (start ?? end ?? '—');
}

/** The five most recent billing reports, newest period first. */
export function LatestReportsCard() {
  const org = useActingOrg();
  const reports = useBillingReportList({ max: 5 });
  const headingId = useId();
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title="Billing reports"
        description="The latest reconciliation reports"
        actions={
          <Link
            to="/o/$orgId/billing"
            params={{ orgId: org.id }}
            className="text-[13px] font-medium text-brand-text hover:underline"
          >
            View all
          </Link>
        }
      />
      <CardContent>
        {reports.isPending ? (
          <LoadingRegion label="Loading billing reports" className="flex flex-col gap-3">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-5 w-full" />
            ))}
          </LoadingRegion>
        ) : reports.isError ? (
          <ErrorState
            compact
            error={reports.error}
            title="Could not load billing reports"
            onRetry={() => void reports.refetch()}
          />
        ) : reports.data.items.length === 0 ? (
          <EmptyState
            variant="empty"
            title="No billing reports yet"
            description="Reports you request from Billing appear here."
          />
        ) : (
          <ul className="flex flex-col divide-y divide-line">
            {reports.data.items.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  <p className="truncate font-medium text-fg tabular-nums">
                    {period(r.billingStartDate, r.billingEndDate, r.category)}
                  </p>
                  <p className="text-xs text-fg-muted">{TYPE_LABELS[r.type ?? ''] ?? r.type ?? 'Report'} report</p>
                </div>
                <StatusBadge kind="report" value={r.status} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
