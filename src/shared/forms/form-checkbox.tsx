/**
 * A single boolean checkbox bound to the nearest react-hook-form (see FormInput):
 *
 *   <FormCheckbox<TemplateForm> name="commonSettings.allowAdminInviteEmailsOnAttach"
 *     label="Allow admin-invite emails when attaching to existing orgs" hint="…" />
 */
import type { ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { Checkbox, type CheckboxProps } from '../ui/checkbox';
import { fieldId } from './form-input';

export interface FormCheckboxProps<T extends FieldValues> extends Omit<
  CheckboxProps,
  'name' | 'checked' | 'defaultChecked' | 'onChange' | 'onBlur' | 'ref' | 'id' | 'error'
> {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
}

export function FormCheckbox<T extends FieldValues>({ name, label, hint, ...rest }: FormCheckboxProps<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController({ name, control });
  return (
    <Checkbox
      {...rest}
      id={fieldId(name)}
      ref={ref}
      name={field.name}
      label={label}
      hint={hint}
      error={fieldState.error?.message}
      checked={field.value === true}
      onChange={(event) => field.onChange(event.target.checked)}
      onBlur={field.onBlur}
      disabled={field.disabled || rest.disabled}
    />
  );
}
