import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { Check } from 'lucide-react';
import clsx from 'clsx';

export interface MenuItem {
  id: string;
  label: ReactNode;
  icon?: ReactNode;
  onSelect: () => void;
  /** Renders as a menuitemradio, checked when true. */
  checked?: boolean;
  tone?: 'default' | 'danger';
}

export interface MenuProps {
  /** Renders the trigger; spread the given props onto a button. */
  trigger: (props: {
    id: string;
    'aria-haspopup': 'menu';
    'aria-expanded': boolean;
    'aria-controls': string;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
    ref: RefObject<HTMLButtonElement | null>;
  }) => ReactNode;
  items: readonly MenuItem[];
  /** Static content above the items (e.g. who is signed in). */
  header?: ReactNode;
  align?: 'start' | 'end';
  label: string;
}

/**
 * A menu button (WAI-ARIA APG): Enter/Space/ArrowDown open it on the first item, arrows
 * and Home/End move, Esc or Tab close it and focus returns to the trigger.
 */
export function Menu({ trigger, items, header, align = 'end', label }: MenuProps) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const menuId = `${id}-menu`;
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function openAt(index: number) {
    setFocusIndex(index);
    setOpen(true);
  }
  function close(refocus = true) {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  }

  function onTriggerKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: focusIndex >= last ? 0 : focusIndex + 1,
      ArrowUp: focusIndex <= 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setFocusIndex(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close(false);
    }
  }

  return (
    <div className="relative">
      {trigger({
        id,
        'aria-haspopup': 'menu',
        'aria-expanded': open,
        'aria-controls': menuId,
        onClick: () => (open ? close() : openAt(0)),
        onKeyDown: onTriggerKeyDown,
        ref: triggerRef,
      })}
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
          className={clsx(
            'absolute top-full z-40 mt-1 min-w-52 rounded-lg border border-line bg-surface p-1 shadow-lg',
            align === 'end' ? 'right-0' : 'left-0',
          )}
        >
          {header ? <div className="mb-1 border-b border-line px-3 py-2">{header}</div> : null}
          {items.map((item, index) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[index] = el;
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={index === focusIndex ? 0 : -1}
              onClick={() => {
                item.onSelect();
                close();
              }}
              className={clsx(
                'flex w-full items-center gap-2.5 rounded-md px-2.5 py-1.5 text-left hover:bg-surface-hover focus-visible:bg-surface-hover focus-visible:outline-none',
                item.tone === 'danger' ? 'text-danger' : 'text-fg',
                '[&_svg]:size-4 [&_svg]:shrink-0',
              )}
            >
              {item.icon ? (
                <span aria-hidden="true" className="contents text-fg-muted">
                  {item.icon}
                </span>
              ) : null}
              <span className="flex-1">{item.label}</span>
              {item.checked ? <Check aria-hidden="true" className="text-brand-text" /> : null}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
