import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { LocationRequest, type HubLocation } from '@contract/hub';
import { COUNTRIES, SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES, findCountry } from '@contract/reference-data';
import { customerLocationsQueryOptions } from '@/shared/api/customer-locations';
import { useOrgApi } from '@/shared/api/org-api';
import { applyServerErrors } from '@/shared/forms/apply-server-errors';
import { Button } from '@/shared/ui/button';
import { Dialog } from '@/shared/ui/dialog';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { createLocation } from '../lib/location-requests';

type LocationInput = z.input<typeof LocationRequest>;
type LocationOutput = z.output<typeof LocationRequest>;

const COUNTRY_OPTIONS = [...COUNTRIES]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((c) => ({ value: c.code, label: c.name }));
const LANGUAGE_OPTIONS = SUPPORTED_LANGUAGES.map((l) => ({ value: l.code, label: l.name }));
const TIMEZONE_OPTIONS = SUPPORTED_TIMEZONES.map((t) => ({ value: t.id, label: `${t.label} — ${t.id}` }));
const FIELDS = [
  'name',
  'address.addressLine1',
  'address.addressLine2',
  'address.city',
  'address.stateOrProvince',
  'address.zipOrPostalCode',
  'address.country',
  'timezone',
  'language',
] as const;

function defaults(country: string): LocationInput {
  const found = findCountry(country);
  return {
    name: '',
    address: { addressLine1: '', addressLine2: '', city: '', stateOrProvince: '', zipOrPostalCode: '', country },
    timezone: found?.defaultTimezone ?? '',
    language: found?.defaultLanguage ?? '',
  };
}

/** Adds one branch location; the address follows the customer-creation rules (contract/reference-data). */
export function AddLocationDialog({
  customerId,
  country,
  open,
  onClose,
  onAdded,
}: {
  customerId: string;
  /** The customer's country: the usual case for a branch. */
  country: string;
  open: boolean;
  onClose: () => void;
  onAdded: (location: HubLocation) => void;
}) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const [banner, setBanner] = useState<unknown>(null);
  const form = useForm<LocationInput, unknown, LocationOutput>({
    resolver: zodResolver(LocationRequest),
    defaultValues: defaults(country),
  });
  const errors = form.formState.errors;
  const message = (field: (typeof FIELDS)[number]) => {
    const [head, leaf] = field.split('.') as [string, string | undefined];
    const node = leaf
      ? (errors.address as Record<string, { message?: string }> | undefined)?.[leaf]
      : (errors as Record<string, { message?: string } | undefined>)[head];
    return node?.message;
  };

  function close() {
    form.reset(defaults(country));
    setBanner(null);
    onClose();
  }

  const save = form.handleSubmit(async (values) => {
    setBanner(null);
    try {
      const location = await createLocation(api, customerId, values);
      await queryClient.invalidateQueries({ queryKey: customerLocationsQueryOptions(api, customerId).queryKey });
      onAdded(location);
      close();
    } catch (error) {
      const placed = applyServerErrors(error, { setError: form.setError, fields: FIELDS });
      if (placed.placed.length === 0 || placed.unplaced.length > 0) setBanner(error);
    }
  });

  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add a location"
      description="A branch office users can belong to. Its address is used for emergency calls."
      dismissible={false}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" type="submit" form="add-location-form" loading={form.formState.isSubmitting}>
            Add location
          </Button>
        </>
      }
    >
      <form
        id="add-location-form"
        noValidate
        // The dialog is portalled out of the wizard's form in the DOM, not in React: keep
        // its submit from bubbling into the wizard's Next.
        onSubmit={(event) => {
          event.stopPropagation();
          void save(event);
        }}
        className="flex flex-col gap-3"
      >
        {banner ? <ErrorState compact error={banner} title="The location was not added" /> : null}
        <Field label="Location name" required error={message('name')} hint="Unique within this customer.">
          <Input autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label="Address line 1" required error={message('address.addressLine1')}>
          <Input autoComplete="address-line1" {...form.register('address.addressLine1')} />
        </Field>
        <Field label="Address line 2" error={message('address.addressLine2')}>
          <Input autoComplete="address-line2" {...form.register('address.addressLine2')} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="City" required error={message('address.city')}>
            <Input autoComplete="address-level2" {...form.register('address.city')} />
          </Field>
          <Field
            label="State or province"
            error={message('address.stateOrProvince')}
            hint="ISO 3166 code or name, e.g. CA."
          >
            <Input autoComplete="address-level1" {...form.register('address.stateOrProvince')} />
          </Field>
          <Field label="ZIP or postal code" error={message('address.zipOrPostalCode')}>
            <Input autoComplete="postal-code" {...form.register('address.zipOrPostalCode')} />
          </Field>
          <Field label="Country or region" required error={message('address.country')}>
            <Select options={COUNTRY_OPTIONS} placeholder="Choose a country" {...form.register('address.country')} />
          </Field>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Time zone" required error={message('timezone')}>
            <Select options={TIMEZONE_OPTIONS} placeholder="Choose a time zone" {...form.register('timezone')} />
          </Field>
          <Field
            label="Language"
            required
            error={message('language')}
            hint="For voice announcements and generated e-mails."
          >
            <Select options={LANGUAGE_OPTIONS} placeholder="Choose a language" {...form.register('language')} />
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
