import type { Ref, SelectHTMLAttributes } from 'react';
import { ChevronDown } from 'lucide-react';
import clsx from 'clsx';
import { controlClasses, useFieldControl } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  options: readonly SelectOption[];
  /** A first, empty choice such as "Any status". */
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A native select (keyboard, screen-reader and mobile behaviour for free), styled like Input. */
export function Select({ options, placeholder, className, ref, ...rest }: SelectProps) {
  const field = useFieldControl();
  return (
    <div className={clsx('relative', className)}>
      <select ref={ref} {...field} {...rest} className={clsx(controlClasses, 'appearance-none pr-8')}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-fg-muted"
      />
    </div>
  );
}
