import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, test } from './fixtures';
import { createCustomer, setProvisioningDelay } from './customers-list-helpers';
import { createUser, firstAdminOf } from './users-helpers';

const SHOTS = 'test-results/screenshots';

function usersTable(page: Page) {
  return page.getByRole('table', { name: 'Users' });
}

/** Data rows of the users table (the header row excluded). */
function dataRows(page: Page) {
  return usersTable(page).locator('tbody tr');
}

test.describe('users list', () => {
  // Seeding through the API and axe in two themes take a while on a loaded machine.
  test.describe.configure({ timeout: 120_000 });

  test('filters, sort and package scan keep their state in the URL; the customer page links to its users; CSV export', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    await setProvisioningDelay(request, tenant, 'PT0S');
    const acme = await createCustomer(request, tenant);
    const other = await createCustomer(request, tenant);
    const caller = await createUser(request, tenant, acme.id, { pkg: 'webex_calling' });
    await createUser(request, tenant, acme.id);
    await createUser(request, tenant, acme.id);
    await createUser(request, tenant, other.id);
    const acmeAdmin = await firstAdminOf(request, tenant, acme.id);
    const org = tenant.partner.orgId;

    await signIn('partner-full-admin');
    await page.goto(`/o/${org}/users`);
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    // 4 users plus the two customers' first administrators, newest first.
    await expect(dataRows(page)).toHaveCount(6);
    await expect(dataRows(page).first()).toContainText(other.externalId);
    await expectNoA11yViolations(page, 'users list');
    await page.screenshot({ path: `${SHOTS}/users-list-light.png`, fullPage: true });
    await chooseTheme(page, 'Dark');
    await expectNoA11yViolations(page, 'users list, dark');
    await page.screenshot({ path: `${SHOTS}/users-list-dark.png`, fullPage: true });
    await chooseTheme(page, 'Light');

    // E-mail: exact match, kept in the URL across a reload.
    await page.getByRole('searchbox', { name: 'E-mail' }).fill(caller.email);
    await page.getByRole('searchbox', { name: 'E-mail' }).press('Enter');
    await expect(dataRows(page)).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`email=${encodeURIComponent(caller.email).replace(/\./g, '\\.')}`));
    await page.reload();
    await expect(dataRows(page)).toHaveCount(1);
    await expect(page.getByRole('searchbox', { name: 'E-mail' })).toHaveValue(caller.email);
    await page.getByRole('button', { name: `Clear filter E-mail: ${caller.email}` }).click();
    await expect(dataRows(page)).toHaveCount(6);

    // Package: no API parameter, so the list is scanned; calling users are the caller and both admins.
    await page.getByRole('combobox', { name: 'Package' }).selectOption({ label: 'Webex Calling' });
    await expect(page).toHaveURL(/package=webex_calling/);
    await expect(page.getByRole('status').filter({ hasText: 'to the end of the list' })).toBeVisible();
    await expect(dataRows(page)).toHaveCount(3);
    await expect(usersTable(page)).toContainText(caller.email);
    await expect(usersTable(page)).toContainText(acmeAdmin.email);

    // Sort: oldest first puts the first customer's administrator on top.
    await page.getByRole('combobox', { name: 'Sort' }).selectOption({ label: 'Oldest first' });
    await expect(page).toHaveURL(/sortOrder=ASC/);
    await expect(dataRows(page).first()).toContainText(acmeAdmin.email);

    // No match (a filter hides everything) is not "no users yet".
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pending user migration' });
    await expect(page.getByText('No users match these filters')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).first().click();
    await expect(dataRows(page)).toHaveCount(6);

    // The customer page's users card lands on this list, filtered by that customer.
    await page.goto(`/o/${org}/customers/${encodeURIComponent(acme.id)}`);
    await page
      .getByRole('region', { name: 'Users' })
      .getByRole('link', { name: /users|Users/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Clear filter Customer: ${acme.externalId}` })).toBeVisible();
    await expect(dataRows(page)).toHaveCount(4);

    // CSV export of the current filter: every matching user, one line each.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(lines.join('\n')).toContain(caller.email);
    expect(lines.join('\n')).not.toContain(other.externalId);
  });

  test('no users yet; a read-only admin sees no write controls; a suspended sub-partner sees why changes are off', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    await signIn('partner-read-only-admin');
    await page.goto(`/o/${tenant.partner.orgId}/users`);
    await expect(page.getByText('No users yet')).toBeVisible();
    await expectNoA11yViolations(page, 'no users yet');

    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant);
    const user = await createUser(request, tenant, customer.id);
    await page.reload();
    await expect(dataRows(page)).toHaveCount(2);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Change package/ })).toHaveCount(0);
    await page.getByRole('link', { name: user.email }).click();
    await expect(page.getByRole('heading', { level: 1, name: user.email })).toBeVisible();
    await expect(page.getByRole('button', { name: /Change package|Remove package/ })).toHaveCount(0);

    // Acting for the suspended sub-partner (as the partner's full admin): changes are off, with the reason.
    const suspended = tenant.subPartners.find((s) => s.provisioningState === 'suspended');
    await signIn('partner-full-admin');
    await page.goto(`/o/${suspended?.orgId ?? ''}/users`);
    await expect(page.getByText(/Package changes are off: .* is suspended/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Change package' })).toBeDisabled();
  });
});
