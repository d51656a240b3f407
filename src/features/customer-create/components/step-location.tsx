import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { needsCallingLocation } from '@contract/packages';
import { SUBDIVISIONS, findCountry } from '@contract/reference-data';
import { ADDRESS_LINE_MAX } from '@contract/wholesale';
import { FormCheckbox } from '@/shared/forms/form-checkbox';
import { FormInput } from '@/shared/forms/form-input';
import { FormSelect } from '@/shared/forms/form-select';
import {
  CITY_MAX,
  EMERGENCY_ID_MAX,
  LOCATION_NAME_MAX,
  POSTAL_CODE_MAX,
  includesMeetings,
  type CustomerForm,
} from '../lib/customer-form';
import { COUNTRY_OPTIONS, LANGUAGE_OPTIONS, TIMEZONE_OPTIONS } from '../lib/labels';

/** A new country fills in the calling location's usual time zone and language, unless already chosen. */
function useCountryDefaults(calling: boolean) {
  const { control, getValues, setValue } = useFormContext<CustomerForm>();
  const country = useWatch({ control, name: 'address.country' });
  useEffect(() => {
    const found = findCountry(country);
    if (!found || !calling) return;
    if (!getValues('location.timezone')) setValue('location.timezone', found.defaultTimezone, { shouldDirty: true });
    if (!getValues('location.language')) setValue('location.language', found.defaultLanguage, { shouldDirty: true });
  }, [country, calling, getValues, setValue]);
}

export function LocationStep() {
  const { control } = useFormContext<CustomerForm>();
  const packages = useWatch({ control, name: 'packages' });
  const countryCode = useWatch({ control, name: 'address.country' });
  const calling = needsCallingLocation(packages);
  const meetings = includesMeetings(packages);
  useCountryDefaults(calling);
  const country = findCountry(countryCode);
  const subdivisions = country ? SUBDIVISIONS[country.code] : undefined;
  const lineHint = `At most ${ADDRESS_LINE_MAX} characters.`;
  return (
    <>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-3 text-sm font-semibold text-fg">Billing address</legend>
        <FormSelect<CustomerForm>
          name="address.country"
          label="Country or region"
          hint="Also decides the default global dial-in number of the meeting site."
          required
          placeholder="Choose a country"
          options={COUNTRY_OPTIONS}
          fieldClassName="flex max-w-md flex-col gap-1.5"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <FormInput<CustomerForm>
            name="address.addressLine1"
            label="Address line 1"
            hint={lineHint}
            required
            maxLength={ADDRESS_LINE_MAX}
            autoComplete="address-line1"
          />
          <FormInput<CustomerForm>
            name="address.addressLine2"
            label="Address line 2"
            hint={lineHint}
            maxLength={ADDRESS_LINE_MAX}
            autoComplete="address-line2"
          />
          <FormInput<CustomerForm>
            name="address.city"
            label="City"
            required
            maxLength={CITY_MAX}
            autoComplete="address-level2"
          />
          {subdivisions ? (
            <FormSelect<CustomerForm>
              name="address.stateOrProvince"
              label={country?.code === 'CA' ? 'Province or territory' : 'State or territory'}
              required={country?.requiresState}
              placeholder={country?.requiresState ? 'Choose one' : 'None'}
              options={subdivisions.map((s) => ({ value: s.code, label: s.name }))}
            />
          ) : (
            <FormInput<CustomerForm>
              name="address.stateOrProvince"
              label="State, province or region"
              hint={country && !country.requiresState ? `Optional in ${country.name}.` : undefined}
              required={country?.requiresState}
              autoComplete="address-level1"
            />
          )}
          <FormInput<CustomerForm>
            name="address.zipOrPostalCode"
            label={country?.code === 'US' ? 'ZIP code' : 'Postal code'}
            hint={country && !country.requiresPostalCode ? `Optional in ${country.name}.` : undefined}
            required={country?.requiresPostalCode}
            maxLength={POSTAL_CODE_MAX}
            autoComplete="postal-code"
          />
        </div>
      </fieldset>
      {calling ? (
        <fieldset className="flex flex-col gap-4 border-t border-line pt-5">
          <legend className="float-left mb-1 text-sm font-semibold text-fg">First calling location</legend>
          <p className="clear-both -mt-2 text-[13px] text-fg-muted">
            Calling packages need a location at this address. Its language is used for voice announcements and generated
            e-mails.
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormInput<CustomerForm>
              name="location.name"
              label="Location name"
              required
              maxLength={LOCATION_NAME_MAX}
              autoComplete="off"
            />
            <FormInput<CustomerForm>
              name="location.emergencyLocationIdentifier"
              label="Emergency location identifier"
              hint="Optional: sent in the SIP header of emergency calls from this location."
              maxLength={EMERGENCY_ID_MAX}
              autoComplete="off"
            />
            <FormSelect<CustomerForm>
              name="location.timezone"
              label="Time zone"
              required
              placeholder="Choose a time zone"
              options={TIMEZONE_OPTIONS}
              fieldClassName="flex flex-col gap-1.5 sm:col-span-2"
            />
            <FormSelect<CustomerForm>
              name="location.language"
              label="Announcement language"
              required
              placeholder="Choose a language"
              options={LANGUAGE_OPTIONS}
            />
          </div>
        </fieldset>
      ) : null}
      {meetings ? (
        <div className="border-t border-line pt-5">
          <FormSelect<CustomerForm>
            name="meetingsTimezone"
            label="Meetings time zone"
            hint="The meeting site’s time zone."
            options={[{ value: '', label: 'The template’s time zone' }, ...TIMEZONE_OPTIONS]}
            fieldClassName="flex max-w-xl flex-col gap-1.5"
          />
        </div>
      ) : null}
      <div className="border-t border-line pt-5">
        <FormCheckbox<CustomerForm>
          name="verifiedLocation"
          label="I verify that this customer is in a Cisco Webex supported location"
          hint="Webex for Wholesale may only be sold to customers in supported countries."
        />
      </div>
    </>
  );
}
