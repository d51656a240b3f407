import { useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ExternalLink, Search } from 'lucide-react';
import { useApiClient } from '@/shared/api/api-context';
import { actingOrgQueryOptions } from '@/shared/api/orgs';
import { useSession } from '@/shared/api/session';
import { Button } from '@/shared/ui/button';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Input } from '@/shared/ui/input';
import { Select } from '@/shared/ui/select';
import { Spinner } from '@/shared/ui/spinner';
import { StatusBadge } from '@/shared/ui/status-badge';
import type { SubPartnerHit } from '../api/sub-partner-search';
import { useSubPartnerSearch } from '../api/use-sub-partner-search';

type SearchField = 'externalId' | 'orgId';

/**
 * A parent partner's search of its sub-partners' customers: explicit (they are not part of
 * the list above, and asking every sub-partner costs one request each), by exact external
 * ID or org ID. Each hit names the owning sub-partner and opens in that sub-partner's view
 * in a new tab (cross-launch), so this tab keeps the partner's own context.
 */
export function SubPartnerSearchPanel() {
  const { state, search, stop } = useSubPartnerSearch();
  const [field, setField] = useState<SearchField>('externalId');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setError('Enter an external ID or org ID: searching every sub-partner for everything would list them all.');
      return;
    }
    setError(undefined);
    search({ [field]: value });
  }

  const hits = state.kind === 'running' ? state.hits : state.kind === 'done' ? state.result.hits : [];
  return (
    <Card aria-labelledby="sub-partner-search-title" className="mt-6">
      <CardHeader
        id="sub-partner-search-title"
        title="Search sub-partners’ customers"
        description="Customers of your sub-partners are not in the list above. Find one by its exact external ID or org ID; each sub-partner is asked in turn."
      />
      <CardContent className="flex flex-col gap-4">
        <form
          role="search"
          aria-label="Search sub-partners’ customers"
          onSubmit={submit}
          className="flex flex-wrap items-start gap-2"
          noValidate
        >
          <Field label="Search by" className="flex w-32 flex-col gap-1.5">
            <Select
              value={field}
              options={[
                { value: 'externalId', label: 'External ID' },
                { value: 'orgId', label: 'Org ID' },
              ]}
              onChange={(event) => setField(event.target.value as SearchField)}
            />
          </Field>
          <Field
            label={field === 'externalId' ? 'External ID at a sub-partner' : 'Org ID at a sub-partner'}
            error={error}
            className="flex w-80 flex-col gap-1.5"
          >
            <Input value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
          </Field>
          <div className="flex gap-2 pt-[25px]">
            <Button type="submit" icon={<Search />} disabled={state.kind === 'running'}>
              Search sub-partners
            </Button>
            {state.kind === 'running' ? <Button onClick={stop}>Stop</Button> : null}
          </div>
        </form>
        <SearchStatus state={state} />
        {state.kind === 'failed' ? (
          <ErrorState compact error={state.error} title="Could not list your sub-partners" />
        ) : null}
        {hits.length > 0 ? <HitsTable hits={hits} /> : null}
      </CardContent>
    </Card>
  );
}

function SearchStatus({ state }: { state: ReturnType<typeof useSubPartnerSearch>['state'] }) {
  if (state.kind === 'idle' || state.kind === 'failed') return null;
  if (state.kind === 'running') {
    const { searched, total } = state.progress;
    return (
      <p role="status" className="flex items-center gap-2 text-[13px] text-fg-muted">
        <Spinner />
        {total === null
          ? 'Reading your sub-partners…'
          : `Searched ${searched.toLocaleString()} of ${total.toLocaleString()} sub-partners, ${state.hits.length.toLocaleString()} found`}
      </p>
    );
  }
  const { result, stopped } = state;
  const summary = stopped
    ? `Stopped after ${result.searched.toLocaleString()} of ${result.total.toLocaleString()} sub-partners: ${result.hits.length.toLocaleString()} found.`
    : result.total === 0
      ? 'You have no sub-partners.'
      : result.hits.length === 0
        ? `No customer of your ${result.total.toLocaleString()} sub-partners matches.`
        : `Searched all ${result.total.toLocaleString()} sub-partners: ${result.hits.length.toLocaleString()} found.`;
  return (
    <div role="status" className="text-[13px] text-fg-muted">
      <p>{summary}</p>
      {result.failures.length > 0 ? (
        <p className="mt-1 text-danger">
          {result.failures.length === 1 ? '1 sub-partner' : `${result.failures.length} sub-partners`} could not be
          searched: {result.failures.map((f) => f.subPartner.orgId).join(', ')}.
        </p>
      ) : null}
      {result.truncated.length > 0 ? (
        <p className="mt-1">Some sub-partners have more matches than shown; open their view to see them all.</p>
      ) : null}
    </div>
  );
}

function HitsTable({ hits }: { hits: readonly SubPartnerHit[] }) {
  const client = useApiClient();
  const session = useSession();
  const subPartnerIds = [...new Set(hits.map((h) => h.subPartner.orgId))];
  // Names come from the same look-up cross-launching uses (the Wholesale sub-partner list has none).
  const names = useQueries({
    queries: subPartnerIds.map((id) => actingOrgQueryOptions(client, session.org, id)),
    combine: (results) => new Map(results.map((r, i) => [subPartnerIds[i], r.data?.name])),
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Customers found at sub-partners</caption>
        <thead>
          <tr className="border-b border-line text-xs font-semibold tracking-wide text-fg-muted uppercase">
            <th scope="col" className="h-10 px-4">
              Customer
            </th>
            <th scope="col" className="h-10 px-4">
              Status
            </th>
            <th scope="col" className="h-10 px-4">
              Sub-partner
            </th>
          </tr>
        </thead>
        <tbody>
          {hits.map(({ subPartner, customer }) => {
            const name = names.get(subPartner.orgId) ?? subPartner.orgId;
            return (
              <tr key={`${subPartner.orgId}/${customer.id}`} className="border-b border-line last:border-0">
                <td className="h-11 px-4">
                  <Link
                    to="/o/$orgId/customers/$customerId"
                    params={{ orgId: subPartner.orgId, customerId: customer.id }}
                    target="_blank"
                    rel="noopener"
                    className="inline-flex items-center gap-1 font-medium text-brand-text hover:underline"
                  >
                    {customer.externalId || customer.id}
                    <ExternalLink aria-hidden="true" className="size-3.5" />
                    <span className="sr-only">(opens {name}’s view in a new tab)</span>
                  </Link>
                </td>
                <td className="h-11 px-4">
                  <StatusBadge kind="customer" value={customer.status} />
                </td>
                <td className="h-11 px-4">
                  <Link
                    to="/o/$orgId/customers"
                    params={{ orgId: subPartner.orgId }}
                    target="_blank"
                    rel="noopener"
                    className="text-brand-text hover:underline"
                  >
                    {name}
                    <span className="sr-only"> (opens its customers in a new tab)</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
