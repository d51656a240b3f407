import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, test, type Tenant } from './fixtures';
import { createCustomer } from './customers-list-helpers';

const api = (tenant: Tenant) => ({ authorization: `Bearer ${tenant.tokens.fullAdmin}` });

async function openCustomer(page: Page, tenant: Tenant, id: string, heading: string) {
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test.describe('customer changes', () => {
  test('edit packages: removing one asks first and says billing stops; the PUT carries the complete list', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    const customer = await createCustomer(request, tenant, { packages: ['webex_calling', 'webex_meetings'] });
    await signIn('partner-full-admin');
    await openCustomer(page, tenant, customer.id, customer.name);

    await page.getByRole('button', { name: 'Edit packages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit packages' });
    await expect(dialog.getByRole('checkbox', { name: 'Webex Calling', exact: true })).toBeChecked();
    await expectNoA11yViolations(page, 'edit packages');
    // An add-on without its base package is refused before anything is sent.
    await dialog.getByRole('checkbox', { name: 'Webex Calling', exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Attendant Console', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save packages' }).click();
    await expect(dialog).toContainText('Attendant Console needs one of: Webex Calling, Webex Suite, Customer Assist.');
    await dialog.getByRole('checkbox', { name: 'Attendant Console', exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Webex Calling', exact: true }).check();

    await dialog.getByRole('checkbox', { name: 'Webex Meetings', exact: true }).uncheck();
    const puts: unknown[] = [];
    page.on('request', (req) => {
      if (req.method() === 'PUT' && req.url().includes('/v1/wholesale/customers/')) puts.push(req.postDataJSON());
    });
    await dialog.getByRole('button', { name: 'Save packages' }).click();

    const confirm = page.getByRole('dialog', { name: 'Remove 1 package?' });
    await expect(confirm).toContainText('Webex Meetings will be taken away from');
    await expect(confirm).toContainText('Billing for Webex Meetings stops once the update finishes.');
    await expectNoA11yViolations(page, 'remove package confirmation');
    await confirm.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('dialog', { name: 'Edit packages' })).toBeVisible();
    expect(puts).toEqual([]);
    await page.getByRole('dialog', { name: 'Edit packages' }).getByRole('button', { name: 'Save packages' }).click();
    await page
      .getByRole('dialog', { name: 'Remove 1 package?' })
      .getByRole('button', { name: 'Remove and save' })
      .click();

    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(puts).toEqual([{ packages: ['webex_calling'] }]);
    const packages = page.getByRole('region', { name: 'Packages' });
    await expect(packages.getByText('Webex Meetings', { exact: true })).toHaveCount(0, { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(customer.id)}`, {
      headers: api(tenant),
    });
    expect(((await got.json()) as { packages: string[] }).packages).toEqual(['webex_calling']);
  });

  test('edit details: external ID and address; a taken external ID lands on its field with the code explained', async ({
    page,
    tenant,
    signIn,
    request,
    allowConsoleErrors,
  }) => {
    allowConsoleErrors(/status of 409/);
    const other = await createCustomer(request, tenant);
    const customer = await createCustomer(request, tenant);
    await signIn('partner-full-admin');
    await openCustomer(page, tenant, customer.id, customer.name);

    await page.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit details' });
    await dialog.getByLabel('External ID').fill(other.externalId);
    await dialog.getByRole('button', { name: 'Save details' }).click();
    const field = dialog.getByLabel('External ID');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toContainText('is already used by another of your customers');
    await expect(dialog).toContainText('1205');

    await dialog.getByLabel('Address line 1').fill('x'.repeat(51));
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog).toContainText('Must be at most 50 characters');

    await field.fill(`${customer.externalId}-renamed`);
    await dialog.getByLabel('Address line 1').fill('1 Infinite Loop');
    await dialog.getByLabel('City').fill('Cupertino');
    await dialog.getByLabel('Postal code').fill('95014');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details).toContainText('1 Infinite Loop');
    await expect(details).toContainText('Cupertino, CA, 95014');
    await expect(details).toContainText(`${customer.externalId}-renamed`);
  });

  test('remove wholesale services: typed confirmation, explains the org stays, then the customer is gone', async ({
    page,
    tenant,
    signIn,
    request,
    allowConsoleErrors,
  }) => {
    // Once the removal finishes the customer answers 404: that is how the page learns it is gone.
    allowConsoleErrors(/status of 404/);
    const customer = await createCustomer(request, tenant);
    await signIn('partner-full-admin');
    await openCustomer(page, tenant, customer.id, customer.name);

    await page.getByRole('button', { name: 'Remove wholesale services' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove wholesale services?' });
    await expect(dialog).toContainText('billing for this customer stops');
    await expect(dialog).toContainText('is not deleted');
    const submit = dialog.getByRole('button', { name: 'Remove wholesale services' });
    await expect(submit).toBeDisabled();
    await dialog.getByLabel(`Type ${customer.externalId} to confirm`).fill('something else');
    await expect(submit).toBeDisabled();
    await expectNoA11yViolations(page, 'remove confirmation');
    await dialog.getByLabel(`Type ${customer.externalId} to confirm`).fill(customer.externalId);
    await submit.click();

    await expect(page.getByText('Wholesale services removed')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Back to customers' }).click();
    await expect(page.getByText('No customers yet')).toBeVisible();
    const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(customer.id)}`, {
      headers: api(tenant),
    });
    expect(got.status()).toBe(404);
  });

  test('restricted by partner: on by default, turned off persists with who and when', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    const customer = await createCustomer(request, tenant);
    await signIn('partner-full-admin');
    await openCustomer(page, tenant, customer.id, customer.name);

    const card = page.getByRole('region', { name: 'Restricted by partner' });
    const toggle = card.getByRole('switch', { name: 'Restrict the customer’s administrators' });
    await expect(toggle).toBeChecked();
    await expect(card).toContainText('Never changed: on by default');
    await expect(card).toContainText('Directory synchronisation');
    await expect(card).toContainText('Restricted mode is on.');
    await toggle.click();
    await expect(toggle).not.toBeChecked();

    const settings = await request.get(`/hub/v1/customers/${encodeURIComponent(customer.id)}/settings`, {
      headers: api(tenant),
    });
    const body = (await settings.json()) as {
      restrictedByPartner: boolean;
      changedBy: { name: string; email: string };
    };
    expect(body.restrictedByPartner).toBe(false);
    await expect(card).toContainText(`Turned off by ${body.changedBy.name} (${body.changedBy.email}) on `);

    await page.reload();
    await expect(toggle).not.toBeChecked();
    await expect(card).toContainText(`Turned off by ${body.changedBy.name}`);
    await card.getByText('Change history (1)').click();
    await expect(card.getByRole('listitem').filter({ hasText: 'Turned off by' })).toHaveCount(1);
    for (const theme of ['Light', 'Dark'] as const) {
      await chooseTheme(page, theme);
      await expectNoA11yViolations(page, `restricted off, ${theme}`);
    }
  });

  test('read-only admin sees every state but no control that writes', async ({ page, tenant, signIn, request }) => {
    const customer = await createCustomer(request, tenant);
    await signIn('partner-read-only-admin');
    await page.goto(`/o/${tenant.partner.orgId}/customers`);
    await expect(page.getByRole('link', { name: customer.externalId })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create customer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create customer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();

    await page.getByRole('link', { name: customer.externalId }).click();
    await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
    const card = page.getByRole('region', { name: 'Restricted by partner' });
    await expect(card).toContainText('On');
    await expect(card.getByRole('switch')).toHaveCount(0);
    await expect(
      page.getByRole('main').getByRole('button', { name: /create|add|new|delete|edit|remove/i }),
    ).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Packages' })).toContainText('Webex Calling');
    await expectNoA11yViolations(page, 'read-only customer detail');
  });
});
