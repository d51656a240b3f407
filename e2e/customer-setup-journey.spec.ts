import { expect, expectNoA11yViolations, test } from './fixtures';
import { chooseTheme, createSetupCustomer, fillUserRow, shoot, uniqueEmail } from './customer-setup-helpers';

test.describe.configure({ timeout: 180_000 });

test('sets up two locations and five users of mixed packages; a free-account user waits for consent and the e-mail is resent', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  const customerId = await createSetupCustomer(request, tenant);
  const free = uniqueEmail('free.account');
  const registered = await request.post('/_sim/webex-users', { data: { emails: [free], kind: 'free' } });
  expect(registered.status()).toBe(204);
  const users = [
    { first: 'Ada', last: 'Lovelace', email: uniqueEmail('ada'), pkg: 'Webex Calling' },
    { first: 'Grace', last: 'Hopper', email: uniqueEmail('grace'), pkg: 'Webex Suite', location: 'Boston Branch' },
    { first: 'Alan', last: 'Turing', email: uniqueEmail('alan'), pkg: 'Webex Meetings' },
    { first: 'Katherine', last: 'Johnson', email: uniqueEmail('kj'), pkg: 'Webex Calling', location: 'Boston Branch' },
    { first: 'Free', last: 'Account', email: free, pkg: 'Webex Meetings' },
  ];

  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}`);
  await page.getByRole('link', { name: 'Set up', exact: true }).click();

  // Locations: HQ from the customer's creation, plus a branch added here.
  await expect(page.getByRole('heading', { level: 2, name: 'Locations' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /HQ/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add a location' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a location' });
  await dialog.getByLabel('Location name').fill('Boston Branch');
  await dialog.getByLabel('Address line 1').fill('1 Federal Street');
  await dialog.getByLabel('City').fill('Boston');
  await dialog.getByLabel('State or province').fill('MA');
  await dialog.getByLabel('ZIP or postal code').fill('02110');
  await dialog.getByLabel('Time zone').selectOption('America/New_York');
  await expectNoA11yViolations(page, 'add-location dialog');
  await shoot(page, 'location-dialog-light');
  await dialog.getByRole('button', { name: 'Add location' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Boston Branch' })).toBeVisible();
  await page.getByLabel('These are all the locations the users of this pass need').check();
  await expectNoA11yViolations(page, 'locations step');
  await shoot(page, 'locations-light');
  await page.getByRole('button', { name: 'Next' }).click();

  // Users: the grid, with arrow keys between rows.
  await expect(page.getByRole('heading', { level: 2, name: 'Users' })).toBeVisible();
  await expect(page.getByLabel('Row 25 e-mail')).toBeVisible();
  for (const [i, user] of users.entries()) await fillUserRow(page, i + 1, user);
  await page.getByLabel('Row 1 e-mail').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Row 2 e-mail')).toBeFocused();
  await expectNoA11yViolations(page, 'users step');
  await shoot(page, 'users-light');
  await page.getByRole('button', { name: 'Next' }).click();

  // Numbers: only the three calling users are asked.
  await expect(page.getByRole('heading', { level: 2, name: 'Phone numbers' })).toBeVisible();
  await expect(page.getByLabel(/^Phone number of /)).toHaveCount(3);
  await page.getByLabel(`Phone number of ${users[0]?.email}`).fill('+14155550101');
  await page.getByLabel(`Extension of ${users[0]?.email}`).fill('1001');
  await page.getByLabel(`Extension of ${users[1]?.email}`).fill('1002');
  await page.getByLabel(`Phone number of ${users[3]?.email}`).fill('+16175550104');
  await expectNoA11yViolations(page, 'numbers step');
  await shoot(page, 'numbers-light');
  await page.getByRole('button', { name: 'Next' }).click();

  // Review with a precheck of one row.
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await page.getByRole('button', { name: `Precheck ${users[0]?.email}` }).click();
  await expect(
    page
      .getByText('Webex would accept this user.')
      .or(page.getByText(/success/i))
      .first(),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'review');
  await shoot(page, 'review-light');
  await page.getByRole('button', { name: 'Create 5 users' }).click();

  // The run: four created, one waiting for consent.
  await expect(page.getByText('Finished: all 5 users created, 1 of them waiting for consent.')).toBeVisible({
    timeout: 60_000,
  });
  const freeRow = page.getByRole('row').filter({ hasText: free });
  await expect(freeRow.getByText('Waiting for consent')).toBeVisible();
  await expect(freeRow.getByText(/existing free Webex account/)).toBeVisible();
  await freeRow.getByRole('button', { name: `Resend consent e-mail to ${free}` }).click();
  await expect(freeRow.getByText(`Sent to ${free}.`)).toBeVisible();
  await expectNoA11yViolations(page, 'run');
  await shoot(page, 'run-light');

  // Leaving and coming back shows the run's result.
  await page.getByRole('link', { name: 'Customers', exact: true }).first().click();
  await page.goBack();
  await expect(page.getByText('Finished: all 5 users created, 1 of them waiting for consent.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Finished: all 5 users created, 1 of them waiting for consent.')).toBeVisible();
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'run (dark)');
  await shoot(page, 'run-dark');

  const listed = await request.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}`, {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
  });
  const items = ((await listed.json()) as { items: { email: string; status: string }[] }).items;
  expect(items.flatMap((s) => (s.email.startsWith('admin-') ? [] : [s.email])).sort()).toEqual(
    users.map((u) => u.email).sort(),
  );
  expect(items.filter((s) => s.status === 'pending_user_migration').map((s) => s.email)).toEqual([free]);
});
