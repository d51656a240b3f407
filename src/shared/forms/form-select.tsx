/**
 * A native select bound to the nearest react-hook-form (see FormInput):
 *
 *   <FormSelect<TemplateForm> name="country" label="Country" required
 *     options={COUNTRIES.map((c) => ({ value: c.code, label: c.name }))} placeholder="Choose a country" />
 *
 * `placeholder` adds a first, empty choice (value ''); make the step schema refuse '' when required.
 */
import type { ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../ui/field';
import { Select, type SelectProps } from '../ui/select';
import { fieldId } from './form-input';

export interface FormSelectProps<T extends FieldValues> extends Omit<
  SelectProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'id'
> {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  fieldClassName?: string;
}

export function FormSelect<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  fieldClassName,
  ...selectProps
}: FormSelectProps<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController({ name, control });
  return (
    <Field
      id={fieldId(name)}
      label={label}
      hint={hint}
      error={fieldState.error?.message}
      required={required}
      className={fieldClassName}
    >
      <Select
        {...selectProps}
        ref={ref}
        name={field.name}
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        disabled={field.disabled || selectProps.disabled}
      />
    </Field>
  );
}
