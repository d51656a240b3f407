import type { InputHTMLAttributes } from 'react';
import clsx from 'clsx';
import { controlClasses } from '@/shared/ui/field';
import type { NumberField } from '../lib/bulk-numbers';

export const FIELD_INPUT: Record<NumberField, { inputMode: 'tel' | 'numeric'; type: 'tel' | 'text' }> = {
  primaryPhoneNumber: { inputMode: 'tel', type: 'tel' },
  extension: { inputMode: 'numeric', type: 'text' },
};

/**
 * One phone-line cell: the input and, under it, its problem, tied to it by
 * aria-describedby so focusing the cell reads the error. The accessible name carries the
 * user (the column header alone would not say whose number it is).
 */
export function PhoneLineInput({
  field,
  error,
  errorId,
  className,
  ...rest
}: {
  field: NumberField;
  error: string | undefined;
  errorId: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'>) {
  return (
    <>
      <input
        {...rest}
        {...FIELD_INPUT[field]}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={clsx(controlClasses, 'px-2! text-[13px]! tabular-nums', className)}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-xs leading-snug font-medium text-danger">
          {error}
        </p>
      ) : null}
    </>
  );
}
