import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Check, ChevronDown, X } from 'lucide-react';
import clsx from 'clsx';
import { controlClasses, useFieldControl } from './field';
import { Spinner } from './spinner';

export interface ComboboxProps<T> {
  /** The search text while the list is open; the caller searches with it (debounced, server-side). */
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly T[];
  getKey: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  /** Key of the chosen option (marked in the list). */
  selectedKey: string | null;
  /** The input's text while closed: the chosen option's name. */
  selectedText: string;
  /** Shown beside the chosen text while closed (e.g. a short ID); also read as the input's description. */
  selectedDetail?: ReactNode;
  onSelect: (option: T) => void;
  /** Offers a clear button while something is chosen. */
  onClear?: () => void;
  clearLabel?: string;
  /** The listbox's accessible name. */
  listLabel: string;
  placeholder?: string;
  loading?: boolean;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** Shown instead of the list when there are no options and nothing is loading. */
  empty: ReactNode;
  /** Told when the list opens or closes (e.g. to fetch only once someone looks). */
  onOpenChange?: (open: boolean) => void;
  /** A line under the list (e.g. how many are shown). */
  footer?: ReactNode;
  disabled?: boolean;
  className?: string;
}

/** Within this many pixels of the list's end, scrolling loads the next page. */
const LOAD_AHEAD_PX = 48;

/**
 * An editable combobox with a listbox popup (WAI-ARIA APG): typing searches, ArrowDown/Up
 * move (ArrowDown past the last option loads more), Enter chooses, Esc or Tab closes.
 * Focus stays in the input; the active option is `aria-activedescendant`. Generic over
 * the option type: the caller owns searching and paging, this owns keyboard and ARIA.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { query, onQueryChange, options, getKey, selectedKey, onSelect, hasMore, loadingMore, onLoadMore } = props;
  const field = useFieldControl();
  const generated = useId();
  const inputId = field.id ?? generated;
  const listId = `${inputId}-listbox`;
  const detailId = `${inputId}-detail`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    if (next !== open) props.onOpenChange?.(next);
    setOpenState(next);
  };
  const [active, setActive] = useState(-1);

  const expanded = open && options.length > 0;
  const activeIndex = active < options.length ? active : options.length - 1;
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    if (!expanded || activeIndex < 0) return;
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [expanded, activeIndex, listId]);

  // Closed on a choice, the input shows its start (not the end the caret scrolled to while typing).
  useEffect(() => {
    const input = inputRef.current;
    if (open || !input || document.activeElement !== input) return;
    input.setSelectionRange(0, 0);
    input.scrollLeft = 0;
  }, [open, props.selectedText]);

  const loadMore = () => {
    if (hasMore && !loadingMore) onLoadMore?.();
  };
  const openList = (at: number) => {
    if (!open) onQueryChange('');
    setOpen(true);
    setActive(at);
  };
  const close = () => {
    setOpen(false);
    setActive(-1);
    if (query) onQueryChange('');
  };
  const choose = (option: T) => {
    onSelect(option);
    close();
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) return openList(0);
      if (activeIndex >= last) loadMore();
      else setActive(activeIndex + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList(last);
      setActive(Math.max(0, activeIndex - 1));
    } else if (event.key === 'Enter' && open) {
      // Open, Enter chooses and never submits the surrounding form.
      event.preventDefault();
      const option = options[activeIndex];
      if (option !== undefined) choose(option);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only, not a dialog around it.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab' && open) {
      close();
    }
  }

  const status =
    props.loading || loadingMore ? (
      <>
        <Spinner />
        {props.loading ? 'Searching…' : 'Loading more…'}
      </>
    ) : options.length === 0 ? (
      props.empty
    ) : props.footer || hasMore ? (
      <>
        <span className="flex-1">{props.footer}</span>
        {hasMore ? (
          <button
            type="button"
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={loadMore}
            className="rounded px-1.5 py-0.5 font-medium text-brand-text hover:bg-surface-hover"
          >
            Show more
          </button>
        ) : null}
      </>
    ) : null;

  const chosen = selectedKey !== null;
  const showDetail = !open && chosen && props.selectedDetail !== undefined;
  const describedBy = [field['aria-describedby'], showDetail ? detailId : undefined].filter(Boolean).join(' ');

  return (
    <div
      className={clsx('relative', props.className)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy || undefined}
        aria-invalid={field['aria-invalid']}
        aria-required={field.required}
        autoComplete="off"
        spellCheck={false}
        disabled={props.disabled}
        placeholder={open || !chosen ? props.placeholder : undefined}
        value={open ? query : props.selectedText}
        onChange={(event) => {
          if (!open) setOpen(true);
          onQueryChange(event.target.value);
          setActive(0);
        }}
        onClick={() => (open ? undefined : openList(-1))}
        onKeyDown={onKeyDown}
        className={clsx(controlClasses, 'truncate', showDetail ? 'pr-36' : chosen && props.onClear ? 'pr-14' : 'pr-8')}
      />
      <div className="absolute inset-y-0 right-1 flex items-center gap-1">
        {showDetail ? (
          <span id={detailId} className="pointer-events-none font-mono text-xs text-fg-muted">
            {props.selectedDetail}
          </span>
        ) : null}
        {chosen && props.onClear && !props.disabled ? (
          <button
            type="button"
            aria-label={props.clearLabel ?? 'Clear'}
            title={props.clearLabel ?? 'Clear'}
            onClick={() => {
              props.onClear?.();
              close();
              inputRef.current?.focus();
            }}
            className="rounded p-1 text-fg-muted hover:bg-surface-hover hover:text-fg focus-visible:outline-2"
          >
            <X aria-hidden="true" className="size-3.5" />
          </button>
        ) : null}
        <ChevronDown aria-hidden="true" className="pointer-events-none mr-1.5 size-4 text-fg-muted" />
      </div>
      {open ? (
        <div className="absolute inset-x-0 top-full z-40 mt-1 overflow-hidden rounded-lg border border-line bg-surface shadow-lg">
          {options.length > 0 ? (
            <ul
              id={listId}
              role="listbox"
              aria-label={props.listLabel}
              className="max-h-72 overflow-y-auto p-1"
              // Keeps focus (and the caret) in the input when an option or the scrollbar is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onScroll={(event) => {
                const el = event.currentTarget;
                if (el.scrollTop + el.clientHeight >= el.scrollHeight - LOAD_AHEAD_PX) loadMore();
              }}
            >
              {options.map((option, index) => {
                const key = getKey(option);
                const selected = key === selectedKey;
                return (
                  // The keyboard reaches options through the input (aria-activedescendant), never by focus.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <li
                    key={key}
                    id={optionId(index)}
                    role="option"
                    aria-selected={selected}
                    onMouseMove={() => index !== activeIndex && setActive(index)}
                    onClick={() => choose(option)}
                    className={clsx(
                      'flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-1.5 text-sm text-fg',
                      index === activeIndex && 'bg-surface-hover outline-1 -outline-offset-1 outline-line-strong',
                    )}
                  >
                    <span className="min-w-0 flex-1">{props.renderOption(option)}</span>
                    <Check
                      aria-hidden="true"
                      className={clsx('size-4 shrink-0 text-brand-text', selected ? 'visible' : 'invisible')}
                    />
                  </li>
                );
              })}
            </ul>
          ) : null}
          <div
            role="status"
            className={clsx(
              'flex items-center gap-2 px-3 text-[13px] text-fg-muted',
              status === null ? 'sr-only' : options.length > 0 ? 'border-t border-line py-1.5' : 'py-3',
            )}
          >
            {status}
          </div>
        </div>
      ) : null}
    </div>
  );
}
