import { useCallback, useMemo, useState } from 'react';
import { Repeat } from 'lucide-react';
import type { Subscriber } from '@contract/wholesale';
import { Button } from '@/shared/ui/button';

export interface Selection {
  /** Selected users by ID; kept across pages and filters until cleared. */
  users: ReadonlyMap<string, Subscriber>;
  selected: ReadonlySet<string>;
  toggle: (user: Subscriber) => void;
  togglePage: (users: readonly Subscriber[], select: boolean) => void;
  clear: () => void;
}

export function useSelection(): Selection {
  const [users, setUsers] = useState<ReadonlyMap<string, Subscriber>>(new Map());
  const toggle = useCallback((user: Subscriber) => {
    setUsers((prev) => {
      const next = new Map(prev);
      if (next.has(user.id)) next.delete(user.id);
      else next.set(user.id, user);
      return next;
    });
  }, []);
  const togglePage = useCallback((page: readonly Subscriber[], select: boolean) => {
    setUsers((prev) => {
      const next = new Map(prev);
      for (const user of page) {
        if (select) next.set(user.id, user);
        else next.delete(user.id);
      }
      return next;
    });
  }, []);
  const clear = useCallback(() => setUsers(new Map()), []);
  const selected = useMemo(() => new Set(users.keys()), [users]);
  return useMemo(() => ({ users, selected, toggle, togglePage, clear }), [users, selected, toggle, togglePage, clear]);
}

/** What is selected, across pages, and the bulk action; a suspended org sees why it is off. */
export function SelectionBar({
  selection,
  disabledReason,
  onChangePackage,
}: {
  selection: Selection;
  disabledReason: string | null;
  onChangePackage: () => void;
}) {
  const count = selection.users.size;
  if (count === 0 && !disabledReason) return null;
  return (
    <div
      role="region"
      aria-label="Selected users"
      className="flex flex-wrap items-center justify-between gap-3 border-b border-line bg-surface-muted px-4 py-2"
    >
      <p className="text-[13px] text-fg" aria-live="polite">
        {count === 0 ? 'No users selected' : `${count.toLocaleString()} ${count === 1 ? 'user' : 'users'} selected`}
      </p>
      <div className="flex items-center gap-2">
        {count > 0 ? (
          <Button size="sm" variant="subtle" onClick={selection.clear}>
            Clear selection
          </Button>
        ) : null}
        <Button
          size="sm"
          variant="primary"
          icon={<Repeat />}
          disabled={count === 0 || disabledReason !== null}
          title={disabledReason ?? undefined}
          onClick={onChangePackage}
        >
          Change package{count > 0 ? ` (${count})` : ''}
        </Button>
      </div>
    </div>
  );
}
