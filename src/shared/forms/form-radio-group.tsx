/**
 * One-of-several choice bound to the nearest react-hook-form (see FormInput), drawn as
 * a fieldset of labelled rows with optional descriptions:
 *
 *   <FormRadioGroup<TemplateForm> name="authentication.mode" legend="Authentication mode" required
 *     options={[{ value: 'webex', label: 'Webex', description: 'Users sign in with Webex.' }, …]} />
 */
import type { ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { ChoiceGroup, type ChoiceOption } from './choice-group';
import { fieldId } from './form-input';

export type { ChoiceOption } from './choice-group';

export interface FormRadioGroupProps<T extends FieldValues> {
  name: Path<T>;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  layout?: 'stack' | 'grid';
}

export function FormRadioGroup<T extends FieldValues>({ name, ...props }: FormRadioGroupProps<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController({ name, control });
  return (
    <ChoiceGroup
      {...props}
      id={fieldId(name)}
      type="radio"
      name={field.name}
      error={fieldState.error?.message}
      isChecked={(value) => field.value === value}
      onToggle={(value) => field.onChange(value)}
      onBlur={field.onBlur}
      disabled={field.disabled || props.disabled}
      focusRef={ref}
    />
  );
}
