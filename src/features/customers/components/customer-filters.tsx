import { useId, useState, type FormEvent } from 'react';
import { Search, X } from 'lucide-react';
import { CUSTOMER_PACKAGES, packageLabel } from '@contract/packages';
import { Button } from '@/shared/ui/button';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import type { CustomersSearch } from '../lib/customers-search';

type SearchField = 'externalId' | 'orgId';

const SEARCH_FIELDS: readonly { value: SearchField; label: string }[] = [
  { value: 'externalId', label: 'External ID' },
  { value: 'orgId', label: 'Org ID' },
];

const PACKAGE_OPTIONS = CUSTOMER_PACKAGES.map((p) => ({ value: p, label: packageLabel(p) }));

export interface CustomerFiltersProps {
  search: CustomersSearch;
  onChange: (patch: Partial<CustomersSearch>) => void;
}

/**
 * Search by external ID or org ID (exact matches: that is what the API filters on) and the
 * package filter, which has no API parameter and therefore scans pages (see package-scan.ts).
 * The active filters show as removable tokens, so the URL's state is always visible.
 */
export function CustomerFilters({ search, onChange }: CustomerFiltersProps) {
  const [field, setField] = useState<SearchField>(search.orgId && !search.externalId ? 'orgId' : 'externalId');
  const [text, setText] = useState(search[field] ?? '');
  const hintId = useId();
  const label = SEARCH_FIELDS.find((f) => f.value === field)?.label ?? 'External ID';

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ [field]: text.trim() || undefined });
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <form role="search" aria-label="Search customers" onSubmit={submit} className="flex items-end gap-2">
          <Field label="Search by" className="flex w-32 flex-col gap-1.5">
            <Select
              value={field}
              options={SEARCH_FIELDS}
              onChange={(event) => {
                const next = event.target.value as SearchField;
                setField(next);
                setText(search[next] ?? '');
              }}
            />
          </Field>
          <Field label={label} className="flex w-72 flex-col gap-1.5">
            <Input
              type="search"
              aria-describedby={hintId}
              value={text}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setText(event.target.value)}
            />
          </Field>
          <Button type="submit" icon={<Search />}>
            Search
          </Button>
        </form>
        <Field label="Package" className="flex w-64 flex-col gap-1.5">
          <Select
            aria-describedby={hintId}
            value={search.package ?? ''}
            placeholder="Any package"
            options={PACKAGE_OPTIONS}
            onChange={(event) => onChange({ package: (event.target.value || undefined) as CustomersSearch['package'] })}
          />
        </Field>
      </div>
      <p id={hintId} className="text-xs text-fg-muted">
        IDs match exactly, as the API compares them. The API cannot filter by package, so a package filter reads the
        list page by page and shows how far it got.
      </p>
      <ActiveFilters search={search} onChange={onChange} onCleared={() => setText('')} />
    </div>
  );
}

type TokenKey = 'externalId' | 'orgId' | 'package';

function ActiveFilters({ search, onChange, onCleared }: CustomerFiltersProps & { onCleared: () => void }) {
  const tokens = [
    search.externalId ? { key: 'externalId', label: `External ID: ${search.externalId}` } : null,
    search.orgId ? { key: 'orgId', label: `Org ID: ${search.orgId}` } : null,
    search.package ? { key: 'package', label: `Package: ${packageLabel(search.package)}` } : null,
  ].filter((t): t is { key: TokenKey; label: string } => t !== null);
  if (tokens.length === 0 && !search.status) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {tokens.map((token) => (
        <li key={token.key}>
          <button
            type="button"
            onClick={() => {
              onChange({ [token.key]: undefined });
              if (token.key !== 'package') onCleared();
            }}
            className="inline-flex h-7 max-w-96 items-center gap-1.5 rounded-md bg-surface-hover px-2.5 text-[13px] text-fg hover:bg-line"
            aria-label={`Clear filter ${token.label}`}
          >
            <span className="truncate">{token.label}</span>
            <X aria-hidden="true" className="size-3.5 shrink-0" />
          </button>
        </li>
      ))}
      <li>
        <Button
          size="sm"
          variant="subtle"
          onClick={() => {
            onChange({ status: undefined, externalId: undefined, orgId: undefined, package: undefined });
            onCleared();
          }}
        >
          Clear all filters
        </Button>
      </li>
    </ul>
  );
}
