import clsx from 'clsx';
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { controlClasses } from '@/shared/ui/field';
import { onGridKeyDown } from './grid-keys';

/** A cell's problem, under the control and tied to it by aria-describedby. */
export function CellError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs leading-snug font-medium text-danger">
      {message}
    </p>
  );
}

type CellProps = { error: string | undefined; errorId: string; row: number; col: string };

export function GridInput({
  error,
  errorId,
  row,
  col,
  className,
  ref,
  ...rest
}: CellProps & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <>
      <input
        ref={ref}
        onKeyDown={onGridKeyDown}
        {...rest}
        data-row={row}
        data-col={col}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={clsx(controlClasses, 'px-2! text-[13px]!', className)}
      />
      <CellError id={errorId} message={error} />
    </>
  );
}

export function GridSelect({
  error,
  errorId,
  row,
  col,
  children,
  ref,
  ...rest
}: CellProps & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement>; children: ReactNode }) {
  return (
    <>
      <select
        ref={ref}
        {...rest}
        data-row={row}
        data-col={col}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={clsx(controlClasses, 'pr-1! pl-1.5! text-[13px]!')}
      >
        {children}
      </select>
      <CellError id={errorId} message={error} />
    </>
  );
}
