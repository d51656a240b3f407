/**
 * A text input bound to the react-hook-form of the nearest <FormProvider> (a wizard
 * provides one), with its label, hint and error wired by Field:
 *
 *   <FormInput<TemplateForm> name="name" label="Template name" required maxLength={80} />
 *
 * The error shown is the field's validation message or a server error placed by
 * applyServerErrors. Values are strings; convert in the step's zod schema.
 */
import type { ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../ui/field';
import { Input, type InputProps } from '../ui/input';

export interface FormInputProps<T extends FieldValues> extends Omit<
  InputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref' | 'id'
> {
  name: Path<T>;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** Wrapper classes (the Field's layout), e.g. to size the field in a grid. */
  fieldClassName?: string;
}

/** Stable, readable ids (`field-authentication-idpEntityId`): e2e and error links can target them. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export function FormInput<T extends FieldValues>({
  name,
  label,
  hint,
  required,
  fieldClassName,
  ...inputProps
}: FormInputProps<T>) {
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
      <Input
        {...inputProps}
        ref={ref}
        name={field.name}
        value={typeof field.value === 'string' || typeof field.value === 'number' ? field.value : ''}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        disabled={field.disabled || inputProps.disabled}
      />
    </Field>
  );
}
