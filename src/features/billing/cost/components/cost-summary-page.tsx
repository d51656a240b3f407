import { useMemo } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { ArrowLeft, BookOpen, FileDown, Printer, TriangleAlert } from 'lucide-react';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Skeleton } from '@/shared/ui/skeleton';
import { costSummaryCsv, costSummaryFromReport, type CostSummary } from '../../lib/cost-summary';
import { parsePriceBook } from '../../lib/price-book';
import { periodLabel, typeLabel } from '../../reports/lib/report-format';
import { usePriceBook } from '../api/price-book-api';
import { useReportUsage } from '../api/use-report-usage';
import { CostTable, CostTotalsCards } from './cost-tables';
import { saveFile } from '@/shared/lib/save-file';

const route = getRouteApi('/o/$orgId/billing/cost/$reportId');

/** Printing shows the summary alone: the app's navigation and buttons stay on screen. */
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  #cost-summary, #cost-summary * { visibility: visible; }
  #cost-summary { position: absolute; inset: 0 auto auto 0; width: 100%; }
  #cost-summary [data-print="hide"] { display: none; }
}`;

export function CostSummaryPage() {
  const { reportId } = route.useParams();
  const org = useActingOrg();
  const usage = useReportUsage(reportId);
  const book = usePriceBook();
  const report = usage.data?.report;

  const parsedBook = useMemo(() => (book.data ? parsePriceBook(book.data) : null), [book.data]);
  const summary = useMemo<CostSummary | null>(() => {
    const table = usage.data?.table;
    if (!table || !report || !parsedBook?.ok || !report.billingStartDate || !report.billingEndDate) return null;
    return costSummaryFromReport(table, parsedBook.priceBook, {
      start: report.billingStartDate,
      end: report.billingEndDate,
    });
  }, [usage.data, report, parsedBook]);

  const back = (
    <Link to="/o/$orgId/billing" params={{ orgId: org.id }} className={buttonClasses('subtle')} data-print="hide">
      <ArrowLeft aria-hidden="true" />
      Billing reports
    </Link>
  );
  const priceBookLink = (
    <Link to="/o/$orgId/billing/price-book" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
      <BookOpen aria-hidden="true" />
      Price book
    </Link>
  );

  let body;
  if (usage.isError || book.isError) {
    body = (
      <ErrorState
        error={usage.error ?? book.error}
        title="Could not load the cost summary"
        onRetry={() => void (usage.isError ? usage.refetch() : book.refetch())}
      />
    );
  } else if (usage.isPending || book.isPending) {
    body = (
      <div aria-busy="true" aria-label="Loading the cost summary" className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
        <Skeleton className="h-64" />
      </div>
    );
  } else if (report && (report.category !== 'RECONCILIATION' || report.status !== 'COMPLETED')) {
    body = (
      <Card>
        <EmptyState
          variant="empty"
          icon={<TriangleAlert />}
          title="No cost summary for this report"
          description={
            report.category !== 'RECONCILIATION'
              ? 'A point-in-time report counts allocations at one moment; costs need usage over a period. Open a reconciliation report instead.'
              : 'The report is not completed yet (or its generation failed). Come back when the list shows it as completed.'
          }
          action={back}
        />
      </Card>
    );
  } else if (parsedBook && !parsedBook.ok) {
    body = (
      <Card>
        <EmptyState
          variant="empty"
          icon={<TriangleAlert />}
          title="The price book has a problem"
          description={Object.values(parsedBook.errors)[0]}
          action={priceBookLink}
        />
      </Card>
    );
  } else if (book.data && Object.keys(book.data.prices).length === 0) {
    body = (
      <Card>
        <EmptyState
          variant="empty"
          icon={<BookOpen />}
          title="Your price book is empty"
          description="Enter what Cisco charges and what you charge per package; the summary is computed from it."
          action={priceBookLink}
        />
      </Card>
    );
  } else if (summary) {
    body = <SummaryView summary={summary} />;
  }

  return (
    <div id="cost-summary">
      <style>{PRINT_CSS}</style>
      <PageHeader
        title="Cost summary"
        description={
          report
            ? `${typeLabel(report.type)} report, ${periodLabel(report)}: what Cisco charges, what you bill, and your margin.`
            : 'What Cisco charges, what you bill, and your margin.'
        }
        actions={
          <div className="flex gap-2" data-print="hide">
            {back}
            {priceBookLink}
            {summary ? (
              <>
                <Button
                  icon={<FileDown />}
                  onClick={() =>
                    saveFile(
                      costSummaryCsv(summary),
                      `cost-summary-${summary.period.start}_${summary.period.end}.csv`,
                      'text/csv;charset=utf-8',
                    )
                  }
                >
                  Export CSV
                </Button>
                <Button icon={<Printer />} onClick={() => window.print()}>
                  Print
                </Button>
              </>
            ) : null}
          </div>
        }
      />
      {body}
    </div>
  );
}

function SummaryView({ summary }: { summary: CostSummary }) {
  return (
    <div className="flex flex-col gap-4">
      <CostTotalsCards summary={summary} />
      {summary.unpriced.length > 0 || summary.skippedRows > 0 ? (
        <p role="note" className="flex gap-2 rounded-md bg-warning-soft px-3 py-2 text-[13px] text-warning-soft-fg">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            {summary.unpriced.length > 0
              ? `No price for ${summary.unpriced.map((u) => `${u.sku} (${u.quantity} user-days)`).join(', ')}: counted as 0. Add it to the price book. `
              : ''}
            {summary.skippedRows > 0 ? `${summary.skippedRows} rows without a quantity were left out.` : ''}
          </span>
        </p>
      ) : null}
      <CostTable summary={summary} />
      <p className="text-xs text-fg-muted">
        Unit prices are per month, prorated over the {summary.days} days of the period from the report’s user-days; each
        line is rounded to the cent (half to even), tax ({summary.taxRatePercent} %) is charged on each customer’s
        revenue.
      </p>
    </div>
  );
}
