import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { Calculator, Download, Eye, Trash2 } from 'lucide-react';
import type { ListReport } from '@contract/wholesale';
import { useOrgApi } from '@/shared/api/org-api';
import { Button } from '@/shared/ui/button';
import { IconButton } from '@/shared/ui/icon-button';
import { toast } from '@/shared/ui/toast-store';
import { downloadReport } from '../api/download-report';
import { deleteBlockedReason, periodLabel, reportFileName, typeLabel } from '../lib/report-format';

export interface ReportActionsProps {
  report: ListReport;
  orgId: string;
  canDelete: boolean;
  onDelete: (report: ListReport) => void;
}

const iconLink =
  'inline-flex size-7 shrink-0 items-center justify-center rounded-md text-fg-muted transition-colors hover:bg-surface-hover hover:text-fg [&_svg]:size-4';

/**
 * Download (a fresh link each time), open in the viewer, the cost summary of a completed
 * reconciliation, and delete (only a completed report; otherwise it says why not).
 */
export function ReportActions({ report, orgId, canDelete, onDelete }: ReportActionsProps) {
  const api = useOrgApi();
  const [downloading, setDownloading] = useState(false);
  const completed = report.status === 'COMPLETED';
  const blocked = deleteBlockedReason(report);
  const which = `the ${typeLabel(report.type).toLowerCase()} report ${periodLabel(report)}`;

  async function download() {
    setDownloading(true);
    try {
      await downloadReport(api, report.id, reportFileName(report));
    } catch (error) {
      toast({
        title: 'The report was not downloaded',
        description: error instanceof Error ? error.message : String(error),
        tone: 'error',
      });
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div className="flex items-center justify-end gap-1 whitespace-nowrap">
      {completed ? (
        <>
          <Button size="sm" icon={<Download />} loading={downloading} onClick={() => void download()}>
            Download<span className="sr-only"> {which}</span>
          </Button>
          <Link
            to="/o/$orgId/billing/view/$reportId"
            params={{ orgId, reportId: report.id }}
            className={iconLink}
            title="Open in viewer"
          >
            <Eye aria-hidden="true" />
            <span className="sr-only">Open in viewer: {which}</span>
          </Link>
          {report.category === 'RECONCILIATION' ? (
            <Link
              to="/o/$orgId/billing/cost/$reportId"
              params={{ orgId, reportId: report.id }}
              className={iconLink}
              title="Cost summary"
            >
              <Calculator aria-hidden="true" />
              <span className="sr-only">Cost summary: {which}</span>
            </Link>
          ) : null}
        </>
      ) : null}
      {canDelete ? (
        <IconButton
          size="sm"
          icon={<Trash2 />}
          label={`Delete ${which}`}
          title={blocked ? `Cannot delete: ${blocked}` : 'Delete'}
          // aria-disabled keeps it focusable, so keyboard and screen-reader users reach the reason too.
          aria-disabled={blocked !== null || undefined}
          aria-description={blocked ?? undefined}
          className={blocked ? 'cursor-not-allowed opacity-55 hover:bg-transparent' : 'hover:text-danger'}
          onClick={() =>
            blocked ? toast({ title: 'This report cannot be deleted', description: blocked }) : onDelete(report)
          }
        />
      ) : null}
    </div>
  );
}
