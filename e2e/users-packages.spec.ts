import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, type Tenant } from './fixtures';
import { createCustomer, setProvisioningDelay } from './customers-list-helpers';
import { createUser, firstAdminOf, getUser } from './users-helpers';

const SHOTS = 'test-results/screenshots';

async function openUser(page: Page, tenant: Tenant, id: string, email: string) {
  await page.goto(`/o/${tenant.partner.orgId}/users/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1, name: email })).toBeVisible();
}

/**
 * Light and dark shots of what is on screen, each checked with axe. The theme follows the
 * system here (no preference chosen), so an open dialog, which makes the top bar inert,
 * switches with the emulated colour scheme.
 */
async function shoot(page: Page, name: string) {
  await expectNoA11yViolations(page, name);
  await page.screenshot({ path: `${SHOTS}/users-${name}-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectNoA11yViolations(page, `${name}, dark`);
  await page.screenshot({ path: `${SHOTS}/users-${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
}

test.describe('user packages', () => {
  // Seeding through the API and axe in two themes take a while on a loaded machine.
  test.describe.configure({ timeout: 120_000 });

  test('single change from the list: meetings to calling needs a number; the first administrator cannot be downgraded', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant);
    const user = await createUser(request, tenant, customer.id);
    const admin = await firstAdminOf(request, tenant, customer.id);
    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/users?email=${encodeURIComponent(user.email)}`);

    // Keyboard: the row's menu opens with Enter and its item is chosen with Enter.
    await page.getByRole('button', { name: `Actions for ${user.email}` }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Change package…' })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Change package of ${user.email}` });
    await dialog.getByRole('radio', { name: 'Webex Calling' }).check();
    await expect(dialog.getByRole('group', { name: 'Phone line' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Change package' }).click();
    await expect(dialog).toContainText('gives the user a phone line: enter a phone number, an extension, or both');
    await dialog.getByLabel('Phone number').fill('12345');
    await expect(dialog).toContainText('Use the E.164 format');
    await dialog.getByLabel('Phone number').fill('+1 415 555 0123');
    await expect(dialog).toContainText(
      'Billing for Webex Calling starts and billing for Webex Meetings stops the moment you confirm',
    );
    await shoot(page, 'change-dialog');
    const puts: unknown[] = [];
    page.on('request', (req) => {
      if (req.method() === 'PUT' && req.url().includes('/v1/wholesale/subscribers/')) puts.push(req.postDataJSON());
    });
    await dialog.getByRole('button', { name: 'Change package' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(puts).toEqual([
      { packages: ['webex_calling'], provisioningParameters: { primaryPhoneNumber: '+14155550123' } },
    ]);
    expect((await getUser(request, tenant, user.id)).packages).toEqual(['webex_calling']);
    await expect(page.locator('tbody tr').first()).toContainText('Webex Calling');
    await expect(page.getByRole('button', { name: `Actions for ${user.email}` })).toBeFocused();

    // The first administrator (Webex Calling, the customer's level) may not drop to Webex Meetings.
    await openUser(page, tenant, admin.id, admin.email);
    await page.getByRole('button', { name: 'Change package' }).click();
    const adminDialog = page.getByRole('dialog', { name: `Change package of ${admin.email}` });
    await expect(adminDialog).toContainText('This user is the customer’s first (full) administrator');
    await adminDialog.getByRole('radio', { name: 'Webex Meetings' }).check();
    await expect(adminDialog).toContainText('Webex requires that administrator to keep the package level');
    await adminDialog.getByRole('button', { name: 'Change package' }).click();
    await expect(adminDialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await getUser(request, tenant, admin.id)).packages).toEqual(['webex_calling']);
  });

  test('bulk change of three users: skipped ones say why, billing summed up, a failed row retried alone', async ({
    page,
    tenant,
    signIn,
    request,
    allowConsoleErrors,
  }) => {
    // The injected fault answers one PUT with 500; the browser logs it.
    allowConsoleErrors(/status of 500/);
    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant, {
      packages: ['webex_calling', 'webex_meetings', 'webex_suite'],
    });
    const callers = [
      await createUser(request, tenant, customer.id, { pkg: 'webex_calling' }),
      await createUser(request, tenant, customer.id, { pkg: 'webex_calling' }),
      await createUser(request, tenant, customer.id, { pkg: 'webex_calling' }),
    ];
    const meetings = await createUser(request, tenant, customer.id);
    const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
      data: {
        method: 'PUT',
        path: '/v1/wholesale/subscribers/*',
        status: 500,
        times: 1,
        description: 'Simulated outage',
      },
    });
    expect(fault.status()).toBe(201);

    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/users?customerId=${encodeURIComponent(customer.id)}`);
    for (const user of [...callers, meetings])
      await page.getByRole('checkbox', { name: `Select ${user.email}` }).check();
    await expect(page.getByRole('region', { name: 'Selected users' })).toContainText('4 users selected');
    await page.getByRole('button', { name: 'Change package (4)' }).click();

    const dialog = page.getByRole('dialog', { name: 'Change the package of 4 users' });
    await dialog.getByRole('combobox', { name: 'New package' }).selectOption({ label: 'Webex Suite' });
    await expect(dialog.getByRole('list', { name: 'What happens to each user' })).toContainText(
      'Skipped: Needs a phone number or extension to move to Webex Suite',
    );
    await shoot(page, 'bulk-plan');
    await dialog.getByRole('button', { name: 'Review 3 changes' }).click();
    await expect(dialog).toContainText('Billing for Webex Suite starts for 3 users the moment you confirm');
    await expect(dialog).toContainText('Billing stops at the same moment for Webex Calling (3 users).');
    await dialog.getByRole('button', { name: 'Change 3 users' }).click();

    await expect(dialog.getByRole('status')).toHaveText('2 done · 1 failed · 0 pending', { timeout: 30_000 });
    await expect(dialog.getByRole('list', { name: 'Result per user' })).toContainText('Simulated outage');
    await shoot(page, 'bulk-result');
    await dialog.getByRole('button', { name: 'Retry 1 failed' }).click();
    await expect(dialog.getByRole('status')).toHaveText('3 done · 0 failed · 0 pending', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('region', { name: 'Selected users' })).toHaveCount(0);
    for (const user of callers) expect((await getUser(request, tenant, user.id)).packages).toEqual(['webex_suite']);
    expect((await getUser(request, tenant, meetings.id)).packages).toEqual(['webex_meetings']);
  });

  test('remove a user’s package: the confirmation says billing stops, then the user is gone', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant);
    const user = await createUser(request, tenant, customer.id, { pkg: 'webex_calling' });
    await signIn('partner-full-admin');
    await openUser(page, tenant, user.id, user.email);
    await shoot(page, 'user-page');

    await page.getByRole('button', { name: 'Remove package' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the wholesale package?' });
    await expect(dialog).toContainText('Billing for Webex Calling stops the moment you confirm');
    await expect(dialog).toContainText('their phone number and extension are released');
    await expect(dialog).toContainText('is not deleted');
    await shoot(page, 'remove-dialog');
    await dialog.getByRole('button', { name: 'Remove package' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await expect(page.getByText(user.email)).toHaveCount(0);
    expect((await getUser(request, tenant, user.id)).status).toBe(404);
  });

  test('a free-account user waits in pending_user_migration; the consent e-mail can be resent', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant);
    const user = await createUser(request, tenant, customer.id, { free: true });
    await signIn('partner-full-admin');
    await openUser(page, tenant, user.id, user.email);
    const callout = page.getByRole('region', { name: 'Waiting for the user’s consent' });
    await expect(callout).toContainText('already has a free Webex account');
    await expect(callout).toContainText('nothing is billed');
    await shoot(page, 'pending-user');

    const sent = page.waitForResponse(
      (res) => res.request().method() === 'POST' && res.url().includes('/emails/consentMove'),
    );
    await callout.getByRole('button', { name: 'Resend consent e-mail' }).click();
    expect((await sent).status()).toBe(204);
    await expect(page.getByText(`Consent e-mail sent again to ${user.email}`)).toBeVisible();
  });
});
