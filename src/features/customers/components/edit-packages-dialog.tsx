import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CUSTOMER_PACKAGES, PACKAGE_INFO, isCustomerPackage, packageLabel } from '@contract/packages';
import { SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES, findCountry } from '@contract/reference-data';
import type { Customer } from '@contract/wholesale';
import { isApiError } from '@/shared/api/api-error';
import { useUpdateCustomer } from '@/shared/api/customers';
import { Button } from '@/shared/ui/button';
import { Checkbox } from '@/shared/ui/checkbox';
import { Dialog } from '@/shared/ui/dialog';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { toast } from '@/shared/ui/toast-store';
import {
  addedPackages,
  needsLocation,
  packagesFormSchema,
  removedPackages,
  type PackagesFormValues,
} from '../lib/edit-packages-schema';
import { fieldMessage, ServerErrorBanner } from '@/shared/ui/server-error-banner';

const TIMEZONES = SUPPORTED_TIMEZONES.map((t) => ({ value: t.id, label: `${t.label} — ${t.id}` }));
const LANGUAGES = SUPPORTED_LANGUAGES.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` }));

/** Where a server error item lands in this form; undefined: the banner. */
function formFieldOf(
  field: string | undefined,
): 'packages' | 'location.name' | 'location.timezone' | 'location.language' | undefined {
  if (!field) return undefined;
  if (field.startsWith('packages')) return 'packages';
  const location = /^provisioningParameters\.calling(?:\.location\.(name|timezone|language))?/.exec(field);
  if (!location) return undefined;
  return `location.${(location[1] as 'name' | 'timezone' | 'language' | undefined) ?? 'name'}`;
}

/**
 * Edit packages: the PUT sends the complete desired list. Removing a package asks again
 * and says that billing for it stops; adding the first calling package asks for the
 * calling location the API requires (at the billing address).
 */
export function EditPackagesDialog({
  customer,
  name,
  offered,
  open,
  onClose,
}: {
  customer: Customer;
  name: string;
  /** Packages the customer's template offers; undefined when it offers all. */
  offered: readonly string[] | undefined;
  open: boolean;
  onClose: () => void;
}) {
  const current = customer.packages;
  const country = findCountry(customer.address?.country ?? '');
  const form = useForm<PackagesFormValues>({
    resolver: zodResolver(packagesFormSchema(current)),
    defaultValues: {
      packages: [...current],
      location: {
        name: 'Headquarters',
        timezone: country?.defaultTimezone ?? '',
        language: country?.defaultLanguage ?? '',
      },
    },
  });
  const [confirming, setConfirming] = useState<PackagesFormValues | null>(null);
  const update = useUpdateCustomer();
  const selected = useWatch({ control: form.control, name: 'packages' });
  const askLocation = needsLocation(current, Array.isArray(selected) ? selected : []);
  const errors = form.formState.errors;

  function close() {
    setConfirming(null);
    update.reset();
    onClose();
  }

  function save(values: PackagesFormValues) {
    // The confirmation view unmounts the form; its values stay (no shouldUnregister), so the location is picked here.
    const location = needsLocation(current, values.packages) ? values.location : undefined;
    update.mutate(
      {
        customerId: customer.id,
        body: {
          // Only known values can be sent (the contract's enum); the form offers no others.
          packages: values.packages.filter(isCustomerPackage),
          ...(location && customer.address
            ? {
                provisioningParameters: {
                  calling: {
                    location: {
                      name: location.name,
                      timezone: location.timezone,
                      language: location.language,
                      address: {
                        addressLine1: customer.address.addressLine1 ?? '',
                        addressLine2: customer.address.addressLine2,
                        city: customer.address.city ?? '',
                        stateOrProvince: customer.address.stateOrProvince,
                        zipOrPostalCode: customer.address.zipOrPostalCode,
                        country: customer.address.country ?? '',
                      },
                    },
                  },
                },
              }
            : {}),
        },
      },
      {
        onSuccess: () => {
          toast({ tone: 'success', title: `Updating ${name}`, description: 'The packages change in the background.' });
          close();
        },
        onError: (error) => {
          setConfirming(null);
          if (!isApiError(error)) return;
          for (const item of error.items) {
            const target = formFieldOf(item.field);
            if (target) form.setError(target, { message: fieldMessage(item.description, item.errorCode) });
          }
        },
      },
    );
  }

  const onValid = (values: PackagesFormValues) =>
    removedPackages(current, values.packages).length > 0 ? setConfirming(values) : save(values);
  const placedOnField = isApiError(update.error) && update.error.items.every((i) => formFieldOf(i.field));

  if (confirming) {
    const removed = removedPackages(current, confirming.packages).map(packageLabel);
    const added = addedPackages(current, confirming.packages).map(packageLabel);
    return (
      <Dialog
        open={open}
        onClose={close}
        title={removed.length === 1 ? 'Remove 1 package?' : `Remove ${removed.length} packages?`}
        description={`${removed.join(', ')} will be taken away from ${name}.`}
        dismissible={false}
        footer={
          <>
            <Button onClick={() => setConfirming(null)}>Back</Button>
            <Button variant="danger" loading={update.isPending} onClick={() => save(confirming)}>
              Remove and save
            </Button>
          </>
        }
      >
        <ul className="list-disc pl-5 text-fg">
          <li>Billing for {removed.join(', ')} stops once the update finishes.</li>
          <li>
            Users assigned {removed.length === 1 ? 'it' : 'them'} lose {removed.length === 1 ? 'it' : 'them'}.
          </li>
          {added.length > 0 ? (
            <li>
              {added.join(', ')} {added.length === 1 ? 'is' : 'are'} added; billing starts when you assign{' '}
              {added.length === 1 ? 'it' : 'them'} to users.
            </li>
          ) : null}
        </ul>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Edit packages"
      description={`The packages ${name} may assign to its users. Billing follows assignments to users.`}
      dismissible={false}
      size="lg"
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" type="submit" form="edit-packages-form" loading={update.isPending}>
            Save packages
          </Button>
        </>
      }
    >
      <form id="edit-packages-form" noValidate onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-4">
        {update.error && !placedOnField ? (
          <ServerErrorBanner error={update.error} title="The packages were not changed" />
        ) : null}
        <fieldset aria-describedby={errors.packages ? 'packages-error' : undefined}>
          <legend className="mb-2 text-[13px] font-medium text-fg">Packages</legend>
          <div className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
            {CUSTOMER_PACKAGES.map((pkg) => {
              const notOffered = offered !== undefined && !offered.includes(pkg) && !current.includes(pkg);
              return (
                <Checkbox
                  key={pkg}
                  value={pkg}
                  label={PACKAGE_INFO[pkg].label}
                  hint={notOffered ? 'Not offered by this customer’s template' : PACKAGE_INFO[pkg].description}
                  disabled={notOffered}
                  {...form.register('packages')}
                />
              );
            })}
          </div>
          {errors.packages ? (
            <p id="packages-error" className="mt-2 text-xs font-medium text-danger">
              {errors.packages.message ?? errors.packages.root?.message}
            </p>
          ) : null}
        </fieldset>
        {askLocation ? (
          <fieldset className="flex flex-col gap-3 rounded-md border border-line p-3">
            <legend className="px-1 text-[13px] font-medium text-fg">Calling location</legend>
            <p className="text-[13px] text-fg-muted">
              Calling needs a location. It is created at the customer’s billing address.
            </p>
            <Field label="Location name" required error={errors.location?.name?.message}>
              <Input {...form.register('location.name')} />
            </Field>
            <Field label="Time zone" required error={errors.location?.timezone?.message}>
              <Select placeholder="Choose a time zone" options={TIMEZONES} {...form.register('location.timezone')} />
            </Field>
            <Field label="Language" required error={errors.location?.language?.message}>
              <Select placeholder="Choose a language" options={LANGUAGES} {...form.register('location.language')} />
            </Field>
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  );
}
