import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { Plus, Trash2 } from 'lucide-react';
import { CALLING_PACKAGES_CUSTOMER, needsCallingLocation, packageLabel } from '@contract/packages';
import { FormCheckbox } from '@/shared/forms/form-checkbox';
import { FormInput } from '@/shared/forms/form-input';
import { FormSelect } from '@/shared/forms/form-select';
import { Button } from '@/shared/ui/button';
import { IconButton } from '@/shared/ui/icon-button';
import { PSTN_CHANGE_NOTE } from '../lib/copy';
import { PSTN_PROVIDER_MAX, SETTING_NAME_MAX, type TemplateForm } from '../lib/template-form';
import { Note } from './steps-subscription-auth';

export function CallingStep() {
  const offered = useWatch<TemplateForm, 'offeredPackages'>({ name: 'offeredPackages' });
  const calling = offered.filter((p) => (CALLING_PACKAGES_CUSTOMER as readonly string[]).includes(p));
  const required = needsCallingLocation(offered);
  return (
    <>
      <FormInput<TemplateForm>
        name="pstnProvider"
        label="Cloud-connected PSTN provider"
        hint={
          required
            ? `Required: this template offers calling (${calling.map(packageLabel).join(', ')}).`
            : 'Optional: this template offers no calling package.'
        }
        required={required}
        maxLength={PSTN_PROVIDER_MAX}
        autoComplete="off"
        fieldClassName="flex max-w-md flex-col gap-1.5"
      />
      <Note>{PSTN_CHANGE_NOTE}</Note>
    </>
  );
}

const KIND_OPTIONS = [
  { value: 'text', label: 'Text' },
  { value: 'number', label: 'Number' },
  { value: 'boolean', label: 'On / off' },
];
const BOOLEAN_OPTIONS = [
  { value: 'true', label: 'On' },
  { value: 'false', label: 'Off' },
];

/**
 * Call settings are named values: Cisco does not publish the template's call-settings
 * fields, so the admin names each one rather than the app inventing a fixed list.
 */
function CallSettingsEditor() {
  const { control, formState } = useFormContext<TemplateForm>();
  const { fields, append, remove } = useFieldArray({ control, name: 'callSettings' });
  const rows = useWatch({ control, name: 'callSettings' });
  const groupError = formState.errors.callSettings?.message ?? formState.errors.callSettings?.root?.message;
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="call-settings-hint">
      <legend className="mb-1 text-[13px] font-medium text-fg">Call settings</legend>
      <p id="call-settings-hint" className="text-xs text-fg-muted">
        Named values applied to each customer’s calling set-up, such as those your Partner Hub template lists.
      </p>
      {fields.map((field, index) => (
        <div key={field.id} className="grid items-start gap-3 sm:grid-cols-[1fr_8rem_1fr_auto]">
          <FormInput<TemplateForm>
            name={`callSettings.${index}.name`}
            label="Setting"
            required
            maxLength={SETTING_NAME_MAX}
            autoComplete="off"
          />
          <FormSelect<TemplateForm> name={`callSettings.${index}.kind`} label="Type" options={KIND_OPTIONS} />
          {rows[index]?.kind === 'boolean' ? (
            <FormSelect<TemplateForm>
              name={`callSettings.${index}.value`}
              label="Value"
              placeholder="Choose"
              options={BOOLEAN_OPTIONS}
            />
          ) : (
            <FormInput<TemplateForm>
              name={`callSettings.${index}.value`}
              label="Value"
              inputMode={rows[index]?.kind === 'number' ? 'decimal' : undefined}
              autoComplete="off"
            />
          )}
          <IconButton
            label={`Remove setting ${index + 1}`}
            icon={<Trash2 />}
            className="sm:mt-[22px]"
            onClick={() => remove(index)}
          />
        </div>
      ))}
      {groupError ? <p className="text-xs font-medium text-danger">{groupError}</p> : null}
      <div>
        <Button size="sm" icon={<Plus />} onClick={() => append({ name: '', value: '', kind: 'text' })}>
          Add call setting
        </Button>
      </div>
    </fieldset>
  );
}

export function SettingsStep() {
  return (
    <>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-[13px] font-medium text-fg">Common settings</legend>
        <FormCheckbox<TemplateForm>
          name="commonSettings.allowAdminInviteEmailsOnAttach"
          label="Allow admin-invite emails when attaching to existing orgs"
          hint="Must be on to attach Webex for Wholesale to a customer’s existing Webex organisation through the API."
        />
      </fieldset>
      <CallSettingsEditor />
    </>
  );
}
