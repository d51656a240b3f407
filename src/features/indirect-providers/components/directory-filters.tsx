import { useEffect, useState } from 'react';
import { Search, X } from 'lucide-react';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { DIRECTORY_SORTS, type DirectorySearch, type DirectorySort } from '../lib/directory-search';

const SORT_LABELS: Record<DirectorySort, string> = {
  name: 'Name, A to Z',
  '-name': 'Name, Z to A',
  created: 'Oldest first',
  '-created': 'Newest first',
};

const STATE_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'suspended', label: 'Suspended' },
];

/** Typing settles for this long before the URL (and so the server query) changes. */
const SEARCH_DEBOUNCE_MS = 300;

export interface DirectoryFiltersProps {
  search: DirectorySearch;
  /** Applies a filter change; the page goes back to the first page. */
  onChange: (patch: Partial<Pick<DirectorySearch, 'q' | 'state' | 'sort'>>) => void;
}

/** Search by name or org ID, state and order: all server-side, all in the URL. */
export function DirectoryFilters({ search, onChange }: DirectoryFiltersProps) {
  const [text, setText] = useState(search.q ?? '');
  // The URL wins when it changes from outside (back button, "Clear filters"); not when it
  // merely caught up with the typing (which would eat a trailing space mid-word).
  const [urlQ, setUrlQ] = useState(search.q);
  if (search.q !== urlQ) {
    setUrlQ(search.q);
    if ((search.q ?? '') !== text.trim()) setText(search.q ?? '');
  }
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === (search.q || undefined)) return;
    const timer = setTimeout(() => onChange({ q }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, onChange]);

  return (
    <form
      role="search"
      aria-label="Filter indirect providers"
      className="flex flex-wrap items-end gap-3 px-4 pt-4 pb-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: text.trim() || undefined });
      }}
    >
      <Field label="Search by name or org ID" className="flex w-80 flex-col gap-1.5">
        <div className="relative">
          <Search
            aria-hidden="true"
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-muted"
          />
          <Input
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Part of a name, or a whole org ID"
            autoComplete="off"
            maxLength={200}
            className="pl-8"
          />
        </div>
      </Field>
      <Field label="State" className="flex w-40 flex-col gap-1.5">
        <Select
          value={search.state ?? ''}
          placeholder="Any state"
          options={STATE_OPTIONS}
          onChange={(event) => onChange({ state: (event.target.value || undefined) as DirectorySearch['state'] })}
        />
      </Field>
      <Field label="Sort by" className="flex w-44 flex-col gap-1.5">
        <Select
          value={search.sort}
          options={DIRECTORY_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))}
          onChange={(event) => onChange({ sort: event.target.value as DirectorySort })}
        />
      </Field>
      {search.q || search.state ? (
        <button
          type="button"
          onClick={() => onChange({ q: undefined, state: undefined })}
          className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-[13px] font-medium text-brand-text hover:bg-surface-hover"
        >
          <X aria-hidden="true" className="size-4" />
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
