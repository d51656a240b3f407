import type { ListReport } from '@contract/wholesale';
import { useDeleteBillingReport } from '@/shared/api/billing-reports';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { toast } from '@/shared/ui/toast-store';
import { periodLabel, typeLabel } from '../lib/report-format';

export interface DeleteReportDialogProps {
  report: ListReport | null;
  onClose: () => void;
}

export function DeleteReportDialog({ report, onClose }: DeleteReportDialogProps) {
  const remove = useDeleteBillingReport({
    onSuccess: () => {
      toast({ title: 'Report deleted', description: 'Its download link no longer works.', tone: 'success' });
      onClose();
    },
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={report !== null}
      onClose={close}
      title="Delete this report?"
      description={
        report ? (
          <>
            The {typeLabel(report.type).toLowerCase()} report for {periodLabel(report)} will be deleted, and its
            download link stops working at once, also for anyone you sent it to. You can create a report for the same
            period again afterwards.
          </>
        ) : null
      }
      footer={
        <>
          <Button onClick={close}>Keep report</Button>
          <Button variant="danger" loading={remove.isPending} onClick={() => report && remove.mutate(report.id)}>
            Delete report
          </Button>
        </>
      }
    >
      {remove.error ? <ErrorState compact error={remove.error} title="The report was not deleted" /> : null}
    </Dialog>
  );
}
