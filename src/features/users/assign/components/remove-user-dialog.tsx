import { isCallingSubscriberPackage, packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { useDeleteSubscriber } from '@/shared/api/subscribers';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { toast } from '@/shared/ui/toast-store';
import { removalConsequence } from '../lib/billing-consequence';
import { currentPackage } from '../lib/package-rules';
import { ConsequenceNote } from './consequence-note';
import { ServerErrorBanner } from '@/shared/ui/server-error-banner';

/**
 * Remove a user's wholesale package (DELETE): says that billing stops, what the person
 * loses, and that their Webex account itself stays.
 */
export function RemoveUserDialog({
  user,
  open,
  onClose,
  onRemoved,
}: {
  user: Subscriber;
  open: boolean;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const remove = useDeleteSubscriber();
  const pkg = currentPackage(user);
  const name = user.email ?? 'this user';

  function close() {
    remove.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Remove the wholesale package?"
      description={`${name} loses ${pkg ? packageLabel(pkg) : 'their wholesale package'}.`}
      dismissible={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { subscriberId: user.id },
                {
                  onSuccess: () => {
                    toast({ tone: 'success', title: `Removed the wholesale package of ${name}` });
                    close();
                    onRemoved?.();
                  },
                },
              )
            }
          >
            Remove package
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <ConsequenceNote>{removalConsequence(user)}</ConsequenceNote>
        <ul className="list-disc pl-5 text-fg">
          <li>
            {name} can no longer use {pkg ? packageLabel(pkg) : 'the package'}
            {pkg && isCallingSubscriberPackage(pkg)
              ? ': their phone number and extension are released and calls to them stop ringing.'
              : '.'}
          </li>
          <li>
            Their Webex account is <strong>not</strong> deleted: it stays in the customer’s organisation, without your
            wholesale services. Giving them a package again means adding them again.
          </li>
        </ul>
        {remove.error ? <ServerErrorBanner error={remove.error} title="The package was not removed" /> : null}
      </div>
    </Dialog>
  );
}
