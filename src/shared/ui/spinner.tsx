import { LoaderCircle } from 'lucide-react';
import clsx from 'clsx';

/** Decorative unless given a label; pair it with text or aria-busy on the region it stands for. */
export function Spinner({ label, className }: { label?: string; className?: string }) {
  return (
    <LoaderCircle
      className={clsx('size-4 shrink-0 animate-spin', className)}
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'img' : undefined}
    />
  );
}
