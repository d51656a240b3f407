import type { InputHTMLAttributes, Ref } from 'react';
import clsx from 'clsx';
import { controlClasses, useFieldControl } from './field';

export interface InputProps extends InputHTMLAttributes<HTMLInputElement> {
  ref?: Ref<HTMLInputElement>;
}

/** A text input; inside a Field it is labelled and described automatically. */
export function Input({ className, ref, ...rest }: InputProps) {
  const field = useFieldControl();
  return <input ref={ref} {...field} {...rest} className={clsx(controlClasses, className)} />;
}
