import type { ListReport } from '@contract/wholesale';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import type { ConflictChoice } from '../api/create-report';
import { deleteBlockedReason, formatInstant, periodLabel, typeLabel } from '../lib/report-format';

export interface ConflictDialogProps {
  existing: ListReport | null;
  onChoose: (choice: ConflictChoice) => void;
}

/** A report of the same period and type exists: open it, or replace it (delete, then create) in one step. */
export function ConflictDialog({ existing, onChoose }: ConflictDialogProps) {
  const blocked = existing ? deleteBlockedReason(existing) : null;
  return (
    <Dialog
      open={existing !== null}
      onClose={() => onChoose('cancel')}
      title="This report already exists"
      size="md"
      description={
        existing ? (
          <>
            A {typeLabel(existing.type).toLowerCase()} report for {periodLabel(existing)} was created on{' '}
            {formatInstant(existing.created)}. Webex keeps one report per period and type: open that one, or delete it
            and create it again with today’s data. Deleting it also revokes its download link.
          </>
        ) : null
      }
      footer={
        <>
          <Button variant="subtle" onClick={() => onChoose('cancel')}>
            Cancel
          </Button>
          <Button onClick={() => onChoose('open')}>Open existing report</Button>
          <Button
            variant="danger"
            aria-disabled={blocked !== null || undefined}
            className={blocked ? 'cursor-not-allowed opacity-55' : undefined}
            aria-description={blocked ?? undefined}
            title={blocked ?? undefined}
            onClick={() => (blocked ? undefined : onChoose('regenerate'))}
          >
            Delete it and create new
          </Button>
        </>
      }
    >
      {blocked ? <p className="text-[13px] text-fg-muted">It cannot be replaced yet: {blocked}</p> : null}
    </Dialog>
  );
}
