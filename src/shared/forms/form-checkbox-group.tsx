/**
 * Several-of-many choice (a `string[]` field) bound to the nearest react-hook-form (see
 * FormInput), e.g. packages:
 *
 *   <FormCheckboxGroup<TemplateForm> name="offeredPackages" legend="Packages offered" layout="grid"
 *     options={CUSTOMER_PACKAGES.map((p) => ({ value: p, label: packageLabel(p) }))} />
 *
 * The order of the stored array follows `options`, so the value does not depend on click order.
 */
import type { ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { ChoiceGroup, type ChoiceOption } from './choice-group';
import { fieldId } from './form-input';

export interface FormCheckboxGroupProps<T extends FieldValues> {
  name: Path<T>;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  layout?: 'stack' | 'grid';
}

export function FormCheckboxGroup<T extends FieldValues>({ name, options, ...props }: FormCheckboxGroupProps<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, ...field },
    fieldState,
  } = useController({ name, control });
  const selected: readonly unknown[] = Array.isArray(field.value) ? field.value : [];
  return (
    <ChoiceGroup
      {...props}
      options={options}
      id={fieldId(name)}
      type="checkbox"
      name={field.name}
      error={fieldState.error?.message}
      isChecked={(value) => selected.includes(value)}
      onToggle={(value, checked) => {
        const next = new Set(selected);
        if (checked) next.add(value);
        else next.delete(value);
        field.onChange(options.map((o) => o.value).filter((v) => next.has(v)));
      }}
      onBlur={field.onBlur}
      disabled={field.disabled || props.disabled}
      focusRef={ref}
    />
  );
}
