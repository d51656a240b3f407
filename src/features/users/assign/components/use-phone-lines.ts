import { useEffect, useState, type RefObject } from 'react';
import type { NumbersRow } from '../lib/bulk-plan';
import { EMPTY_ENTRY, entryOf, numberErrors, type NumberEntry, type NumberField } from '../lib/bulk-numbers';

const cell = (id: string, field: NumberField) => `${id}\n${field}`;
const adding = (set: ReadonlySet<string>, key: string) => (set.has(key) ? set : new Set(set).add(key));

/**
 * The numbers typed for the users who need a phone line, and which problems to show: a
 * cell's own once it was left, every one once the admin tried to go on (Review, Retry),
 * when focus goes to the first cell in trouble. `edited` says which cells changed since
 * the last send, so a server refusal shows on its cell only until the admin edits it.
 */
export function usePhoneLines(
  rows: readonly NumbersRow[],
  to: string,
  /** Where the cells are: focus goes to the first one in trouble inside it. */
  containerRef: RefObject<HTMLElement | null>,
) {
  const [entries, setEntries] = useState<Record<string, NumberEntry>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const errors = numberErrors(rows, to, entries);

  useEffect(() => {
    if (focusTick === 0) return;
    containerRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [focusTick, containerRef]);

  return {
    checked,
    entry: (id: string) => entryOf(entries, id),
    change(id: string, field: NumberField, value: string) {
      setEntries((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY_ENTRY), [field]: value } }));
      setEdited((set) => adding(set, cell(id, field)));
    },
    blur(id: string, field: NumberField) {
      setTouched((set) => adding(set, cell(id, field)));
    },
    /** The rule a cell breaks, once it may be shown. */
    message(id: string, field: NumberField): string | undefined {
      return checked || touched.has(cell(id, field)) ? errors.get(id)?.[field] : undefined;
    },
    editedSinceSent: (id: string, field: NumberField) => edited.has(cell(id, field)),
    /** How many of `ids` break a rule. */
    invalidCount: (ids: readonly string[]) => ids.filter((id) => errors.has(id)).length,
    /** True when none of `ids` breaks a rule; otherwise shows every problem and focuses the first. */
    check(ids: readonly string[]): boolean {
      setChecked(true);
      if (ids.every((id) => !errors.has(id))) return true;
      setFocusTick((n) => n + 1);
      return false;
    },
    /** The values just went to the server: its answer now speaks for every cell. */
    sent() {
      setEdited(new Set());
    },
    reset() {
      setEntries({});
      setTouched(new Set());
      setEdited(new Set());
      setChecked(false);
    },
  };
}

export type PhoneLines = ReturnType<typeof usePhoneLines>;
