import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { X } from 'lucide-react';
import clsx from 'clsx';
import { IconButton } from './icon-button';

export interface DialogProps {
  open: boolean;
  /** Called on Esc, the close button and (when `dismissible`) a click outside. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, primary last. */
  footer?: ReactNode;
  /** Element to focus on open; defaults to the first focusable element in the body. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Whether a click on the backdrop closes it (off for forms that would lose input). */
  dismissible?: boolean;
  size?: 'sm' | 'md' | 'lg';
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
}

/**
 * A modal dialog: focus moves in on open and back to the opener on close, Tab cycles inside,
 * Esc closes, and everything behind it is inert (unreachable by keyboard and screen readers).
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  initialFocus,
  dismissible = true,
  size = 'md',
}: DialogProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    if (!panel) return;
    const portal = panel.closest<HTMLElement>('[data-dialog-portal]');
    const siblings = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== portal && !el.hasAttribute('inert'),
    );
    for (const el of siblings) el.setAttribute('inert', '');

    const target =
      initialFocus?.current ?? focusables(panel).find((el) => el.dataset.dialogClose === undefined) ?? panel;
    target.focus();

    function onKeyDown(event: KeyboardEvent) {
      if (!panel) return;
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(panel);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      if (event.shiftKey && (document.activeElement === first || document.activeElement === panel)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      for (const el of siblings) el.removeAttribute('inert');
      opener?.focus();
    };
  }, [open, initialFocus]);

  if (!open) return null;
  return createPortal(
    <div data-dialog-portal="" className="fixed inset-0 z-50 flex items-center justify-center p-4">
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-black/40 dark:bg-black/60"
        onClick={dismissible ? () => onCloseRef.current() : undefined}
      />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        className={clsx(
          'relative flex max-h-[calc(100vh-2rem)] w-full flex-col rounded-lg border border-line bg-surface shadow-xl',
          size === 'sm' ? 'max-w-sm' : size === 'lg' ? 'max-w-2xl' : 'max-w-lg',
        )}
      >
        <div className="flex items-start justify-between gap-4 px-5 pt-4 pb-2">
          <div>
            <h2 id={titleId} className="text-base font-semibold text-fg">
              {title}
            </h2>
            {description ? (
              <p id={descriptionId} className="mt-1 text-fg-muted">
                {description}
              </p>
            ) : null}
          </div>
          <IconButton label="Close" icon={<X />} size="sm" data-dialog-close="" onClick={() => onCloseRef.current()} />
        </div>
        {children ? <div className="overflow-y-auto px-5 py-2">{children}</div> : null}
        {footer ? <div className="mt-2 flex justify-end gap-2 border-t border-line px-5 py-3">{footer}</div> : null}
      </div>
    </div>,
    document.body,
  );
}
