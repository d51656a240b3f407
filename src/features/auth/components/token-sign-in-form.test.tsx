import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { SCOPES } from '@contract/scopes';
import { setupMswServer } from '@/test/msw';
import { TokenSignInForm } from './token-sign-in-form';

const server = setupMswServer();

const REAL_API = {
  backend: 'webex',
  apiBaseUrl: 'https://webexapis.example.com/v1',
  hubBaseUrl: null,
  simControlUrl: null,
} as const;

describe('access-token sign-in (real Webex API)', () => {
  it('checks the token against the People API before storing it, with the scopes the admin ticked', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('https://webexapis.example.com/v1/people/me', ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ id: 'p1', displayName: 'Pat', emails: ['pat@example.com'], orgId: 'org-real' });
      }),
      http.get('https://webexapis.example.com/v1/organizations/org-real', () =>
        HttpResponse.json({ id: 'org-real', displayName: 'Real Ltd' }),
      ),
    );
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TokenSignInForm config={REAL_API} onSignedIn={onSignedIn} />);

    await user.type(screen.getByLabelText(/Access token/), '  abc.def  ');
    await user.click(screen.getByRole('checkbox', { name: SCOPES.billingWrite }));
    await user.click(screen.getByRole('checkbox', { name: SCOPES.subPartnersWrite }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(seen).toEqual(['Bearer abc.def']);
    const [credentials, session] = onSignedIn.mock.calls[0] as [Record<string, unknown>, { org: { name: string } }];
    expect(credentials).toMatchObject({
      backend: 'webex',
      apiBaseUrl: REAL_API.apiBaseUrl,
      accessToken: 'abc.def',
      orgId: 'org-real',
    });
    expect(credentials.grantedScopes).toEqual(
      Object.values(SCOPES).filter((s) => s !== SCOPES.billingWrite && s !== SCOPES.subPartnersWrite),
    );
    expect(session.org.name).toBe('Real Ltd');
  });

  it('puts a refused token and a malformed one on the token field, and stores nothing', async () => {
    server.use(
      http.get('https://webexapis.example.com/v1/people/me', () =>
        HttpResponse.json({ message: 'The request requires a valid access token.', trackingId: 'X' }, { status: 401 }),
      ),
    );
    const onSignedIn = vi.fn();
    const user = userEvent.setup();
    render(<TokenSignInForm config={REAL_API} onSignedIn={onSignedIn} />);
    const token = screen.getByLabelText(/Access token/);

    await user.type(token, 'Bearer abc');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByText('An access token has no spaces; paste only the token, without "Bearer"'),
    ).toBeInTheDocument();
    expect(token).toBeInvalid();

    await user.clear(token);
    await user.type(token, 'expired-token');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByText('The token was refused: The request requires a valid access token.'),
    ).toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
