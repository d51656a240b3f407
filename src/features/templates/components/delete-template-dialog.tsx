import { useNavigate } from '@tanstack/react-router';
import type { HubTemplate } from '@contract/hub';
import { useDeleteTemplate } from '@/shared/api/templates';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { toast } from '@/shared/ui/toast-store';

function inUseReason(count: number, name: string): string {
  return `${count.toLocaleString()} ${count === 1 ? 'customer was' : 'customers were'} created with ${name}, so it cannot be deleted. Keep it, or delete ${count === 1 ? 'that customer' : 'those customers'} first.`;
}

/**
 * Deleting always confirms. A template customers were created with cannot be deleted: the
 * dialog says so instead of offering the button (and a refusal the count did not foresee,
 * such as a customer created meanwhile, is shown with the server's reason).
 */
export function DeleteTemplateDialog({
  template,
  open,
  onClose,
}: {
  template: HubTemplate;
  open: boolean;
  onClose: () => void;
}) {
  const org = useActingOrg();
  const navigate = useNavigate();
  const remove = useDeleteTemplate({
    onSuccess: () => {
      toast({ tone: 'success', title: `Template ${template.name} deleted` });
      onClose();
      void navigate({ to: '/o/$orgId/templates', params: { orgId: org.id } });
    },
  });
  const count = template.customerCount ?? 0;
  const close = () => {
    remove.reset();
    onClose();
  };
  if (count > 0) {
    return (
      <Dialog
        open={open}
        onClose={close}
        title={`${template.name} is in use`}
        description={inUseReason(count, template.name)}
        size="sm"
        footer={
          <Button variant="primary" onClick={close}>
            Close
          </Button>
        }
      />
    );
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Delete ${template.name}?`}
      description="No customer uses it. Its Provisioning ID stops working: new customers can no longer be created with it. This cannot be undone."
      size="sm"
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            loading={remove.isPending}
            onClick={() => remove.mutate({ templateId: template.id })}
          >
            Delete template
          </Button>
        </>
      }
    >
      {remove.error ? <ErrorState compact error={remove.error} title="The template was not deleted" /> : null}
    </Dialog>
  );
}
