import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { startActivity } from '@/shared/activity/activity-store';
import { ACTIVE_SUB, PARTNER, SUSPENDED_SUB } from '@/test/fixtures';
import { setupMswServer } from '@/test/msw';
import { renderApp, signedIn } from '@/test/render-app';
import { simHandlers, tokenFor } from '@/test/sim-handlers';

const server = setupMswServer();

async function navLinks(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

const ALL_SECTIONS = ['Overview', 'Customers', 'Templates', 'Users', 'Billing', 'Indirect providers'];

// Whole-app renders load lazy routes (and their first transform) inside the test.
describe('app shell by persona', { timeout: 60_000 }, () => {
  it('partner full admin: every section, the overview’s figures, and the first-step action', async () => {
    server.use(
      ...simHandlers({
        tokenRequests: [],
        stats: { customersByStatus: {}, subscribersByPackage: {}, subPartnersByState: { active: 1, suspended: 1 } },
      }),
    );
    renderApp(`/o/${PARTNER.id}/overview`, { credentials: signedIn(tokenFor('partner-full')) });
    expect(await navLinks()).toEqual(ALL_SECTIONS);
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    const providers = await screen.findByRole('list', { name: 'Indirect providers by state' });
    expect(
      within(providers)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Active150%', 'Suspended150%']);
    expect(await screen.findByRole('link', { name: 'Go to customers' })).toBeInTheDocument();
  });

  it('read-only admin: reads every section but is offered no action that writes', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    renderApp(`/o/${PARTNER.id}/overview`, { credentials: signedIn(tokenFor('partner-read-only')) });
    expect(await navLinks()).toEqual(ALL_SECTIONS);
    expect(await screen.findByText('No customers yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to customers' })).toBeNull();
  });

  it('sub-partner admin: no Indirect providers, and its URL is refused with a reason', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    renderApp(`/o/${ACTIVE_SUB.id}/indirect-providers`, { credentials: signedIn(tokenFor('sub-partner-full')) });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
    expect(screen.getByText(/lacks the scope this needs: spark-admin:wholesale_sub_partners_read/)).toBeInTheDocument();
    expect(await navLinks()).toEqual(ALL_SECTIONS.filter((s) => s !== 'Indirect providers'));
  });

  it('partner acting for a suspended sub-partner: banner back to the partner, suspension notice, no Indirect providers', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    const user = userEvent.setup();
    const { router } = renderApp(`/o/${SUSPENDED_SUB.id}/overview`, {
      credentials: signedIn(tokenFor('partner-full')),
    });
    const banner = await screen.findByRole('region', { name: 'Cross-launch' });
    expect(banner).toHaveTextContent(`Acting for ${SUSPENDED_SUB.name}`);
    expect(screen.getByRole('region', { name: 'Suspended organisation' })).toHaveTextContent(
      `${SUSPENDED_SUB.name} is suspended`,
    );
    expect(await navLinks()).toEqual(ALL_SECTIONS.filter((s) => s !== 'Indirect providers'));
    // Suspended: nothing to create, so no first-step action either.
    expect(await screen.findByText('No customers yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Go to customers' })).toBeNull();

    await user.click(within(banner).getByRole('link', { name: `Back to ${PARTNER.name}` }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/o/${PARTNER.id}/overview`));
    expect(screen.queryByRole('region', { name: 'Cross-launch' })).toBeNull();
  });

  it('an org that is not the admin’s is “not found”, as the API says', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    renderApp(`/o/${PARTNER.id}/overview`, { credentials: signedIn(tokenFor('sub-partner-full')) });
    expect(await screen.findByRole('heading', { name: 'Organisation not found' })).toBeInTheDocument();
  });

  it('an expired token leads to sign-in with a notice, and back to the page afterwards', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    const { router, credentials } = renderApp(`/o/${PARTNER.id}/users`, { credentials: signedIn('revoked-token') });
    expect(await screen.findByText('Your session has expired. Sign in again to continue.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toMatchObject({ redirect: `/o/${PARTNER.id}/users`, reason: 'expired' });
    expect(credentials.get()).toBeNull();
  });

  it('shows work in flight in the top bar while it runs', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    const user = userEvent.setup();
    renderApp(`/o/${PARTNER.id}/templates`, { credentials: signedIn(tokenFor('partner-full')) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Templates' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /in progress/ })).toBeNull();

    let end = () => undefined as void;
    act(() => {
      end = startActivity({ id: 'customer:acme', label: 'Provisioning Acme Corp' });
    });
    await user.click(screen.getByRole('button', { name: '1 in progress' }));
    expect(screen.getByRole('menuitem', { name: 'Provisioning Acme Corp' })).toBeInTheDocument();
    act(() => end());
    expect(screen.queryByRole('button', { name: /in progress/ })).toBeNull();
  });

  it('signing out clears the session and returns to sign-in', async () => {
    server.use(...simHandlers({ tokenRequests: [] }));
    const user = userEvent.setup();
    const { router, credentials } = renderApp(`/o/${PARTNER.id}/customers`, {
      credentials: signedIn(tokenFor('partner-full')),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Account: Alex Admin' }));
    await user.click(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(credentials.get()).toBeNull();
  });
});
