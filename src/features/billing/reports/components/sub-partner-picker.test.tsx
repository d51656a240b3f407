import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { encodeId } from '@contract/ids';
import { ApiProvider } from '@/shared/api/api-context';
import { createApiClient } from '@/shared/api/client';
import { ActingOrgProvider, type ActingOrg } from '@/shared/session/acting-org';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { SubPartnerPicker } from './sub-partner-picker';

const server = setupMswServer();

const PARENT: ActingOrg = {
  id: 'org-parent',
  name: 'Northwind Wholesale',
  kind: 'partner',
  provisioningState: 'active',
  subPartnerOrgId: null,
  crossLaunchedFrom: null,
};

/** 150 sub-partners, "Reseller 000" … "Reseller 149"; every tenth (3, 13, …) suspended. */
const SUBS = Array.from({ length: 150 }, (_, i) => ({
  orgId: encodeId('ORGANIZATION', `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
  name: `Reseller ${String(i).padStart(3, '0')}`,
  provisioningState: i % 10 === 3 ? 'suspended' : 'active',
  created: '2026-01-01T00:00:00.000Z',
  billingStartDate: '2026-01-01T00:00:00.000Z',
  customerCount: 0,
}));
const NOT_MINE = encodeId('ORGANIZATION', '11111111-2222-4333-8444-555555555555');

/** Paged like the simulator: `max` (≤ 100) from `offset`, a Link to the next page while more exist. */
function paged<T>(request: Request, rows: T[], seen: URLSearchParams[]) {
  const url = new URL(request.url);
  seen.push(new URLSearchParams(url.searchParams));
  const offset = Number(url.searchParams.get('offset') ?? 0);
  const max = Number(url.searchParams.get('max') ?? 100);
  if (max > 100) return HttpResponse.json({ message: 'max too large', errors: [] }, { status: 400 });
  const headers = new Headers();
  if (offset + max < rows.length) {
    url.searchParams.set('offset', String(offset + max));
    headers.set('link', `<${url.toString()}>; rel="next"`);
  }
  return HttpResponse.json({ items: rows.slice(offset, offset + max) }, { headers });
}

function network({ directory }: { directory: boolean }) {
  const seen = { directory: [] as URLSearchParams[], public: [] as URLSearchParams[], entries: [] as string[] };
  server.use(
    http.get(`${ORIGIN}/hub/v1/capabilities`, () => HttpResponse.json({ subPartnerDirectory: directory })),
    http.get(`${ORIGIN}/hub/v1/subPartners`, ({ request }) => {
      const q = new URL(request.url).searchParams.get('q')?.toLowerCase();
      const rows = q ? SUBS.filter((s) => s.orgId.toLowerCase() === q || s.name.toLowerCase().includes(q)) : SUBS;
      return paged(request, rows, seen.directory);
    }),
    http.get(`${ORIGIN}/hub/v1/subPartners/:orgId`, ({ params }) => {
      seen.entries.push(String(params.orgId));
      const sub = SUBS.find((s) => s.orgId === params.orgId);
      return sub
        ? HttpResponse.json(sub)
        : HttpResponse.json({ message: 'not yours', errors: [], trackingId: 'T' }, { status: 404 });
    }),
    http.get(`${ORIGIN}/v1/wholesale/subPartners`, ({ request }) =>
      paged(
        request,
        SUBS.map(({ orgId, provisioningState, created, billingStartDate }) => ({
          orgId,
          provisioningState,
          created,
          billingStartDate,
          subscriptionId: 'sub-1',
        })),
        seen.public,
      ),
    ),
  );
  return seen;
}

function Harness({ initial = '', onChange }: { initial?: string; onChange: (orgId: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SubPartnerPicker
      label="Organisation"
      ownLabel="Your own organisation"
      value={value}
      onChange={(orgId) => {
        onChange(orgId);
        setValue(orgId);
      }}
    />
  );
}

function renderPicker(props: { initial?: string; onChange?: (orgId: string) => void } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createApiClient({ baseUrls: () => ({ api: '/v1', hub: '/hub/v1', sim: null }), getToken: () => 't' });
  const onChange = props.onChange ?? vi.fn();
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client}>
        <ActingOrgProvider org={PARENT}>{children}</ActingOrgProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
  render(wrap(<Harness initial={props.initial} onChange={onChange} />));
  return { onChange };
}

const input = () => screen.getByRole('combobox', { name: 'Organisation' });
const options = () => within(screen.getByRole('listbox', { name: 'Sub-partners' })).getAllByRole('option');

describe('SubPartnerPicker with the Hub directory', () => {
  it('searches the server by name once typing settles and picks a sub-partner beyond the first 100', async () => {
    const user = userEvent.setup();
    const seen = network({ directory: true });
    const { onChange } = renderPicker();
    expect(input()).toHaveValue('Your own organisation');

    await user.click(input());
    // The parent's own organisation first, then the first page of 50 by name.
    await waitFor(() => expect(options()).toHaveLength(51));
    expect(options()[0]).toHaveTextContent('Your own organisationNorthwind Wholesale');
    expect(options()[1]).toHaveTextContent('Reseller 000');

    await user.keyboard('Reseller 137');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]).toHaveTextContent('Reseller 137');
    // Searches follow the settled text, not every one of the 12 keystrokes.
    const searches = seen.directory.map((p) => p.get('q'));
    expect(searches[0]).toBeNull();
    expect(searches.at(-1)).toBe('Reseller 137');
    expect(searches.length).toBeLessThan(6);
    await user.keyboard('{Enter}');

    expect(onChange).toHaveBeenCalledWith(SUBS[137]!.orgId);
    expect(input()).toHaveValue('Reseller 137');
    expect(input()).toHaveAccessibleDescription(`…${SUBS[137]!.orgId.slice(-10)}`);
    // The name came with the search: no look-up of the chosen one.
    expect(seen.entries).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Clear: back to your own organisation' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(input()).toHaveValue('Your own organisation');
  });

  it('pages 50 at a time with Show more, then says when nothing matches', async () => {
    const user = userEvent.setup();
    const seen = network({ directory: true });
    renderPicker();
    await user.click(input());
    await waitFor(() => expect(options()).toHaveLength(51));
    expect(screen.getByRole('status')).toHaveTextContent('50 sub-partners so far');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(options()).toHaveLength(101));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(options()).toHaveLength(151));
    expect(options()[150]).toHaveTextContent('Reseller 149');
    expect(screen.getByRole('status')).toHaveTextContent('150 sub-partners');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(seen.directory.map((p) => [p.get('offset'), p.get('max')])).toEqual([
      [null, '50'],
      ['50', '50'],
      ['100', '50'],
    ]);

    await user.keyboard('zzz');
    expect(await screen.findByText('No sub-partner matches “zzz”.')).toBeInTheDocument();
    await user.clear(input());
    await user.paste(NOT_MINE);
    expect(await screen.findByText(`…${NOT_MINE.slice(-10)} is not one of your sub-partners.`)).toBeInTheDocument();
  });

  it('shows a chosen sub-partner from the URL by its name, looked up once, and lists nothing until opened', async () => {
    const seen = network({ directory: true });
    renderPicker({ initial: SUBS[120]!.orgId });
    await waitFor(() => expect(input()).toHaveValue('Reseller 120'));
    expect(seen.entries).toEqual([SUBS[120]!.orgId]);
    // The name was looked up, but nothing is listed until someone opens the list.
    expect(seen.directory).toEqual([]);
  });
});

describe('SubPartnerPicker against the public API (no directory)', () => {
  it('lists org IDs page by page and takes a pasted org ID once it is found among the sub-partners', async () => {
    const user = userEvent.setup();
    const seen = network({ directory: false });
    const { onChange } = renderPicker();
    await user.click(input());
    await waitFor(() => expect(options()).toHaveLength(51));
    expect(screen.getByRole('status')).toHaveTextContent('50 sub-partners so far, by org ID only');

    // Sub-partner 140 is on the third page: pasted, it is checked against every page.
    await user.paste(SUBS[140]!.orgId);
    const use = await screen.findByRole('option', { name: /Use org ID/ });
    await user.click(use);
    await waitFor(() => expect(onChange).toHaveBeenCalledWith(SUBS[140]!.orgId));
    expect(input()).toHaveValue(`Sub-partner …${SUBS[140]!.orgId.slice(-10)}`);
    expect(seen.public.every((p) => Number(p.get('max')) <= 100)).toBe(true);
  });

  it('says clearly when a pasted org ID is not one of your sub-partners, and keeps the choice', async () => {
    const user = userEvent.setup();
    network({ directory: false });
    const { onChange } = renderPicker();
    await user.click(input());
    await waitFor(() => expect(options()).toHaveLength(51));
    await user.paste(NOT_MINE);
    await user.click(await screen.findByRole('option', { name: /Use org ID/ }));
    expect(
      await screen.findByText(`${NOT_MINE} is not one of your sub-partners. Check the org ID, or search the list.`),
    ).toBeInTheDocument();
    expect(input()).toHaveAccessibleDescription(/is not one of your sub-partners/);
    expect(onChange).not.toHaveBeenCalled();
    expect(input()).toHaveValue('Your own organisation');

    // A Webex ID of another kind is named for what it is.
    await user.click(input());
    await user.paste(encodeId('SUBSCRIBER', '11111111-2222-4333-8444-555555555555'));
    expect(await screen.findByText('That is a Webex subscriber ID, not an org ID.')).toBeInTheDocument();
  });
});
