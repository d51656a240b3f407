import { useState, type ReactNode } from 'react';
import { decodeId } from '@contract/ids';
import { isApiError } from '@/shared/api/api-error';
import { useActingOrg } from '@/shared/session/acting-org';
import { Combobox } from '@/shared/ui/combobox';
import { Field } from '@/shared/ui/field';
import { StatusBadge } from '@/shared/ui/status-badge';
import {
  isOrgId,
  shortOrgId,
  useRememberSubPartner,
  useSubPartnerCheck,
  useSubPartnerName,
  useSubPartnerSearch,
  useSubPartnerSource,
  type SubPartnerChoice,
  type SubPartnerSearch,
} from '../api/use-sub-partner-search';

type PickerOption = { kind: 'own' } | { kind: 'sub'; choice: SubPartnerChoice } | { kind: 'typed'; orgId: string };

export interface SubPartnerPickerProps {
  label: string;
  hint?: ReactNode;
  /** The chosen sub-partner's org ID; '' for the parent's own organisation. */
  value: string;
  onChange: (orgId: string) => void;
  /** What choosing the parent's own organisation means here ("Your own organisation", "Your own reports"). */
  ownLabel: string;
  error?: string;
  id?: string;
  className?: string;
}

type Check = { orgId: string; state: 'checking' | 'missing' | 'failed' };

const keyOf = (option: PickerOption) =>
  option.kind === 'own' ? '' : option.kind === 'sub' ? option.choice.orgId : `typed:${option.orgId}`;

/**
 * A parent partner's choice of itself or one of its sub-partners, however many: searched
 * by name or org ID in the Hub directory, or (real API: no names) picked from the public
 * list by org ID or pasted whole and checked against it.
 */
export function SubPartnerPicker({
  label,
  hint,
  value,
  onChange,
  ownLabel,
  error,
  id,
  className,
}: SubPartnerPickerProps) {
  const org = useActingOrg();
  const [query, setQuery] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  // Nothing is listed before the list is first opened: most visits to the page never open it.
  const [opened, setOpened] = useState(false);
  const search = useSubPartnerSearch(query, opened);
  const source = useSubPartnerSource(true);
  const chosen = useSubPartnerName(value, source);
  const isMember = useSubPartnerCheck();
  const remember = useRememberSubPartner();

  const q = search.searched;
  const own = !q || `${ownLabel} ${org.name}`.toLowerCase().includes(q.toLowerCase());
  const typed = search.source === 'public' && isOrgId(q) && !search.items.some((s) => s.orgId === q) ? [q] : [];
  const options: PickerOption[] = [
    ...(own ? [{ kind: 'own' } as const] : []),
    ...typed.map((orgId) => ({ kind: 'typed', orgId }) as const),
    ...search.items.map((choice) => ({ kind: 'sub', choice }) as const),
  ];

  const select = (option: PickerOption) => {
    setCheck(null);
    if (option.kind === 'own') return onChange('');
    if (option.kind === 'sub') {
      if (option.choice.entry) remember(option.choice.entry);
      return onChange(option.choice.orgId);
    }
    const orgId = option.orgId;
    setCheck({ orgId, state: 'checking' });
    isMember(orgId).then(
      (found) => {
        if (found) onChange(orgId);
        setCheck(found ? null : { orgId, state: 'missing' });
      },
      () => setCheck({ orgId, state: 'failed' }),
    );
  };

  const name = chosen.data?.name ?? null;
  const unknown = isApiError(chosen.error) && chosen.error.status === 404;
  const problem =
    check?.state === 'missing'
      ? `${check.orgId} is not one of your sub-partners. Check the org ID, or search the list.`
      : check?.state === 'failed'
        ? 'Could not check that org ID against your sub-partners. Try again.'
        : unknown
          ? 'This org ID is not one of your sub-partners.'
          : undefined;

  return (
    <Field
      id={id}
      label={label}
      hint={check?.state === 'checking' ? `Checking ${shortOrgId(check.orgId)} against your sub-partners…` : hint}
      error={error ?? problem}
      className={className}
    >
      <Combobox<PickerOption>
        query={query}
        onQueryChange={setQuery}
        options={options}
        getKey={keyOf}
        renderOption={(option) => <OptionLabel option={option} ownLabel={ownLabel} ownName={org.name} />}
        selectedKey={value}
        selectedText={value === '' ? ownLabel : (name ?? `Sub-partner ${shortOrgId(value)}`)}
        selectedDetail={value !== '' && name !== null ? shortOrgId(value) : undefined}
        onSelect={select}
        onClear={value === '' ? undefined : () => select({ kind: 'own' })}
        clearLabel={`Clear: back to ${ownLabel.toLowerCase()}`}
        listLabel="Sub-partners"
        placeholder={source === 'public' ? 'Org ID, or paste a whole one' : 'Search by name or org ID'}
        loading={search.searching}
        hasMore={search.hasMore}
        loadingMore={search.loadingMore}
        onLoadMore={search.loadMore}
        empty={emptyMessage(search)}
        footer={footer(search)}
        onOpenChange={(open) => open && setOpened(true)}
      />
    </Field>
  );
}

function OptionLabel({ option, ownLabel, ownName }: { option: PickerOption; ownLabel: string; ownName: string }) {
  if (option.kind === 'own') {
    return (
      <span className="flex flex-col">
        <span className="font-medium">{ownLabel}</span>
        <span className="truncate text-xs text-fg-muted">{ownName}</span>
      </span>
    );
  }
  if (option.kind === 'typed') {
    return (
      <span className="flex flex-col">
        <span>
          Use org ID <span className="font-mono text-[13px]">{shortOrgId(option.orgId)}</span>
        </span>
        <span className="text-xs text-fg-muted">Checked against your sub-partners when chosen</span>
      </span>
    );
  }
  const { orgId, name, provisioningState } = option.choice;
  return (
    <span className="flex items-center gap-2">
      <span className="min-w-0 flex-1 truncate">{name ?? `Sub-partner ${shortOrgId(orgId)}`}</span>
      {provisioningState === 'suspended' ? <StatusBadge kind="sub-partner" value={provisioningState} /> : null}
      {name !== null ? <span className="font-mono text-xs text-fg-muted">{shortOrgId(orgId)}</span> : null}
    </span>
  );
}

function emptyMessage(search: SubPartnerSearch): string {
  const q = search.searched;
  if (search.error) return `Could not load your sub-partners: ${search.error.message}`;
  if (!q) return 'You have no sub-partners.';
  if (isOrgId(q)) return `${shortOrgId(q)} is not one of your sub-partners.`;
  const other = decodeId(q);
  if (other) return `That is a Webex ${other.type.toLowerCase().replace(/_/g, ' ')} ID, not an org ID.`;
  if (search.source === 'directory') return `No sub-partner matches “${q}”.`;
  return `No org ID loaded so far contains “${q}”. Without sub-partner names, paste a whole org ID.`;
}

function footer(search: SubPartnerSearch): string {
  const count = `${search.items.length.toLocaleString()} ${search.items.length === 1 ? 'sub-partner' : 'sub-partners'}`;
  if (search.source === 'public')
    return `${count}${search.hasMore ? ' so far' : ''}, by org ID only (no names on this backend)`;
  return search.hasMore ? `${count} so far` : count;
}
