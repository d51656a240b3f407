import { useState } from 'react';
import type { Customer } from '@contract/wholesale';
import { useDeleteCustomer } from '@/shared/api/customers';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { toast } from '@/shared/ui/toast-store';
import { ServerErrorBanner } from '@/shared/ui/server-error-banner';

/**
 * Remove wholesale services: DELETE, confirmed by typing the customer's external ID. Says
 * plainly that billing stops and that the Webex organisation itself is not deleted.
 */
export function RemoveCustomerDialog({
  customer,
  name,
  open,
  onClose,
}: {
  customer: Customer;
  name: string;
  open: boolean;
  onClose: () => void;
}) {
  const expected = customer.externalId || customer.id;
  const [typed, setTyped] = useState('');
  const remove = useDeleteCustomer();
  const matches = typed.trim() === expected;

  function close() {
    setTyped('');
    remove.reset();
    onClose();
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Remove wholesale services?"
      description={`${name} loses every wholesale package. This cannot be undone.`}
      dismissible={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            type="submit"
            form="remove-customer-form"
            disabled={!matches}
            loading={remove.isPending}
          >
            Remove wholesale services
          </Button>
        </>
      }
    >
      <form
        id="remove-customer-form"
        noValidate
        className="flex flex-col gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!matches) return;
          remove.mutate(
            { customerId: customer.id },
            {
              onSuccess: () => {
                toast({ title: `Removing wholesale services from ${name}`, description: 'This takes a moment.' });
                close();
              },
            },
          );
        }}
      >
        <ul className="list-disc pl-5 text-fg">
          <li>Every package ({customer.packages.length}) is released and billing for this customer stops.</li>
          <li>Its users lose their wholesale packages.</li>
          <li>
            The customer’s Webex organisation
            {customer.orgId ? (
              <>
                {' '}
                (<span className="font-mono text-[13px] break-all">{customer.orgId}</span>)
              </>
            ) : null}{' '}
            is <strong>not</strong> deleted: it, its users and their data stay in Webex, without your services.
          </li>
        </ul>
        {remove.error ? <ServerErrorBanner error={remove.error} title="Wholesale services were not removed" /> : null}
        <Field label={`Type ${expected} to confirm`} hint="The customer’s external ID, exactly.">
          <Input
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      </form>
    </Dialog>
  );
}
