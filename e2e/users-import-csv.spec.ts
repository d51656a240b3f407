import { randomUUID } from 'node:crypto';
import { expect, expectNoA11yViolations, test } from './fixtures';
import { chooseTheme, createSetupCustomer, shoot } from './customer-setup-helpers';

test.describe.configure({ timeout: 240_000 });

/** 200 users, every tenth with a calling package and numbers; rows 12, 57 and 122 of the file are wrong. */
function importFile(tag: string): string {
  const lines = ['firstName,lastName,email,package,location,phoneNumber,extension'];
  for (let i = 0; i < 200; i++) {
    const calling = i % 10 === 0;
    const email = i === 10 ? 'broken-email' : `imp${i}-${tag}@example.com`;
    const pkg = calling || i === 55 ? 'webex_calling' : 'webex_meetings';
    const phone = calling ? `+1408555${String(i).padStart(4, '0')}` : '';
    const extension = calling ? String(i === 120 ? 3020 : 3000 + i) : '';
    lines.push(`First${i},Last,${email},${pkg},HQ,${phone},${extension}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

test('imports 200 rows: the 3 bad rows are shown in the preview before anything is sent, the rest are created', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  const customerId = await createSetupCustomer(request, tenant);
  const tag = randomUUID().slice(0, 8);
  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}`);
  await page.getByRole('link', { name: 'Import users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Import users into/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'phoneNumber' })).toBeVisible();
  await expectNoA11yViolations(page, 'import upload');
  await shoot(page, 'import-upload-light');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download template' }).click();
  expect((await download).suggestedFilename()).toBe('webex-users-import-template.csv');

  await page.getByLabel('CSV file of users').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(importFile(tag)),
  });
  await expect(page.getByRole('heading', { name: 'Check users.csv' })).toBeVisible();
  const stat = (label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
  await expect(stat('Rows')).toHaveText('200');
  await expect(stat('Ready to create')).toHaveText('197');
  await expect(stat('Rows with problems')).toHaveText('3');
  const preview = page.getByRole('region', { name: /Rows of the file/ });
  await expect(preview.getByRole('rowheader')).toHaveText(['12', '57', '122']);
  await expect(preview.getByText(/must be an e-mail address/)).toBeVisible();
  await expect(
    preview.getByText('webex_calling is a calling package: give a phoneNumber, an extension, or both.'),
  ).toBeVisible();
  await expect(preview.getByText('3020 is already on row 22 of this file.')).toBeVisible();
  await expectNoA11yViolations(page, 'import preview');
  await shoot(page, 'import-preview-light');
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'import preview (dark)');
  await shoot(page, 'import-preview-dark');
  await chooseTheme(page, 'Light');

  await page.getByRole('button', { name: 'Create 197 users' }).click();
  await expect(page.getByText('Finished: all 197 users created.')).toBeVisible({ timeout: 180_000 });
  await shoot(page, 'import-run-light');
  let imported = 0;
  for (const offset of [0, 100]) {
    const listed = await request.get(
      `/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}&max=100&offset=${offset}`,
      { headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` } },
    );
    const items = ((await listed.json()) as { items: { email: string }[] }).items;
    imported += items.filter((s) => s.email.includes(tag)).length;
  }
  expect(imported).toBe(197);
});

test('a rate-limited import waits for Retry-After, survives a reload and resumes without sending anything twice', async ({
  page,
  request,
  tenant,
  signIn,
  allowConsoleErrors,
}) => {
  allowConsoleErrors(/status of 429 .*\/v1\/wholesale\/subscribers/);
  const customerId = await createSetupCustomer(request, tenant);
  const tag = randomUUID().slice(0, 8);
  const lines = ['email,package', ...Array.from({ length: 20 }, (_, i) => `r${i}-${tag}@example.com,webex_meetings`)];
  const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
    data: { method: 'POST', path: '/v1/wholesale/subscribers', status: 429, times: 1, retryAfterSeconds: 60 },
  });
  expect(fault.status()).toBe(201);
  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}/import`);
  await page.getByLabel('CSV file of users').setInputFiles({
    name: 'small.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await page.getByRole('button', { name: 'Create 20 users' }).click();
  // Seconds pass on the countdown, so the run's state has been saved meanwhile.
  await expect(page.getByText(/Webex asked us to slow down: continuing in [1-5]\d s\./)).toBeVisible({
    timeout: 30_000,
  });
  await page.reload();
  await expect(page.getByText(/Paused with \d+ user\(s\) not sent yet\./)).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText('Finished: all 20 users created.')).toBeVisible({ timeout: 60_000 });
  const listed = await request.get(`/v1/wholesale/subscribers?customerId=${encodeURIComponent(customerId)}&max=100`, {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
  });
  const emails = ((await listed.json()) as { items: { email: string }[] }).items.filter((s) => s.email.includes(tag));
  expect(emails).toHaveLength(20);
});
