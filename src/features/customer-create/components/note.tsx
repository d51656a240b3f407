import type { ReactNode } from 'react';
import { Info, TriangleAlert } from 'lucide-react';
import clsx from 'clsx';

/** A tinted aside inside a step: `info` explains, `warning` asks for attention. */
export function Note({
  tone = 'info',
  title,
  children,
}: {
  tone?: 'info' | 'warning';
  title?: ReactNode;
  children: ReactNode;
}) {
  const Icon = tone === 'warning' ? TriangleAlert : Info;
  return (
    <div
      className={clsx(
        'flex gap-2.5 rounded-md px-3 py-2.5 text-[13px]',
        tone === 'warning' ? 'bg-warning-soft text-warning-soft-fg' : 'bg-info-soft text-info-soft-fg',
      )}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
