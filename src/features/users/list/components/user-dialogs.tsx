import type { Subscriber } from '@contract/wholesale';
import { BulkChangeDialog } from '../../assign/components/bulk-change-dialog';
import { ChangePackageDialog } from '../../assign/components/change-package-dialog';
import { RemoveUserDialog } from '../../assign/components/remove-user-dialog';

export type UserDialogState =
  | { kind: 'change'; user: Subscriber }
  | { kind: 'remove'; user: Subscriber }
  | { kind: 'bulk'; users: Subscriber[] }
  | null;

/** The package dialogs the list opens (single change, removal, bulk change). */
export function UserDialogs({
  state,
  onClose,
  onBulkFinished,
}: {
  state: UserDialogState;
  onClose: () => void;
  onBulkFinished: () => void;
}) {
  if (!state) return null;
  if (state.kind === 'change')
    return <ChangePackageDialog key={state.user.id} user={state.user} open onClose={onClose} />;
  if (state.kind === 'remove') return <RemoveUserDialog key={state.user.id} user={state.user} open onClose={onClose} />;
  return <BulkChangeDialog users={state.users} open onClose={onClose} onFinished={onBulkFinished} />;
}
