import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ArrowDownWideNarrow, BookOpen, ChevronRight, FileText, Plus, SearchX } from 'lucide-react';
import type { ListReport } from '@contract/wholesale';
import { billingReportListQueryOptions } from '@/shared/api/billing-reports';
import { useOrgApi } from '@/shared/api/org-api';
import { useSession } from '@/shared/api/session';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { hasInProgress, pollDelay } from '../api/report-polling';
import { hasFilters, type ReportsSearch } from '../lib/reports-search';
import { DeleteReportDialog } from './delete-report-dialog';
import { ReportFilters, ReportSort } from './report-filters';
import { ReportsTable, type ReportRow } from './reports-table';

const route = getRouteApi('/o/$orgId/billing/');
const PAGE_SIZE = 25;
const NO_ROWS: readonly ReportRow[] = [];

export function ReportsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const org = useActingOrg();
  const session = useSession();
  const api = useOrgApi();
  const { can } = usePermissions();
  const [deleting, setDeleting] = useState<ListReport | null>(null);

  const isParent = org.kind === 'partner' && !org.subPartnerOrgId && can('view', 'indirect-providers');

  /** Any filter or sort change starts again at the first page. */
  const update = (patch: Partial<ReportsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const params = search.page ?? {
    billingStartDate: search.billingStartDate,
    billingEndDate: search.billingEndDate,
    type: search.type,
    status: search.status,
    subPartnerOrgId: isParent ? search.subPartnerOrgId : undefined,
    sortBy: search.sortBy,
    max: PAGE_SIZE,
  };
  // Polls while a listed report is in progress: 2 s, 4 s, 8 s … up to a minute; stops when none is.
  const polls = useRef(0);
  const list = useQuery({
    ...billingReportListQueryOptions(api, params),
    refetchInterval: (query) => {
      if (!hasInProgress(query.state.data?.items)) {
        polls.current = 0;
        return false;
      }
      return pollDelay(polls.current++);
    },
  });

  const canCreate = can('create', 'billing-report');
  const canDelete = can('delete', 'billing-report');
  const rows = useMemo(
    () =>
      (list.data?.items ?? []).map((report): ReportRow => ({
        report,
        orgId: org.id,
        me: session.person.id,
        canDelete,
        onDelete: setDeleting,
      })),
    [list.data, org.id, session.person.id, canDelete],
  );

  const createLink = canCreate ? (
    <Link to="/o/$orgId/billing/new" params={{ orgId: org.id }} className={buttonClasses('primary')}>
      <Plus aria-hidden="true" />
      New report
    </Link>
  ) : null;
  const filtered = hasFilters(search);
  const empty = filtered ? (
    <EmptyState
      variant="no-match"
      icon={<SearchX />}
      title="No report matches these filters"
      description="Dates match exactly: a report is found by its own start and end date."
      action={
        <Button
          onClick={() =>
            update({
              billingStartDate: undefined,
              billingEndDate: undefined,
              type: undefined,
              status: undefined,
              subPartnerOrgId: undefined,
            })
          }
        >
          Clear filters
        </Button>
      }
    />
  ) : (
    <EmptyState
      variant="empty"
      icon={<FileText />}
      title="No billing reports yet"
      description={
        canCreate
          ? 'Create a reconciliation report for a past period, or a point-in-time snapshot of current package allocations.'
          : 'Reports your colleagues create appear here; you can view and download them.'
      }
      action={createLink}
    />
  );

  return (
    <>
      <PageHeader
        title="Billing reports"
        description={`Reconcile ${org.name}'s Cisco invoice and bill your customers: usage per period, or a snapshot of current allocations.`}
        actions={
          <>
            <Link to="/o/$orgId/billing/price-book" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
              <BookOpen aria-hidden="true" />
              Price book
            </Link>
            {createLink}
          </>
        }
      />
      <Card aria-label="Billing report list">
        <div className="border-b border-line px-4 py-4">
          <ReportFilters search={search} onChange={update} showSubPartner={isParent} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-3 pb-1">
          <p className="flex items-center gap-1.5 text-xs text-fg-muted">
            <ArrowDownWideNarrow aria-hidden="true" className="size-3.5" />
            Oldest first: the Wholesale API sorts one way only. Reports in progress update by themselves.
          </p>
          <ReportSort search={search} onChange={update} />
        </div>
        {list.error && !list.data ? (
          <ErrorState error={list.error} title="Could not load billing reports" onRetry={() => void list.refetch()} />
        ) : (
          <ReportsTable
            rows={rows.length ? rows : NO_ROWS}
            loading={list.isPending}
            refreshing={list.isPlaceholderData}
            empty={empty}
          />
        )}
        <nav aria-label="Report pages" className="flex items-center justify-end gap-2 border-t border-line px-4 py-3">
          {search.page ? (
            <Button size="sm" onClick={() => update({})}>
              First page
            </Button>
          ) : null}
          <Button
            size="sm"
            disabled={!list.data?.next || list.isFetching}
            onClick={() =>
              list.data?.next && void navigate({ search: (prev) => ({ ...prev, page: list.data.next ?? undefined }) })
            }
          >
            Next page
            <ChevronRight aria-hidden="true" />
          </Button>
        </nav>
      </Card>
      <DeleteReportDialog report={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
