/**
 * "Leave with unsaved changes?" for a held navigation (see useLeaveGuard). <Wizard> renders
 * it; a plain form renders it itself. `keepsDraft` says whether the work survives leaving.
 */
import { useRef } from 'react';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import type { LeaveGuard } from './use-leave-guard';

export interface LeaveGuardDialogProps {
  guard: LeaveGuard & { discardAndLeave?: () => void };
  keepsDraft?: boolean;
}

export function LeaveGuardDialog({ guard, keepsDraft = false }: LeaveGuardDialogProps) {
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      open={guard.blocked}
      onClose={guard.stay}
      title="Leave with unsaved changes?"
      description={
        keepsDraft
          ? 'Your entries are kept as a draft on this device, so you can continue where you left off. Discard them if you no longer need them.'
          : 'Your entries have not been saved and will be lost.'
      }
      initialFocus={stayRef}
      size="sm"
      footer={
        <>
          {keepsDraft && guard.discardAndLeave ? (
            <Button variant="subtle" onClick={guard.discardAndLeave}>
              Discard and leave
            </Button>
          ) : null}
          <Button variant={keepsDraft ? 'secondary' : 'danger'} onClick={guard.leave}>
            {keepsDraft ? 'Leave, keep draft' : 'Leave'}
          </Button>
          <Button ref={stayRef} variant="primary" onClick={guard.stay}>
            Stay
          </Button>
        </>
      }
    />
  );
}
