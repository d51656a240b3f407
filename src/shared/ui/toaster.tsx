import { useEffect } from 'react';
import { CircleCheck, CircleExclamationPoint, Info, X } from 'lucide-react';
import clsx from 'clsx';
import { dismissToast, useToasts, type Toast } from './toast-store';
import { IconButton } from './icon-button';

const ICONS = { info: Info, success: CircleCheck, error: CircleExclamationPoint } as const;
const AUTO_DISMISS_MS = { info: 6000, success: 6000, error: 12000 } as const;

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    const timer = setTimeout(() => dismissToast(toast.id), AUTO_DISMISS_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast.id, toast.tone]);
  const Icon = ICONS[toast.tone];
  return (
    <li className="pointer-events-auto flex w-80 items-start gap-3 rounded-lg border border-line bg-surface p-3 shadow-lg">
      <Icon
        aria-hidden="true"
        className={clsx(
          'mt-0.5 size-4 shrink-0',
          toast.tone === 'error'
            ? 'text-danger'
            : toast.tone === 'success'
              ? 'text-success-soft-fg'
              : 'text-brand-text',
        )}
      />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-fg">{toast.title}</p>
        {toast.description ? <p className="mt-0.5 text-[13px] text-fg-muted">{toast.description}</p> : null}
      </div>
      <IconButton label="Dismiss notification" icon={<X />} size="sm" onClick={() => dismissToast(toast.id)} />
    </li>
  );
}

/** Render once, at the app root. Polite live region: notices never interrupt. */
export function Toaster() {
  const toasts = useToasts();
  return (
    <div aria-live="polite" aria-relevant="additions" className="pointer-events-none fixed right-4 bottom-4 z-50">
      <ol className="flex flex-col gap-2">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </ol>
    </div>
  );
}
