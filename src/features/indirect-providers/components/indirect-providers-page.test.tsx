import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ACTIVE_SUB, PARTNER, SUSPENDED_SUB } from '@/test/fixtures';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { renderApp, signedIn } from '@/test/render-app';
import { simHandlers, tokenFor } from '@/test/sim-handlers';

const server = setupMswServer();

const ENTRIES = [ACTIVE_SUB, SUSPENDED_SUB, { id: 'org-litware', name: 'Litware Networks' }].map((o, i) => ({
  orgId: o.id,
  name: o.name,
  provisioningState: o === SUSPENDED_SUB ? 'suspended' : 'active',
  created: `2026-0${i + 1}-15T09:00:00.000Z`,
  billingStartDate: `2026-0${i + 1}-16T00:00:00.000Z`,
  subscriptionId: 'Sub1',
  customerCount: i * 7,
}));

/** A small fake of the directory: filters like the simulator, and records every query it was asked. */
function directory(asked: URLSearchParams[], asking: string[] = []) {
  return [
    http.get(`${ORIGIN}/hub/v1/subPartners`, ({ request }) => {
      const url = new URL(request.url);
      asked.push(url.searchParams);
      const q = url.searchParams.get('q')?.toLowerCase();
      const state = url.searchParams.get('provisioningState');
      const items = ENTRIES.filter(
        (e) => (!q || e.name.toLowerCase().includes(q) || e.orgId === q) && (!state || e.provisioningState === state),
      );
      return HttpResponse.json({ items });
    }),
    http.get(`${ORIGIN}/hub/v1/subPartners/:orgId`, ({ params }) => {
      const entry = ENTRIES.find((e) => e.orgId === params.orgId);
      return entry
        ? HttpResponse.json(entry)
        : HttpResponse.json(
            {
              message: 'not one of your sub-partners',
              errors: [{ description: 'x', errorCode: 1214 }],
              trackingId: 'T',
            },
            { status: 404 },
          );
    }),
    http.get(`${ORIGIN}/v1/wholesale/customers`, ({ request }) => {
      asking.push(request.url);
      return HttpResponse.json({ items: [] });
    }),
    http.get(`${ORIGIN}/hub/v1/onboardingTemplates`, () => HttpResponse.json({ items: [] })),
  ];
}

describe('Indirect providers', () => {
  it('lists sub-partners from the directory and searches and filters on the server', async () => {
    const asked: URLSearchParams[] = [];
    server.use(...directory(asked), ...simHandlers({ tokenRequests: [] }));
    const user = userEvent.setup();
    const { router } = renderApp(`/o/${PARTNER.id}/indirect-providers`, {
      credentials: signedIn(tokenFor('partner-full')),
    });

    const table = await screen.findByRole('table', { name: 'Indirect providers' });
    await within(table).findByRole('link', { name: SUSPENDED_SUB.name });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(
      within(table).getByRole('link', { name: `Cross-launch: ${ACTIVE_SUB.name} (opens in a new tab)` }),
    ).toHaveAttribute('target', '_blank');
    expect(asked.at(-1)?.get('sortBy')).toBe('name');

    await user.type(screen.getByRole('searchbox', { name: 'Search by name or org ID' }), 'fab');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'fab' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(asked.at(-1)?.get('q')).toBe('fab');

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'active');
    expect(await screen.findByText('No indirect providers match')).toBeInTheDocument();
    expect(asked.at(-1)?.get('provisioningState')).toBe('active');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByRole('searchbox', { name: 'Search by name or org ID' })).toHaveValue('');
  });

  it('is withheld while acting for a sub-partner, with the way to the partner’s own', async () => {
    server.use(...directory([]), ...simHandlers({ tokenRequests: [] }));
    renderApp(`/o/${ACTIVE_SUB.id}/indirect-providers?state=active`, {
      credentials: signedIn(tokenFor('partner-full')),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available when acting for a sub-partner' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Open it in ${PARTNER.name}` })).toHaveAttribute(
      'href',
      `/o/${PARTNER.id}/indirect-providers?state=active`,
    );
    expect(screen.getByRole('region', { name: 'Cross-launch' })).toHaveTextContent(`Acting for ${ACTIVE_SUB.name}`);
  });

  it('a suspended sub-partner: creation disabled with the reason; customers only on an explicit search', async () => {
    const asking: string[] = [];
    server.use(...directory([], asking), ...simHandlers({ tokenRequests: [] }));
    const user = userEvent.setup();
    renderApp(`/o/${PARTNER.id}/indirect-providers/${SUSPENDED_SUB.id}`, {
      credentials: signedIn(tokenFor('partner-full')),
    });
    expect(await screen.findByRole('heading', { level: 1, name: SUSPENDED_SUB.name })).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Create customer' });
    expect(create).toBeDisabled();
    expect(create).toHaveAccessibleDescription(/Fabrikam Voice is suspended/);
    expect(screen.getByRole('button', { name: 'Create template' })).toBeDisabled();
    expect(asking).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Search customers' }));
    expect(await screen.findByText(`${SUSPENDED_SUB.name} has no customers yet`)).toBeInTheDocument();
    expect(new URL(asking[0]!).searchParams.get('onBehalfOfSubPartnerOrgId')).toBe(SUSPENDED_SUB.id);
  });

  it('says “not found” for an org that is not one of the partner’s sub-partners', async () => {
    server.use(...directory([]), ...simHandlers({ tokenRequests: [] }));
    renderApp(`/o/${PARTNER.id}/indirect-providers/org-elsewhere`, { credentials: signedIn(tokenFor('partner-full')) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Indirect provider not found' })).toBeInTheDocument();
  });
});
