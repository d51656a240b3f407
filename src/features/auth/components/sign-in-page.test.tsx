import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ACTIVE_SUB, PARTNER } from '@/test/fixtures';
import { setupMswServer } from '@/test/msw';
import { renderApp } from '@/test/render-app';
import { simHandlers, type SimWorld } from '@/test/sim-handlers';

const server = setupMswServer();

function world(): SimWorld {
  const w: SimWorld = { tokenRequests: [] };
  server.use(...simHandlers(w));
  return w;
}

// Whole-app renders load lazy routes (and their first transform) inside the test.
describe('sign-in persona picker', { timeout: 60_000 }, () => {
  it('offers the demo partner by default and signs in as its read-only admin', async () => {
    const w = world();
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in');

    expect(await screen.findByRole('combobox', { name: 'Partner organisation' })).toHaveDisplayValue(PARTNER.name);
    const personas = within(await screen.findByRole('group', { name: 'Sign in as' })).getAllByRole('button');
    // Sub-partners in name order, each with its own admin.
    expect(
      personas.map(
        (b) =>
          b.getAttribute('aria-labelledby') && document.getElementById(b.getAttribute('aria-labelledby')!)?.textContent,
      ),
    ).toEqual([
      'Partner full admin',
      'Partner read-only admin',
      'Sub-partner admin — Contoso Reseller',
      'Sub-partner admin — Fabrikam Voice',
    ]);

    await user.click(screen.getByRole('button', { name: 'Partner read-only admin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(w.tokenRequests).toEqual([{ orgId: PARTNER.id, role: 'read_only_admin' }]);
    expect(router.state.location.pathname).toBe(`/o/${PARTNER.id}/overview`);
    expect(screen.getByRole('button', { name: 'Account: Riley Reader' })).toBeInTheDocument();
  });

  it('preselects ?tenant= and signs a sub-partner admin in to its own org', async () => {
    const w = world();
    const user = userEvent.setup();
    const { router } = renderApp(`/sign-in?tenant=${PARTNER.id}&redirect=//evil.example.com`);

    await user.click(await screen.findByRole('button', { name: `Sub-partner admin — ${ACTIVE_SUB.name}` }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/o/${ACTIVE_SUB.id}/overview`));
    expect(w.tokenRequests).toEqual([{ orgId: ACTIVE_SUB.id, role: 'full_admin' }]);
  });

  it('after an expired session, offers the partner of the page to return to and goes back there', async () => {
    const w = world();
    const user = userEvent.setup();
    const { router } = renderApp(`/sign-in?reason=expired&redirect=${encodeURIComponent('/o/org-other/overview')}`);
    expect(await screen.findByRole('combobox', { name: 'Partner organisation' })).toHaveDisplayValue('Other Partner');
    await user.click(await screen.findByRole('button', { name: 'Partner full admin' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/o/org-other/overview'));
    expect(w.tokenRequests).toEqual([{ orgId: 'org-other', role: 'full_admin' }]);
  });

  it('switches tenant and lists that tenant’s personas', async () => {
    world();
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Partner organisation' }), 'Other Partner');
    await waitFor(() => expect(screen.queryByRole('button', { name: /Sub-partner admin/ })).toBeNull());
    expect(screen.getByRole('button', { name: 'Partner full admin' })).toBeInTheDocument();
  });

  it('tells the admin why they are back on sign-in', async () => {
    world();
    renderApp('/sign-in?reason=expired');
    expect(await screen.findByText('Your session has expired. Sign in again to continue.')).toBeInTheDocument();
  });
});
