import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  type RouterHistory,
} from '@tanstack/react-router';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { FormInput } from '../forms/form-input';
import { ActingOrgProvider, type ActingOrg } from '../session/acting-org';
import { useWizard } from './use-wizard';
import { Wizard } from './wizard';
import { ReviewList, ReviewSection } from './wizard-review';
import { draftStorageKey } from './draft-storage';
import type { WizardStepDef } from './wizard-steps';

interface TestForm {
  name: string;
  city: string;
  subscriptionId: string;
}

const STEPS: WizardStepDef[] = [
  {
    id: 'basics',
    title: 'Basic settings',
    schema: z.object({ name: z.string().trim().min(1, 'Enter a name.') }),
    fields: ['name'],
  },
  {
    id: 'address',
    title: 'Address',
    schema: z.object({
      city: z.string().trim().min(1, 'Enter a city.'),
      subscriptionId: z.string().min(1, 'Enter the subscription.'),
    }),
    fields: ['city', 'subscriptionId'],
  },
];

const ORG: ActingOrg = {
  id: 'org-1',
  name: 'Northwind',
  kind: 'partner',
  provisioningState: 'active',
  subPartnerOrgId: null,
  crossLaunchedFrom: null,
};

function TestWizard({ onSubmit }: { onSubmit: (values: TestForm) => Promise<void> }) {
  const wizard = useWizard<TestForm>({
    id: 'test-wizard',
    draftVersion: 1,
    steps: STEPS,
    defaultValues: { name: '', city: '', subscriptionId: 'sub-1' },
    onSubmit,
  });
  return (
    <Wizard wizard={wizard} label="Test steps" submitLabel="Create">
      {(stepId) =>
        stepId === 'basics' ? (
          <FormInput<TestForm> name="name" label="Name" required />
        ) : stepId === 'address' ? (
          <>
            <FormInput<TestForm> name="city" label="City" required />
            <FormInput<TestForm> name="subscriptionId" label="Subscription" required />
          </>
        ) : (
          <ReviewSection wizard={wizard} stepId="basics">
            <ReviewList items={[{ label: 'Name', value: wizard.form.getValues('name') }]} />
          </ReviewSection>
        )
      }
    </Wizard>
  );
}

function renderWizard(options: { url?: string; onSubmit?: (values: TestForm) => Promise<void> } = {}) {
  const onSubmit = options.onSubmit ?? vi.fn(async () => undefined);
  const rootRoute = createRootRoute({ component: () => <Outlet /> });
  const wizardRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/wizard',
    component: () => (
      <ActingOrgProvider org={ORG}>
        <TestWizard onSubmit={onSubmit} />
      </ActingOrgProvider>
    ),
  });
  const elsewhere = createRoute({
    getParentRoute: () => rootRoute,
    path: '/elsewhere',
    component: () => <p>Elsewhere</p>,
  });
  const history: RouterHistory = createMemoryHistory({ initialEntries: [options.url ?? '/wizard'] });
  const router = createRouter({ routeTree: rootRoute.addChildren([wizardRoute, elsewhere]), history });
  const view = render(<RouterProvider router={router as never} />);
  return { ...view, router, onSubmit };
}

const currentStep = (router: ReturnType<typeof renderWizard>['router']) =>
  (router.state.location.search as Record<string, unknown>).step;

afterEach(() => localStorage.clear());

// Full user-event journeys through a router: generous time on a busy CI machine.
describe('wizard scaffold', { timeout: 30_000 }, () => {
  it('Next validates only the current step and moves focus to the next step heading', async () => {
    const user = userEvent.setup();
    const { router } = renderWizard();
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await waitFor(() => expect(currentStep(router)).toBe('basics'));

    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(currentStep(router)).toBe('basics');

    await user.type(name, 'Acme');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    const heading = await screen.findByRole('heading', { name: 'Address' });
    expect(currentStep(router)).toBe('address');
    await waitFor(() => expect(heading).toHaveFocus());
    // The address step was not validated when leaving basics: no error shows on it yet.
    expect(screen.getByRole('textbox', { name: /City/ })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a city.')).not.toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Test steps' });
    expect(within(nav).getByText('Address', { exact: false }).closest('[aria-current="step"]')).not.toBeNull();
    expect(within(nav).getByRole('link', { name: /Basic settings, complete/ })).toBeInTheDocument();
    // The review cannot be opened before the address step passes.
    expect(within(nav).queryByRole('link', { name: /Review/ })).not.toBeInTheDocument();
  });

  it('a field Next found wrong re-validates as the admin types, before leaving it', async () => {
    const user = userEvent.setup();
    const { router } = renderWizard();
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveFocus();

    // Still in the field: the error goes as soon as the value is right (not on blur, which
    // would move the buttons under the admin's pointer mid-click).
    await user.type(name, 'A');
    await waitFor(() => expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument());
    expect(name).toHaveFocus();
    expect(name).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(currentStep(router)).toBe('address'));
  });

  it('a link to a step not yet reachable opens the first step instead', async () => {
    const { router } = renderWizard({ url: '/wizard?step=review' });
    expect(await screen.findByRole('heading', { name: 'Basic settings' })).toBeInTheDocument();
    await waitFor(() => expect(currentStep(router)).toBe('basics'));
  });

  it('restores the draft (values, step, completed steps) after a remount, and discarding clears it', async () => {
    const user = userEvent.setup();
    const first = renderWizard();
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Acme');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.type(await screen.findByRole('textbox', { name: /City/ }), 'Lyon');
    first.unmount();
    expect(localStorage.getItem(draftStorageKey({ orgId: 'org-1', wizardId: 'test-wizard' }))).toContain('Lyon');

    const second = renderWizard();
    expect(await screen.findByRole('textbox', { name: /City/ })).toHaveValue('Lyon');
    await waitFor(() => expect(currentStep(second.router)).toBe('address'));
    expect(screen.getByRole('status')).toHaveTextContent(/Continuing your draft/);
    expect(
      within(screen.getByRole('navigation', { name: 'Test steps' })).getByRole('link', {
        name: /Basic settings, complete/,
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveValue('');
    expect(localStorage.getItem(draftStorageKey({ orgId: 'org-1', wizardId: 'test-wizard' }))).toBeNull();
  });

  it('a draft of another form version is dropped', async () => {
    localStorage.setItem(
      draftStorageKey({ orgId: 'org-1', wizardId: 'test-wizard' }),
      JSON.stringify({ version: 0, values: { name: 'Old' }, stepId: 'address', completed: ['basics'], savedAt: 'x' }),
    );
    renderWizard();
    expect(await screen.findByRole('textbox', { name: /Name/ })).toHaveValue('');
    expect(screen.queryByText(/Continuing your draft/)).not.toBeInTheDocument();
  });

  it('a server error that names a field lands on that field and opens its step; the draft stays', async () => {
    const user = userEvent.setup();
    const refusal = new ApiError({
      kind: 'http',
      status: 409,
      message: 'name "Acme" is already the name of another of your templates',
      items: [
        { description: 'name "Acme" is already the name of another of your templates', errorCode: 1301, field: 'name' },
      ],
      trackingId: 'T-1',
    });
    const onSubmit = vi.fn(async () => {
      throw refusal;
    });
    const { router } = renderWizard({ onSubmit });
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Acme');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.type(await screen.findByRole('textbox', { name: /City/ }), 'Lyon');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(await screen.findByRole('button', { name: 'Create' }));

    const name = await screen.findByRole('textbox', { name: /Name/ });
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Acme', city: 'Lyon', subscriptionId: 'sub-1' });
    expect(currentStep(router)).toBe('basics');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toBeInvalid();
    expect(name).toHaveAccessibleDescription(
      '"Acme" is already the name of another of your templates. Another onboarding template of this organisation has this name (names ignore case). Choose another name. (Webex error 1301)',
    );
    // Placed on a field: no banner.
    expect(screen.queryByText('The request was refused')).not.toBeInTheDocument();
    expect(localStorage.getItem(draftStorageKey({ orgId: 'org-1', wizardId: 'test-wizard' }))).toContain('Acme');
  });

  it('a refusal without a field uses the code’s catalogue field; one no field shows goes to the banner', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new ApiError({
        kind: 'http',
        status: 400,
        message: 'Two problems',
        items: [
          { description: 'that subscription is not yours', errorCode: 1303 },
          { description: 'the org is locked', errorCode: 1209 },
        ],
      });
    });
    const { router } = renderWizard({ onSubmit });
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Acme');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.type(await screen.findByRole('textbox', { name: /City/ }), 'Lyon');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(await screen.findByRole('button', { name: 'Create' }));

    await waitFor(() => expect(currentStep(router)).toBe('address'));
    expect(await screen.findByRole('textbox', { name: /Subscription/ })).toHaveAccessibleDescription(
      /That subscription is not yours\. .*\(Webex error 1303\)$/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The request was refused');
  });

  it('submitting clears the draft and lets the page navigate away without asking', async () => {
    const user = userEvent.setup();
    const { router } = renderWizard();
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Acme');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.type(await screen.findByRole('textbox', { name: /City/ }), 'Lyon');

    // Unsaved work: leaving is held until the admin answers.
    // Not awaited: the navigation stays pending until the admin answers.
    act(() => void router.navigate({ to: '/elsewhere' } as never));
    const dialog = await screen.findByRole('dialog', { name: 'Leave with unsaved changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/wizard');

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(await screen.findByRole('button', { name: 'Create' }));
    await waitFor(() => expect(localStorage.length).toBe(0));
    await act(() => router.navigate({ to: '/elsewhere' } as never));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
  });
});
