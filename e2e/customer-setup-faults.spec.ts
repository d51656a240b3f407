import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  chooseTheme,
  createCallingUser,
  createSetupCustomer,
  fillUserRow,
  shoot,
  uniqueEmail,
} from './customer-setup-helpers';

/** Webex Calling users for the set-up grid, one per name, with e-mails no other run uses. */
const callers = (names: string[]) =>
  names.map((name) => ({ first: name.toUpperCase(), last: 'Caller', email: uniqueEmail(name), pkg: 'Webex Calling' }));

test.describe.configure({ timeout: 180_000 });

test('a duplicate extension is caught before submit; a fault on two rows is retried alone, nothing sent twice', async ({
  page,
  request,
  tenant,
  signIn,
  allowConsoleErrors,
}) => {
  // The injected faults: the browser logs each failed request.
  allowConsoleErrors(/status of 500 \(Internal Server Error\).*\/v1\/wholesale\/subscribers/);
  const customerId = await createSetupCustomer(request, tenant);
  const users = callers(['ann', 'bob', 'cy', 'dee']);
  await signIn('partner-full-admin');
  await chooseTheme(page, 'Dark');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}/setup`);

  await expect(page.getByRole('heading', { level: 2, name: 'Locations' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /HQ/ })).toBeVisible();
  await shoot(page, 'locations-dark');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/Confirm that these are the locations/)).toBeVisible();
  await page.getByLabel('These are all the locations the users of this pass need').check();
  await page.getByRole('button', { name: 'Next' }).click();

  for (const [i, user] of users.entries()) await fillUserRow(page, i + 1, user);
  await page.getByLabel('Row 6 e-mail').fill('not-an-e-mail');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('Row 6 e-mail')).toHaveAccessibleDescription(/must be an e-mail address/);
  await expectNoA11yViolations(page, 'users step with a cell error (dark)');
  await shoot(page, 'users-dark');
  await page.getByLabel('Row 6 e-mail').fill('');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Phone numbers' })).toBeVisible();
  for (const [i, user] of users.entries()) {
    await page.getByLabel(`Extension of ${user.email}`).fill(i === 1 ? '2001' : `200${i + 1}`);
  }
  await page.getByRole('button', { name: 'Next' }).click();
  const duplicate = page.getByLabel(`Extension of ${users[1]?.email}`);
  await expect(duplicate).toHaveAccessibleDescription('2001 is already in row 1 of this pass.');
  await expect(page).toHaveURL(/step=numbers/);
  await expectNoA11yViolations(page, 'numbers step with a duplicate (dark)');
  await shoot(page, 'numbers-duplicate-dark');
  await duplicate.fill('2002');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await shoot(page, 'review-dark');

  // The next two provisioning requests fail with an internal error.
  const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
    data: {
      method: 'POST',
      path: '/v1/wholesale/subscribers',
      status: 500,
      times: 2,
      errorCode: 5000,
      description: 'Injected failure',
    },
  });
  expect(fault.status()).toBe(201);
  await page.getByRole('button', { name: 'Create 4 users' }).click();
  await expect(page.getByText('Finished: 2 created, 2 failed. Fix or retry the failed users.')).toBeVisible({
    timeout: 60_000,
  });
  const failedRows = page.getByRole('row').filter({ hasText: 'Failed' });
  await expect(failedRows).toHaveCount(2);
  await expect(failedRows.first().getByText('Webex 5000')).toBeVisible();
  await expectNoA11yViolations(page, 'run with failures (dark)');
  await shoot(page, 'run-failed-dark');
  await page.getByRole('button', { name: 'Retry 2 failed' }).click();
  await expect(page.getByText('Finished: all 4 users created.')).toBeVisible({ timeout: 60_000 });

  const listed = await request.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}`, {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
  });
  const emails = ((await listed.json()) as { items: { email: string }[] }).items
    .flatMap((s) => (s.email.startsWith('admin-') ? [] : [s.email]))
    .sort();
  expect(emails).toEqual(users.map((u) => u.email).sort());
});

test('a number and an extension an existing user of the customer holds are flagged on their cells before submit', async ({
  page,
  request,
  tenant,
  signIn,
  allowConsoleErrors,
}) => {
  // The precheck's refusals and the injected faults: the browser logs each.
  allowConsoleErrors(/status of (409|429|500) \(.*\).*\/v1\/wholesale\/subscribers\/validate/);
  const customerId = await createSetupCustomer(request, tenant);
  const headers = { authorization: `Bearer ${tenant.tokens.fullAdmin}` };
  await createCallingUser(request, tenant, customerId, { primaryPhoneNumber: '+14085550142', extension: '4142' });
  const users = callers(['eve', 'fay', 'gus']);
  await signIn('partner-full-admin');
  await chooseTheme(page, 'Light');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}/setup`);
  await page.getByLabel('These are all the locations the users of this pass need').check();
  await page.getByRole('button', { name: 'Next' }).click();
  for (const [i, user] of users.entries()) await fillUserRow(page, i + 1, user);
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Phone numbers' })).toBeVisible();
  const phone = (i: number) => page.getByLabel(`Phone number of ${users[i]?.email}`);
  const extension = (i: number) => page.getByLabel(`Extension of ${users[i]?.email}`);
  // Webex fails every check at first: the step says so and offers to check again.
  const faults = `/_sim/tenants/${tenant.partner.orgId}/faults`;
  const validate = { method: 'POST', path: '/v1/wholesale/subscribers/validate' };
  const down = await request.post(faults, {
    data: { ...validate, status: 500, times: 100, errorCode: 5000, description: 'Injected failure' },
  });
  expect(down.status()).toBe(201);
  await phone(0).fill('+14085550142');
  await extension(1).fill('4142');
  await extension(2).fill('4143');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('3 rows could not be checked', { exact: false })).toBeVisible();
  await expect(page.getByText('Could not check this row with Webex (HTTP 500: Injected failure).')).toHaveCount(3);
  await expect(page).toHaveURL(/step=numbers/);
  await shoot(page, 'numbers-check-failed-light');

  // Webex is back but asks to slow down once: the check waits, then flags what existing users hold.
  expect((await request.delete(faults)).status()).toBe(204);
  const slow = await request.post(faults, { data: { ...validate, status: 429, times: 1, retryAfterSeconds: 2 } });
  expect(slow.status()).toBe(201);
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByText('Webex asked us to slow down; continuing shortly.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Checking numbers with Webex… \d\/3/ })).toBeVisible();
  await shoot(page, 'numbers-checking-light');

  await expect(phone(0)).toHaveAccessibleDescription(
    'Webex 1201: Another user of this customer already has this phone number. Choose a different number.',
  );
  await expect(extension(1)).toHaveAccessibleDescription(
    'Webex 1202: Another user of this customer already has this extension. Choose a different extension.',
  );
  await expect(extension(2)).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText('2 rows clash with numbers this customer’s users already have')).toBeVisible();
  await expect(page).toHaveURL(/step=numbers/);
  await expectNoA11yViolations(page, 'numbers taken by existing users (light)');
  await shoot(page, 'numbers-taken-light');
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'numbers taken by existing users (dark)');
  await shoot(page, 'numbers-taken-dark');

  await phone(0).fill('+14085550144');
  await extension(1).fill('4144');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  // Nothing was created by the checks: the customer still has its admin and the existing user.
  const listed = await request.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}`, {
    headers,
  });
  expect(((await listed.json()) as { items: unknown[] }).items).toHaveLength(2);
});

test('the import preview checks a file’s numbers against the customer’s existing users on request', async ({
  page,
  request,
  tenant,
  signIn,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 409 \(Conflict\).*\/v1\/wholesale\/subscribers\/validate/);
  const customerId = await createSetupCustomer(request, tenant);
  await createCallingUser(request, tenant, customerId, { primaryPhoneNumber: '+14085550152', extension: '4152' });
  const file = [
    'firstName,lastName,email,package,location,phoneNumber,extension',
    `Hal,Caller,${uniqueEmail('hal')},webex_calling,,+14085550152,`,
    `Ida,Caller,${uniqueEmail('ida')},webex_calling,,,4152`,
    `Jo,Caller,${uniqueEmail('jo')},webex_calling,,,4153`,
    `Kim,Meeting,${uniqueEmail('kim')},webex_meetings,,,`,
  ].join('\n');
  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}/import`);
  await page.getByLabel('CSV file of users').setInputFiles({
    name: 'numbers.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(file),
  });
  const stat = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
  await expect(stat('Ready to create')).toHaveText('4');
  // The meetings user has no number to check.
  await page.getByRole('button', { name: 'Check 3 rows with numbers against the customer' }).click();
  await expect(page.getByText('2 rows clash with numbers this customer’s users already have')).toBeVisible();
  await expect(stat('Ready to create')).toHaveText('2');
  await expect(stat('Rows with problems')).toHaveText('2');
  const preview = page.getByRole('region', { name: /Rows of the file/ });
  await expect(preview.getByRole('row').filter({ hasText: '+14085550152' })).toContainText(
    'Webex 1201: Another user of this customer already has this phone number.',
  );
  await expect(preview.getByRole('row').filter({ hasText: /Ida/ })).toContainText(
    'Webex 1202: Another user of this customer already has this extension.',
  );
  await expect(page.getByRole('button', { name: 'Create 2 users' })).toBeEnabled();
  await expectNoA11yViolations(page, 'import preview with numbers taken (light)');
  await shoot(page, 'import-numbers-taken-light');
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'import preview with numbers taken (dark)');
  await shoot(page, 'import-numbers-taken-dark');
});
