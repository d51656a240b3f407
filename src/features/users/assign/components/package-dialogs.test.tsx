import { useState, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import type { Subscriber } from '@contract/wholesale';
import { ApiProvider } from '@/shared/api/api-context';
import { createApiClient } from '@/shared/api/client';
import { ActingOrgProvider } from '@/shared/session/acting-org';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { BulkChangeDialog } from './bulk-change-dialog';
import { ChangePackageDialog } from './change-package-dialog';

const server = setupMswServer();

function Providers({ children }: { children: ReactNode }) {
  // Once per test: a re-render must not swap the cache or the client.
  const [{ queryClient, client }] = useState(() => ({
    queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    client: createApiClient({ baseUrls: () => ({ api: '/v1', hub: '/hub/v1', sim: null }), getToken: () => 't' }),
  }));
  return (
    <QueryClientProvider client={queryClient}>
      <ApiProvider client={client}>
        <ActingOrgProvider
          org={{
            id: 'org-partner',
            name: 'Northwind',
            kind: 'partner',
            provisioningState: 'active',
            subPartnerOrgId: null,
            crossLaunchedFrom: null,
          }}
        >
          {children}
        </ActingOrgProvider>
      </ApiProvider>
    </QueryClientProvider>
  );
}

const user = (id: string, pkg: string): Subscriber => ({
  id,
  email: `${id}@acme.example`,
  customerId: 'c1',
  packages: [pkg],
  status: 'provisioned',
  errors: [],
});

/** The customer c1 (Calling, Meetings, Suite) and its first administrator's e-mail. */
function customerHandlers() {
  return [
    http.get(`${ORIGIN}/v1/wholesale/customers/c1`, () =>
      HttpResponse.json({
        id: 'c1',
        status: 'provisioned',
        packages: ['webex_calling', 'webex_meetings', 'webex_suite'],
      }),
    ),
    http.get(`${ORIGIN}/hub/v1/customers/c1`, () => HttpResponse.json({ id: 'c1', primaryEmail: 'boss@acme.example' })),
  ];
}

const refusal = (status: number, errorCode: number, description: string, field?: string) =>
  HttpResponse.json(
    { message: description, errors: [{ description, errorCode, ...(field ? { field } : {}) }], trackingId: 'T1' },
    { status },
  );

describe('change-package dialog', () => {
  it('puts a server refusal on the field it names, with the Webex code and its plain explanation', async () => {
    const bodies: unknown[] = [];
    server.use(
      ...customerHandlers(),
      http.put(`${ORIGIN}/v1/wholesale/subscribers/ann`, async ({ request }) => {
        bodies.push(await request.json());
        return refusal(
          409,
          1201,
          'provisioningParameters.primaryPhoneNumber +12405551212 is already used by another user of this customer',
          'provisioningParameters.primaryPhoneNumber',
        );
      }),
    );
    render(<ChangePackageDialog user={user('ann', 'webex_meetings')} open onClose={() => undefined} />, {
      wrapper: Providers,
    });
    // The dialog shows a skeleton until the customer's packages are known, then the form.
    await userEvent.click(await screen.findByRole('radio', { name: /Webex Calling/ }));
    const dialog = screen.getByRole('dialog', { name: 'Change package of ann@acme.example' });
    await userEvent.type(within(dialog).getByLabelText('Phone number'), '+12405551212');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change package' }));

    const phone = within(dialog).getByLabelText('Phone number');
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(phone).toHaveAccessibleDescription(
      'E.164, such as +12405551212 +12405551212 is already used by another user of this customer. Another user of this customer already has this phone number. Choose a different number. (Webex error 1201)',
    );
    expect(bodies).toEqual([
      { packages: ['webex_calling'], provisioningParameters: { primaryPhoneNumber: '+12405551212' } },
    ]);
  });

  it('maps the real API’s field-less first-administrator refusal (1110) onto the package choice', async () => {
    server.use(
      ...customerHandlers(),
      http.put(`${ORIGIN}/v1/wholesale/subscribers/bob`, () =>
        refusal(409, 1110, 'The first administrator cannot be downgraded.'),
      ),
    );
    // The hub names someone else as first administrator, so only the server knows.
    render(<ChangePackageDialog user={user('bob', 'webex_calling')} open onClose={() => undefined} />, {
      wrapper: Providers,
    });
    await userEvent.click(await screen.findByRole('radio', { name: /Webex Meetings/ }));
    const dialog = screen.getByRole('dialog', { name: 'Change package of bob@acme.example' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change package' }));
    const group = within(dialog).getByRole('radiogroup', { name: /New package/ });
    await waitFor(() => expect(group).toHaveTextContent('(Webex error 1110)'));
    expect(group).toHaveTextContent('must keep the package level the customer was created with');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});

describe('bulk change dialog', () => {
  it('runs one PUT per changing user with bounded concurrency and retries only the failed row', async () => {
    const puts: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    let failNext = true;
    server.use(
      ...customerHandlers(),
      http.put(`${ORIGIN}/v1/wholesale/subscribers/:id`, async ({ params, request }) => {
        const id = String(params.id);
        puts.push(id);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        if (id === 'u3' && failNext) {
          failNext = false;
          return refusal(409, 1109, 'packages: the customer has used all 2 webex_suite assignments', 'packages');
        }
        const body = (await request.json()) as { packages: string[] };
        return HttpResponse.json({ ...user(id, body.packages[0] ?? ''), packages: body.packages });
      }),
      http.get(`${ORIGIN}/v1/wholesale/subscribers`, () => HttpResponse.json({ items: [] })),
    );
    const users = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map((id) => user(id, 'webex_calling'));
    users.push(user('s1', 'webex_suite'));
    let finished = 0;
    render(<BulkChangeDialog users={users} open onClose={() => undefined} onFinished={() => (finished += 1)} />, {
      wrapper: Providers,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Change the package of 7 users' });
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: /New package/ }), 'webex_suite');
    expect(within(dialog).getByRole('list', { name: 'What happens to each user' })).toHaveTextContent(
      'Skipped: The user already has Webex Suite.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Review 6 changes' }));
    expect(dialog).toHaveTextContent('Billing stops at the same moment for Webex Calling (6 users).');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change 6 users' }));

    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('5 done · 1 failed · 0 pending'));
    expect(maxInFlight).toBeLessThanOrEqual(4);
    expect(within(dialog).getByRole('list', { name: 'Result per user' })).toHaveTextContent(
      'Webex error 1109: The customer has used every assignment its partner allowed for this package.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('6 done · 0 failed · 0 pending'));
    expect([...puts].sort()).toEqual(['u1', 'u2', 'u3', 'u3', 'u4', 'u5', 'u6']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(finished).toBe(1);
  });
});

describe('bulk change to a calling package', () => {
  const described = (input: HTMLElement) => input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const errorOf = (input: HTMLElement) =>
    described(input)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');

  it('asks each meetings user for a phone line, flags duplicates, sends the numbers, and mends a taken number on its row', async () => {
    const bodies: { id: string; body: unknown }[] = [];
    let m2Refused = false;
    server.use(
      ...customerHandlers(),
      http.put(`${ORIGIN}/v1/wholesale/subscribers/:id`, async ({ params, request }) => {
        const id = String(params.id);
        const body = (await request.json()) as { packages: string[] };
        bodies.push({ id, body });
        if (id === 'm2' && !m2Refused) {
          m2Refused = true;
          return refusal(
            409,
            1201,
            'provisioningParameters.primaryPhoneNumber +12405550102 is already the number of another user of this customer; choose a different number.',
            'provisioningParameters.primaryPhoneNumber',
          );
        }
        return HttpResponse.json({ ...user(id, body.packages[0] ?? ''), packages: body.packages });
      }),
      http.get(`${ORIGIN}/v1/wholesale/subscribers`, () => HttpResponse.json({ items: [] })),
    );
    const users = [user('u1', 'webex_calling'), user('m1', 'webex_meetings')];
    users.push(user('m2', 'webex_meetings'), user('m3', 'webex_meetings'));
    render(<BulkChangeDialog users={users} open onClose={() => undefined} onFinished={() => undefined} />, {
      wrapper: Providers,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Change the package of 4 users' });
    await userEvent.selectOptions(await within(dialog).findByRole('combobox', { name: /New package/ }), 'webex_suite');
    const table = within(dialog).getByRole('table', { name: 'Phone line of each user moving to Webex Suite' });
    expect(within(table).getAllByRole('row')).toHaveLength(4); // header + m1, m2, m3
    expect(within(dialog).getByRole('list', { name: 'What happens to the other users' })).toHaveTextContent(
      'u1@acme.example',
    );
    const phone = (id: string) => within(table).getByRole('textbox', { name: `Phone number for ${id}@acme.example` });
    const extension = (id: string) => within(table).getByRole('textbox', { name: `Extension for ${id}@acme.example` });

    // Nothing entered: Review stays, every row says what it needs, focus on the first.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Review 4 changes' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('3 phone lines need fixing before the review');
    expect(phone('m1')).toHaveFocus();
    expect(phone('m1')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(phone('m3'))).toBe('Enter a phone number, an extension, or both.');

    await userEvent.type(phone('m1'), '2405550101');
    expect(errorOf(phone('m1'))).toBe(
      'Use the E.164 format: + then the country code and number, at most 15 digits, such as +12405551212.',
    );
    await userEvent.clear(phone('m1'));
    await userEvent.type(phone('m1'), '+1 240 555 0101');
    // Tab walks the cells row by row: number, extension, next user's number.
    await userEvent.tab();
    expect(extension('m1')).toHaveFocus();
    await userEvent.tab();
    expect(phone('m2')).toHaveFocus();
    await userEvent.keyboard('+12405550101');
    expect(errorOf(phone('m2'))).toBe('Also entered for m1@acme.example: each user needs their own number.');
    expect(errorOf(phone('m1'))).toBe('Also entered for m2@acme.example: each user needs their own number.');
    await userEvent.clear(phone('m2'));
    await userEvent.type(phone('m2'), '+12405550102');
    await userEvent.type(extension('m3'), '4711');
    expect(within(dialog).queryByRole('alert')).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Review 4 changes' }));
    expect(dialog).toHaveTextContent('4 users move to Webex Suite (3 with the phone line you entered).');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change 4 users' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('3 done · 1 failed · 0 pending'));

    // The refusal lands on m2's number, in m2's row, with the code and what it means.
    const results = within(dialog).getByRole('list', { name: 'Result per user' });
    const m2Phone = within(results).getByRole('textbox', { name: 'Phone number for m2@acme.example' });
    expect(m2Phone).toHaveValue('+12405550102');
    expect(m2Phone).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(m2Phone)).toBe(
      'Another user of this customer already has this phone number. Choose a different number. (Webex error 1201)',
    );
    // A fix that collides with a number just given to m1 is caught before the retry.
    await userEvent.clear(m2Phone);
    await userEvent.type(m2Phone, '+12405550101');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 1 failed' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('One phone line needs fixing before the retry');
    expect(m2Phone).toHaveFocus();
    await userEvent.clear(m2Phone);
    await userEvent.type(m2Phone, '+12405550103');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry 1 failed' }));
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent('4 done · 0 failed · 0 pending'));

    const sent = (id: string) => bodies.filter((b) => b.id === id).map((b) => b.body);
    expect(sent('u1')).toEqual([{ packages: ['webex_suite'] }]);
    expect(sent('m1')).toEqual([
      { packages: ['webex_suite'], provisioningParameters: { primaryPhoneNumber: '+12405550101' } },
    ]);
    expect(sent('m2')).toEqual([
      { packages: ['webex_suite'], provisioningParameters: { primaryPhoneNumber: '+12405550102' } },
      { packages: ['webex_suite'], provisioningParameters: { primaryPhoneNumber: '+12405550103' } },
    ]);
    expect(sent('m3')).toEqual([{ packages: ['webex_suite'], provisioningParameters: { extension: '4711' } }]);
  });
});
