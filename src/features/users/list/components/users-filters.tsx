import { useId, useState, type FormEvent } from 'react';
import { Search, X } from 'lucide-react';
import { KNOWN_SUBSCRIBER_STATUSES, SUBSCRIBER_PACKAGES, packageLabel } from '@contract/packages';
import { statusStyle } from '@/shared/lib/statuses';
import { Button } from '@/shared/ui/button';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { CLEARED_FILTERS, type UsersSearch } from '../lib/users-search';

const STATUS_OPTIONS = KNOWN_SUBSCRIBER_STATUSES.map((s) => ({ value: s, label: statusStyle('subscriber', s).label }));
const PACKAGE_OPTIONS = SUBSCRIBER_PACKAGES.map((p) => ({ value: p, label: packageLabel(p) }));
const SORTS = [
  { value: 'created:DESC', label: 'Newest first' },
  { value: 'created:ASC', label: 'Oldest first' },
  { value: 'lastStatusChange:DESC', label: 'Status changed, latest first' },
  { value: 'lastStatusChange:ASC', label: 'Status changed, earliest first' },
] as const;

export interface UsersFiltersProps {
  search: UsersSearch;
  onChange: (patch: Partial<UsersSearch>) => void;
  /** How to name the customer of a `customerId` filter (its external ID once known). */
  customerLabel: string | undefined;
}

/**
 * The filters the API offers (e-mail, external customer ID, status, created after, status
 * changed after, sort) plus the package filter, which the API lacks and which therefore
 * scans pages. Active filters show as removable tokens, so the URL's state is visible.
 */
export function UsersFilters({ search, onChange, customerLabel }: UsersFiltersProps) {
  const [email, setEmail] = useState(search.email ?? '');
  const [externalId, setExternalId] = useState(search.externalCustomerId ?? '');
  const hintId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ email: email.trim() || undefined, externalCustomerId: externalId.trim() || undefined });
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <form role="search" aria-label="Search users" onSubmit={submit} className="flex flex-wrap items-end gap-2">
          <Field label="E-mail" className="flex w-64 flex-col gap-1.5">
            <Input
              type="search"
              aria-describedby={hintId}
              value={email}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setEmail(event.target.value)}
            />
          </Field>
          <Field label="External customer ID" className="flex w-52 flex-col gap-1.5">
            <Input
              type="search"
              aria-describedby={hintId}
              value={externalId}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setExternalId(event.target.value)}
            />
          </Field>
          <Button type="submit" icon={<Search />}>
            Search
          </Button>
        </form>
        <Field label="Sort" className="ml-auto flex w-64 flex-col gap-1.5">
          <Select
            value={`${search.sortBy}:${search.sortOrder}`}
            options={SORTS}
            onChange={(event) => {
              const [sortBy, sortOrder] = event.target.value.split(':') as [
                UsersSearch['sortBy'],
                UsersSearch['sortOrder'],
              ];
              onChange({ sortBy, sortOrder });
            }}
          />
        </Field>
      </div>
      <div className="flex flex-wrap items-end gap-x-4 gap-y-3">
        <Field label="Status" className="flex w-48 flex-col gap-1.5">
          <Select
            value={search.status ?? ''}
            placeholder="Any status"
            options={STATUS_OPTIONS}
            onChange={(event) => onChange({ status: (event.target.value || undefined) as UsersSearch['status'] })}
          />
        </Field>
        <Field label="Package" className="flex w-60 flex-col gap-1.5">
          <Select
            aria-describedby={hintId}
            value={search.package ?? ''}
            placeholder="Any package"
            options={PACKAGE_OPTIONS}
            onChange={(event) => onChange({ package: (event.target.value || undefined) as UsersSearch['package'] })}
          />
        </Field>
        <Field label="Created on or after" className="flex w-40 flex-col gap-1.5">
          <Input
            type="date"
            value={search.createdAfter ?? ''}
            onChange={(event) => onChange({ createdAfter: event.target.value || undefined })}
          />
        </Field>
        <Field label="Status changed on or after" className="flex w-48 flex-col gap-1.5">
          <Input
            type="date"
            value={search.changedAfter ?? ''}
            onChange={(event) => onChange({ changedAfter: event.target.value || undefined })}
          />
        </Field>
      </div>
      <p id={hintId} className="text-xs text-fg-muted">
        E-mail and external customer ID match exactly, as the API compares them. The API cannot filter by package, so a
        package filter reads the list page by page and says how far it got.
      </p>
      <ActiveFilters
        search={search}
        onChange={onChange}
        customerLabel={customerLabel}
        onCleared={(key) => {
          if (key === 'email' || key === undefined) setEmail('');
          if (key === 'externalCustomerId' || key === undefined) setExternalId('');
        }}
      />
    </div>
  );
}

type TokenKey = keyof typeof CLEARED_FILTERS;

function ActiveFilters({
  search,
  onChange,
  customerLabel,
  onCleared,
}: UsersFiltersProps & { onCleared: (key: TokenKey | undefined) => void }) {
  const tokens: { key: TokenKey; label: string }[] = [];
  if (search.customerId) tokens.push({ key: 'customerId', label: `Customer: ${customerLabel ?? search.customerId}` });
  if (search.externalCustomerId)
    tokens.push({ key: 'externalCustomerId', label: `External customer ID: ${search.externalCustomerId}` });
  if (search.email) tokens.push({ key: 'email', label: `E-mail: ${search.email}` });
  if (search.status) tokens.push({ key: 'status', label: `Status: ${statusStyle('subscriber', search.status).label}` });
  if (search.package) tokens.push({ key: 'package', label: `Package: ${packageLabel(search.package)}` });
  if (search.createdAfter) tokens.push({ key: 'createdAfter', label: `Created on or after ${search.createdAfter}` });
  if (search.changedAfter)
    tokens.push({ key: 'changedAfter', label: `Status changed on or after ${search.changedAfter}` });
  if (tokens.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
      {tokens.map((token) => (
        <li key={token.key}>
          <button
            type="button"
            onClick={() => {
              onChange({ [token.key]: undefined });
              onCleared(token.key);
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
            onChange(CLEARED_FILTERS);
            onCleared(undefined);
          }}
        >
          Clear all filters
        </Button>
      </li>
    </ul>
  );
}
