import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { TEMPLATE_NAME_MAX } from '@contract/hub';
import { CUSTOMER_PACKAGES, PACKAGE_INFO } from '@contract/packages';
import { COUNTRIES, SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES, findCountry } from '@contract/reference-data';
import { FormCheckboxGroup } from '@/shared/forms/form-checkbox-group';
import { FormInput } from '@/shared/forms/form-input';
import { FormRadioGroup } from '@/shared/forms/form-radio-group';
import { FormSelect } from '@/shared/forms/form-select';
import type { TemplateForm } from '../lib/template-form';

const PACKAGE_OPTIONS = CUSTOMER_PACKAGES.map((p) => ({
  value: p,
  label: PACKAGE_INFO[p].label,
  description: PACKAGE_INFO[p].description,
}));
const COUNTRY_OPTIONS = [...COUNTRIES]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((c) => ({ value: c.code, label: c.name }));
const LANGUAGE_OPTIONS = SUPPORTED_LANGUAGES.map((l) => ({ value: l.code, label: l.name }));
const TIMEZONE_OPTIONS = SUPPORTED_TIMEZONES.map((t) => ({ value: t.id, label: `${t.label} — ${t.id}` }));

export function OfferStep() {
  return (
    <>
      <FormRadioGroup<TemplateForm>
        name="offerType"
        legend="Offer type"
        required
        options={[
          {
            value: 'webex_for_wholesale',
            label: 'Webex for Wholesale',
            description:
              'Calling, meetings and contact-centre packages billed per user through your wholesale subscription.',
          },
        ]}
      />
      <FormCheckboxGroup<TemplateForm>
        name="offeredPackages"
        legend="Packages offered"
        hint="Customers created with this template can have only these packages. Offering a calling package makes a PSTN provider required."
        required
        layout="grid"
        options={PACKAGE_OPTIONS}
      />
    </>
  );
}

/** A new country fills in its usual language and time zone, unless the admin already chose them. */
function useCountryDefaults() {
  const { control, getValues, setValue } = useFormContext<TemplateForm>();
  const country = useWatch({ control, name: 'country' });
  useEffect(() => {
    const found = findCountry(country);
    if (!found) return;
    if (!getValues('language')) setValue('language', found.defaultLanguage, { shouldDirty: true });
    if (!getValues('timezone')) setValue('timezone', found.defaultTimezone, { shouldDirty: true });
  }, [country, getValues, setValue]);
}

export function BasicsStep() {
  useCountryDefaults();
  return (
    <>
      <FormInput<TemplateForm>
        name="name"
        label="Template name"
        hint="Unique among your templates (case is ignored). Name it after the customer segment it serves."
        required
        maxLength={TEMPLATE_NAME_MAX}
        autoComplete="off"
        fieldClassName="flex max-w-md flex-col gap-1.5"
      />
      <p className="-mb-2 text-[13px] font-medium text-fg">Defaults for each customer’s administrator</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormSelect<TemplateForm>
          name="country"
          label="Country or region"
          required
          placeholder="Choose a country"
          options={COUNTRY_OPTIONS}
        />
        <FormSelect<TemplateForm>
          name="language"
          label="Language"
          hint="Also the language of the administrator’s welcome email."
          required
          placeholder="Choose a language"
          options={LANGUAGE_OPTIONS}
        />
        <FormSelect<TemplateForm>
          name="timezone"
          label="Time zone"
          required
          placeholder="Choose a time zone"
          options={TIMEZONE_OPTIONS}
          fieldClassName="flex flex-col gap-1.5 sm:col-span-2"
        />
      </div>
    </>
  );
}
