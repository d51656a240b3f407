/**
 * The fieldset both FormRadioGroup and FormCheckboxGroup draw: a legend, one bordered row
 * per option (input, label, optional description), and the group's hint and error, which
 * describe the fieldset so a screen reader announces them on entering the group.
 */
import { useId, type ReactNode, type Ref } from 'react';
import clsx from 'clsx';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceGroupProps {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  options: readonly ChoiceOption[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  onBlur: () => void;
  disabled?: boolean;
  /** Receives the input that should take focus (the checked one, else the first). */
  focusRef: Ref<HTMLInputElement>;
  /** `grid` lays options out in two columns (long lists such as packages). */
  layout?: 'stack' | 'grid';
}

export function ChoiceGroup({
  id,
  type,
  name,
  legend,
  hint,
  error,
  required,
  options,
  isChecked,
  onToggle,
  onBlur,
  disabled,
  focusRef,
  layout = 'stack',
}: ChoiceGroupProps) {
  const base = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const focusIndex = Math.max(
    0,
    options.findIndex((o) => isChecked(o.value)),
  );
  return (
    <fieldset
      id={id}
      className="flex min-w-0 flex-col gap-1.5"
      // A radiogroup may say it is required (a plain group may not); its legend still names it.
      role={type === 'radio' ? 'radiogroup' : undefined}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      aria-required={type === 'radio' && required ? true : undefined}
      disabled={disabled}
    >
      <legend className="mb-1.5 text-[13px] font-medium text-fg">
        {legend}
        {required ? (
          <span className="ml-0.5 text-danger" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {/* Hint and error above the options: under a long list they would sit below the fold. */}
      {hint ? (
        <p id={hintId} className="mb-0.5 text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mb-0.5 text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className={clsx('gap-2', layout === 'grid' ? 'grid sm:grid-cols-2' : 'flex flex-col')}>
        {options.map((option, index) => {
          const inputId = `${base}-${index}`;
          const labelId = `${inputId}-label`;
          const descriptionId = option.description ? `${inputId}-description` : undefined;
          return (
            <label
              key={option.value}
              htmlFor={inputId}
              className={clsx(
                'flex cursor-pointer items-start gap-2.5 rounded-md border px-3 py-2.5',
                'hover:bg-surface-hover has-checked:border-brand has-checked:bg-brand-soft',
                'has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-focus',
                'has-disabled:cursor-not-allowed has-disabled:opacity-60',
                error ? 'border-danger' : 'border-line',
              )}
            >
              <input
                ref={index === focusIndex ? focusRef : undefined}
                id={inputId}
                type={type}
                name={name}
                value={option.value}
                checked={isChecked(option.value)}
                disabled={option.disabled}
                // Named by the label text alone: the description describes it (once), it does not name it.
                aria-labelledby={labelId}
                aria-describedby={descriptionId}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onToggle(option.value, event.target.checked)}
                onBlur={onBlur}
                className="mt-0.5 size-4 shrink-0 accent-brand focus-visible:outline-none"
              />
              <span className="min-w-0">
                <span id={labelId} className="block text-sm font-medium text-fg">
                  {option.label}
                </span>
                {option.description ? (
                  <span id={descriptionId} className="mt-0.5 block text-xs text-fg-muted">
                    {option.description}
                  </span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
