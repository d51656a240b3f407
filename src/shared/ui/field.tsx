import { createContext, useContext, useId, type ReactNode } from 'react';

interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  required: boolean | undefined;
}

const FieldContext = createContext<FieldControl | null>(null);

export interface FieldProps {
  label: ReactNode;
  /** Help shown under the control, always. */
  hint?: ReactNode;
  /** Validation or server message for this field; replaces nothing, adds a line in red. */
  error?: string;
  required?: boolean;
  /** Use an id the caller needs (e.g. to focus the field a server error names). */
  id?: string;
  children: ReactNode;
  className?: string;
}

/**
 * Label, control, hint and error, wired together: the label targets the control and the
 * control is described by the hint and the error, so a screen reader reads all three.
 * Input, Select and Textarea pick the wiring up from here.
 */
export function Field({ label, hint, error, required, id, children, className }: FieldProps) {
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className ?? 'flex flex-col gap-1.5'}>
      <label htmlFor={controlId} className="text-[13px] font-medium text-fg">
        {label}
        {required ? (
          <span className="ml-0.5 text-danger" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      <FieldContext.Provider
        value={{ id: controlId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required }}
      >
        {children}
      </FieldContext.Provider>
      {hint ? (
        <p id={hintId} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The ids and ARIA a control needs inside a Field (empty outside one). */
export function useFieldControl(): Partial<FieldControl> {
  return useContext(FieldContext) ?? {};
}

export const controlClasses =
  'border-line-strong bg-surface text-fg placeholder:text-fg-subtle h-8 w-full rounded-md border px-2.5 text-sm shadow-xs ' +
  'aria-[invalid=true]:border-danger disabled:bg-surface-muted disabled:text-fg-muted disabled:cursor-not-allowed ' +
  'focus-visible:border-brand focus-visible:outline-2 focus-visible:outline-offset-0';
