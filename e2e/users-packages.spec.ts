import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, randomUUID, test, type Tenant } from './fixtures';
import { createCustomer, setProvisioningDelay } from './customers-list-helpers';
import { createUser, firstAdminOf, getUser, type NewUser } from './users-helpers';

const SHOTS = 'test-results/screenshots';
const TAKEN = '+14155550199';

/** A Webex Calling user holding `number` (the list helper gives calling users an extension only). */
async function createUserWithNumber(request: APIRequestContext, tenant: Tenant, customerId: string, number: string) {
  const res = await request.post('/v1/wholesale/subscribers', {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    data: {
      customerId,
      email: `holder-${randomUUID().slice(0, 12)}@example.com`,
      packages: ['webex_calling'],
      provisioningParameters: { firstName: 'Number', lastName: 'Holder', primaryPhoneNumber: number },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
}

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

  test('bulk change of four users: phone lines entered per row, duplicates and a taken number fixed in place, failed rows retried', async ({
    page,
    tenant,
    signIn,
    request,
    allowConsoleErrors,
  }) => {
    // The injected fault answers one PUT with 500 and the taken number one with 409; the browser logs both.
    allowConsoleErrors(/status of (500|409)/);
    await setProvisioningDelay(request, tenant, 'PT0S');
    const customer = await createCustomer(request, tenant, {
      packages: ['webex_calling', 'webex_meetings', 'webex_suite'],
    });
    const callers = [
      await createUser(request, tenant, customer.id, { pkg: 'webex_calling' }),
      await createUser(request, tenant, customer.id, { pkg: 'webex_calling' }),
    ];
    const meetings = [await createUser(request, tenant, customer.id), await createUser(request, tenant, customer.id)];
    // Someone outside the selection already has +1 415 555 0199.
    await createUserWithNumber(request, tenant, customer.id, TAKEN);
    const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
      data: {
        method: 'PUT',
        path: `/v1/wholesale/subscribers/${callers[0]?.id ?? ''}`,
        status: 500,
        times: 1,
        description: 'Simulated outage',
      },
    });
    expect(fault.status()).toBe(201);

    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/users?customerId=${encodeURIComponent(customer.id)}`);
    for (const user of [...callers, ...meetings])
      await page.getByRole('checkbox', { name: `Select ${user.email}` }).check();
    await expect(page.getByRole('region', { name: 'Selected users' })).toContainText('4 users selected');
    await page.getByRole('button', { name: 'Change package (4)' }).click();

    const dialog = page.getByRole('dialog', { name: 'Change the package of 4 users' });
    await dialog.getByRole('combobox', { name: 'New package' }).selectOption({ label: 'Webex Suite' });
    await expect(dialog).toContainText('2 users change as they are, 2 users need a phone line.');
    const table = dialog.getByRole('table', { name: 'Phone line of each user moving to Webex Suite' });
    const [m1, m2] = meetings as [NewUser, NewUser];
    const phone = (user: NewUser) => dialog.getByRole('textbox', { name: `Phone number for ${user.email}` });

    // Review with nothing entered: every row says what it needs, focus on the first.
    await dialog.getByRole('button', { name: 'Review 4 changes' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/2 phone lines need fixing before the review/);
    await expect(table.getByRole('textbox', { name: `Phone number for ${m1.email}` })).toBeFocused();
    await expect(phone(m2)).toHaveAccessibleDescription('Enter a phone number, an extension, or both.');
    // Keyboard only: number, Tab past the extension, the next user's number.
    await page.keyboard.type('+1 415 555 0101');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(phone(m2)).toBeFocused();
    await page.keyboard.type('+14155550101');
    await expect(phone(m2)).toHaveAccessibleDescription(
      `Also entered for ${m1.email}: each user needs their own number.`,
    );
    await shoot(page, 'bulk-numbers');

    // The taken number passes every check the browser can make; the server refuses it.
    await phone(m2).fill(TAKEN);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Review 4 changes' }).click();
    await expect(dialog).toContainText('4 users move to Webex Suite (2 with the phone line you entered).');
    await expect(dialog).toContainText('Billing for Webex Suite starts for 4 users the moment you confirm');
    await expect(dialog).toContainText(
      'Billing stops at the same moment for Webex Calling (2 users), Webex Meetings (2 users).',
    );
    await dialog.getByRole('button', { name: 'Change 4 users' }).click();

    await expect(dialog.getByRole('status')).toHaveText('2 done · 2 failed · 0 pending', { timeout: 30_000 });
    const results = dialog.getByRole('list', { name: 'Result per user' });
    await expect(results).toContainText('Simulated outage');
    const refused = results.getByRole('textbox', { name: `Phone number for ${m2.email}` });
    await expect(refused).toHaveValue(TAKEN);
    await expect(refused).toHaveAccessibleDescription(
      'Another user of this customer already has this phone number. Choose a different number. (Webex error 1201)',
    );
    await shoot(page, 'bulk-result');
    await refused.fill('+1 415 555 0102');
    await dialog.getByRole('button', { name: 'Retry 2 failed' }).click();
    await expect(dialog.getByRole('status')).toHaveText('4 done · 0 failed · 0 pending', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('region', { name: 'Selected users' })).toHaveCount(0);

    for (const user of [...callers, ...meetings])
      expect((await getUser(request, tenant, user.id)).packages).toEqual(['webex_suite']);
    // The numbers entered are now theirs: the API refuses them to anyone else of the customer.
    const other = await createUser(request, tenant, customer.id);
    for (const taken of ['+14155550101', '+14155550102']) {
      const res = await request.put(`/v1/wholesale/subscribers/${other.id}`, {
        headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
        data: { packages: ['webex_calling'], provisioningParameters: { primaryPhoneNumber: taken } },
      });
      expect(res.status()).toBe(409);
      expect(((await res.json()) as { errors: { errorCode: number }[] }).errors[0]?.errorCode).toBe(1201);
    }
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
