import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { isCustomerPackage } from '@contract/packages';
import { COUNTRIES } from '@contract/reference-data';
import { requiredText } from '@contract/validation';
import { AddressInput, type Customer } from '@contract/wholesale';
import { isApiError } from '@/shared/api/api-error';
import { useUpdateCustomer } from '@/shared/api/customers';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { toast } from '@/shared/ui/toast-store';
import { fieldMessage, ServerErrorBanner } from '@/shared/ui/server-error-banner';

/** The API's own rules (50-character lines, state and postal code where the country needs them). */
const DetailsForm = z.object({ externalId: requiredText(255), address: AddressInput });
type DetailsInput = z.input<typeof DetailsForm>;
type DetailsOutput = z.output<typeof DetailsForm>;

const FIELDS = [
  'externalId',
  'address.addressLine1',
  'address.addressLine2',
  'address.city',
  'address.stateOrProvince',
  'address.zipOrPostalCode',
  'address.country',
] as const;
type FieldName = (typeof FIELDS)[number];

const COUNTRY_OPTIONS = COUNTRIES.map((c) => ({ value: c.code, label: c.name }));

/** "must not be empty" → "Must not be empty": the contract's messages follow a field name, here they stand alone. */
const sentence = (message: string | undefined) =>
  message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;

/** External ID and billing address; the PUT repeats the current packages (the list is always complete). */
export function EditDetailsDialog({
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
  const a = customer.address ?? {};
  const form = useForm<DetailsInput, unknown, DetailsOutput>({
    resolver: zodResolver(DetailsForm),
    defaultValues: {
      externalId: customer.externalId ?? '',
      address: {
        addressLine1: a.addressLine1 ?? '',
        addressLine2: a.addressLine2 ?? '',
        city: a.city ?? '',
        stateOrProvince: a.stateOrProvince ?? '',
        zipOrPostalCode: a.zipOrPostalCode ?? '',
        country: a.country ?? '',
      },
    },
  });
  const update = useUpdateCustomer();
  const errors = form.formState.errors;
  const error = (field: FieldName) =>
    sentence(
      field === 'externalId'
        ? errors.externalId?.message
        : errors.address?.[field.slice('address.'.length) as keyof DetailsInput['address']]?.message,
    );
  const placedOnField =
    isApiError(update.error) && update.error.items.every((i) => (FIELDS as readonly string[]).includes(i.field ?? ''));

  function close() {
    update.reset();
    form.reset();
    onClose();
  }

  const save = form.handleSubmit((values) =>
    update.mutate(
      {
        customerId: customer.id,
        body: { packages: customer.packages.filter(isCustomerPackage), ...values },
      },
      {
        onSuccess: () => {
          toast({ tone: 'success', title: `Saved ${name}` });
          close();
        },
        onError: (err) => {
          if (!isApiError(err)) return;
          for (const item of err.items) {
            if ((FIELDS as readonly string[]).includes(item.field ?? '')) {
              form.setError(item.field as FieldName, { message: fieldMessage(item.description, item.errorCode) });
            }
          }
        },
      },
    ),
  );

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Edit details"
      description="Your external ID for this customer and its billing address."
      dismissible={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" type="submit" form="edit-details-form" loading={update.isPending}>
            Save details
          </Button>
        </>
      }
    >
      <form id="edit-details-form" noValidate onSubmit={(event) => void save(event)} className="flex flex-col gap-3">
        {update.error && !placedOnField ? (
          <ServerErrorBanner error={update.error} title="The details were not saved" />
        ) : null}
        <Field label="External ID" required error={error('externalId')} hint="Your own key for this customer.">
          <Input autoComplete="off" {...form.register('externalId')} />
        </Field>
        <Field label="Address line 1" required error={error('address.addressLine1')}>
          <Input autoComplete="address-line1" {...form.register('address.addressLine1')} />
        </Field>
        <Field label="Address line 2" error={error('address.addressLine2')}>
          <Input autoComplete="address-line2" {...form.register('address.addressLine2')} />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="City" required error={error('address.city')}>
            <Input autoComplete="address-level2" {...form.register('address.city')} />
          </Field>
          <Field label="State or province" error={error('address.stateOrProvince')}>
            <Input autoComplete="address-level1" {...form.register('address.stateOrProvince')} />
          </Field>
          <Field label="Postal code" error={error('address.zipOrPostalCode')}>
            <Input autoComplete="postal-code" {...form.register('address.zipOrPostalCode')} />
          </Field>
          <Field label="Country" required error={error('address.country')}>
            <Select placeholder="Choose a country" options={COUNTRY_OPTIONS} {...form.register('address.country')} />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
