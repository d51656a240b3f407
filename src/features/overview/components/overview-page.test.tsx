import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { ALL_SCOPES } from '@contract/scopes';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { renderApp, signedIn } from '@/test/render-app';

const server = setupMswServer();

const REAL_API = { backend: 'webex', apiBaseUrl: '/v1', hubBaseUrl: null, simControlUrl: null } as const;

/** An endless customer list (every 10th in error): only the count cap stops the overview reading it. */
function endlessCustomers() {
  let pages = 0;
  server.use(
    http.get(`${ORIGIN}/v1/wholesale/customers`, ({ request }) => {
      pages += 1;
      const url = new URL(request.url);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const max = Number(url.searchParams.get('max'));
      const items = Array.from({ length: max }, (_, i) => ({
        id: `c${offset + i}`,
        status: (offset + i) % 10 === 0 ? 'error' : 'provisioned',
      }));
      url.searchParams.set('offset', String(offset + max));
      return HttpResponse.json({ items }, { headers: { Link: `<${url.toString()}>; rel="next"` } });
    }),
  );
  return { pages: () => pages };
}

describe('overview against the real Webex API (no Hub stats)', () => {
  it('counts by paging the public lists, up to a cap it states', async () => {
    server.use(
      http.get(`${ORIGIN}/v1/people/me`, () =>
        HttpResponse.json({ id: 'p1', displayName: 'Pat Partner', emails: ['pat@example.com'], orgId: 'org-real' }),
      ),
      http.get(`${ORIGIN}/v1/organizations/org-real`, () =>
        HttpResponse.json({ id: 'org-real', displayName: 'Real Partner Ltd' }),
      ),
      http.get(`${ORIGIN}/v1/wholesale/subscribers`, () =>
        HttpResponse.json({
          items: [
            { id: 's1', packages: ['webex_calling'] },
            { id: 's2', packages: ['webex_calling'] },
            { id: 's3', packages: ['webex_meetings'] },
          ],
        }),
      ),
      http.get(`${ORIGIN}/v1/wholesale/subPartners`, () =>
        HttpResponse.json({
          items: [
            { orgId: 'a', provisioningState: 'active' },
            { orgId: 'b', provisioningState: 'active' },
            { orgId: 'c', provisioningState: 'suspended' },
          ],
        }),
      ),
      http.get(`${ORIGIN}/v1/wholesale/billing/reports`, () => HttpResponse.json({ items: [] })),
    );
    const customers = endlessCustomers();
    renderApp('/o/org-real/overview', {
      config: REAL_API,
      credentials: signedIn('real-token', { backend: 'webex', grantedScopes: [...ALL_SCOPES] }),
    });

    const byStatus = await screen.findByRole('list', { name: 'Customers by status' });
    expect(
      within(byStatus)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Provisioned90090%', 'Error10010%']);
    expect(customers.pages()).toBe(10);
    expect(
      screen.getByText('Counted the first 1,000 customers; there are more. The Webex API has no totals.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Customers' })).toHaveTextContent('1,000+');
    expect(screen.getByRole('region', { name: 'Need attention' })).toHaveTextContent('100');

    const byPackage = await screen.findByRole('list', { name: 'Users by package' });
    expect(
      within(byPackage)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Webex Calling267%', 'Webex Meetings133%']);
    expect(await screen.findByText('2 active, 1 suspended')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Real Partner Ltd');
  }, 60_000);
});
