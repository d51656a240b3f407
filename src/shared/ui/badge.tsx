import type { ReactNode } from 'react';
import clsx from 'clsx';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info' | 'brand';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-neutral-soft text-neutral-soft-fg',
  success: 'bg-success-soft text-success-soft-fg',
  warning: 'bg-warning-soft text-warning-soft-fg',
  danger: 'bg-danger-soft text-danger-soft-fg',
  info: 'bg-info-soft text-info-soft-fg',
  brand: 'bg-brand-soft text-brand-soft-fg',
};

const DOTS: Record<BadgeTone, string> = {
  neutral: 'bg-current opacity-60',
  success: 'bg-current',
  warning: 'bg-current',
  danger: 'bg-current',
  info: 'bg-current',
  brand: 'bg-current',
};

export interface BadgeProps {
  tone?: BadgeTone;
  /** A leading dot, for statuses (colour is never the only signal: the label is always there). */
  dot?: boolean;
  children: ReactNode;
  className?: string;
}

export function Badge({ tone = 'neutral', dot = false, children, className }: BadgeProps) {
  return (
    <span
      className={clsx(
        'inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs leading-4 font-medium whitespace-nowrap',
        TONES[tone],
        className,
      )}
    >
      {dot ? <span aria-hidden="true" className={clsx('size-1.5 rounded-full', DOTS[tone])} /> : null}
      {children}
    </span>
  );
}
