import type { HTMLAttributes, ReactNode } from 'react';
import clsx from 'clsx';

export function Card({ className, ...rest }: HTMLAttributes<HTMLElement>) {
  return <section className={clsx('rounded-lg border border-line bg-surface shadow-xs', className)} {...rest} />;
}

export interface CardHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Heading level for the title (cards under a page h1 are h2 by default). */
  level?: 2 | 3;
  id?: string;
}

export function CardHeader({ title, description, actions, level = 2, id }: CardHeaderProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="flex items-start justify-between gap-4 px-5 pt-4 pb-1">
      <div className="min-w-0">
        <Heading id={id} className="text-[15px] leading-6 font-semibold text-fg">
          {title}
        </Heading>
        {description ? <p className="mt-0.5 text-[13px] text-fg-muted">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardContent({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx('px-5 pt-3 pb-5', className)} {...rest} />;
}
