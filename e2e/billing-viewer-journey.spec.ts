/**
 * The report viewer, comparison and drift check on a scripted month. Expected quantities
 * are worked out by hand from the script (see the comments), not read from the app.
 */
import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, test } from './fixtures';
import { BillingScript, utcDay } from './billing-viewer-helpers';

async function shoot(page: Page, name: string): Promise<void> {
  for (const theme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, theme);
    await expectNoA11yViolations(page, `${name}, ${theme}`);
    await page.screenshot({
      path: `test-results/screenshots/billing-viewer-${name}-${theme.toLowerCase()}.png`,
      fullPage: true,
    });
  }
  await chooseTheme(page, 'Light');
}

test('a scripted month: quantities in the viewer, grouping with totals, charts, comparison and drift', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  test.setTimeout(240_000);
  const script = new BillingScript(request, tenant);
  await script.settings({ provisioningDelay: 'PT0S', reportDelay: 'PT0S' });

  // Month M is the month after next (real time), so every scripted instant is ahead of the
  // tenant's clock; the previous month P is then a whole month after the customer exists.
  const real = new Date();
  const y = real.getUTCFullYear();
  const m = real.getUTCMonth() + 2;
  const at = (d: number, time = '00:00:00') => `${utcDay(y, m, d)}T${time}.000Z`;
  const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const previousDays = new Date(Date.UTC(y, m, 0)).getUTCDate();

  const customer = await script.customer(['webex_calling', 'webex_suite', 'webex_meetings']);
  const admin = await script.subscriberByEmail(customer.adminEmail);
  const adminSku = (admin.packages[0] as string).toUpperCase();

  await script.setClock(at(1));
  const u1 = await script.provision(customer.id, ['webex_calling'], { extension: '4001' });
  await script.setClock(at(5, '06:00:00'));
  const u2 = await script.provision(customer.id, ['webex_meetings']);
  await script.setClock(at(5, '14:00:00'));
  await script.remove(u2);
  await script.setClock(at(10, '12:00:00'));
  await script.changePackages(u1, ['webex_suite']);
  await script.setClock(at(20));
  await script.remove(u1);

  // The 1st of the next month, 10:00: M is "last month". A user added now and removed an
  // hour after the snapshot is what the drift check must flag.
  await script.setClock(`${utcDay(y, m + 1, 1)}T10:00:00.000Z`);
  const u3 = await script.provision(customer.id, ['webex_meetings']);
  const month = { billingStartDate: utcDay(y, m, 1), billingEndDate: utcDay(y, m, days), type: 'USER' };
  const reportId = await script.report(month);
  const previousId = await script.report({
    billingStartDate: utcDay(y, m - 1, 1),
    billingEndDate: utcDay(y, m - 1, previousDays),
    type: 'USER',
  });
  const snapshotId = await script.report({ ...month, category: 'POINT_IN_TIME' });
  await script.setClock(`${utcDay(y, m + 1, 1)}T11:00:00.000Z`);
  await script.remove(u3);

  await signIn('partner-full-admin');
  const orgId = tenant.partner.orgId;

  await test.step('viewer: u1 shows 9.5 days of calling and 9.5 of suite; u2 a third of a day', async () => {
    await page.goto(`/o/${orgId}/billing/view/${reportId}`);
    await expect(
      page.getByRole('heading', { level: 1, name: `User report, ${month.billingStartDate} – ${month.billingEndDate}` }),
    ).toBeVisible();
    await expect(page.getByText('4 rows', { exact: true })).toBeVisible();
    const grid = page.getByRole('region', { name: /Report rows/ });
    // u1: calling from day 1 00:00 to day 10 12:00 = 9.5 days, then suite until day 20 00:00 = 9.5 days.
    await page.getByLabel('Search').fill(u1);
    await expect(page.getByText('2 of 4 rows match')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`q=${u1}`));
    await expect(grid.getByRole('row').filter({ hasText: 'WEBEX_CALLING' })).toContainText('9.5');
    await expect(grid.getByRole('row').filter({ hasText: 'WEBEX_SUITE' })).toContainText('9.5');
    // u2: meetings from 06:00 to 14:00 on day 5 = 8/24 of a day, printed with 4 decimals.
    await page.getByLabel('Search').fill(u2);
    await expect(grid.getByRole('row').filter({ hasText: u2 })).toContainText('0.3333');
    await page.getByLabel('Search').fill('');
    await expect(page.getByText('4 rows', { exact: true })).toBeVisible();

    // Sort by quantity, descending: the admin's whole month first. The URL keeps it.
    // Keyboard: the sort buttons take Enter; the grid itself takes focus to scroll.
    await grid.getByRole('button', { name: 'Quantity' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=QUANTITY/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=-QUANTITY/);
    await expect(grid.getByRole('row').nth(1)).toContainText(String(days));
    await expect(grid.getByRole('columnheader', { name: 'Quantity' })).toHaveAttribute('aria-sort', 'descending');
    await shoot(page, 'rows');
  });

  await test.step('grouping by service: totals per service and in total', async () => {
    await page.getByLabel('Group by').selectOption('service');
    await expect(page).toHaveURL(/group=service/);
    const groups = page.getByRole('table', { name: 'Report totals by service' });
    // Each service: u1's or u2's share, plus the admin's whole month on the admin's package.
    const expected: Record<string, string> = {
      WEBEX_CALLING: String(9.5 + (adminSku === 'WEBEX_CALLING' ? days : 0)),
      WEBEX_SUITE: String(9.5 + (adminSku === 'WEBEX_SUITE' ? days : 0)),
      WEBEX_MEETINGS: adminSku === 'WEBEX_MEETINGS' ? `${days}.3333` : '0.3333',
    };
    for (const [sku, quantity] of Object.entries(expected)) {
      await expect(groups.getByRole('row').filter({ hasText: sku })).toContainText(quantity);
    }
    // 4 rows; users: admin, u1, u2; quantity 9.5 + 9.5 + 0.3333 + the admin's month.
    await expect(groups.getByRole('row').last()).toHaveText(
      new RegExp(`Total \\(3 groups\\)\\s*4\\s*3\\s*${days + 19}\\.3333`),
    );
    await shoot(page, 'grouped');
    await page.reload();
    await expect(page.getByLabel('Group by')).toHaveValue('service');
  });

  await test.step('charts: quantity by service, top customers, distribution per user', async () => {
    await page.getByRole('button', { name: 'Charts' }).click();
    await expect(page.getByRole('heading', { name: 'Quantity by service' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Top customers by quantity' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Distribution of quantities per user' })).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await shoot(page, 'charts');
  });

  await test.step('compare with the month before: growth by service and in total', async () => {
    await page.getByRole('link', { name: 'Compare with another period' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare reports' })).toBeVisible();
    // The previous month is picked by itself.
    await expect(page.getByLabel('Earlier period')).toHaveValue(previousId);
    // Previous month: the admin alone, every day. This month: the admin plus 19.3333.
    await expect(page.getByText(`${previousDays} → ${days + 19}.3333`)).toBeVisible();
    const services = page.getByRole('table', { name: 'Growth by service' });
    const untouched = ['WEBEX_CALLING', 'WEBEX_SUITE'].find((s) => s !== adminSku) as string;
    const label = untouched === 'WEBEX_CALLING' ? 'Webex Calling' : 'Webex Suite';
    // A service nobody held in the earlier month: 0 → 9.5, +9.5, shown as new.
    await expect(services.getByRole('row', { name: new RegExp(label) })).toHaveText(
      new RegExp(`${label}\\s*0\\s*9\\.5\\s*\\+9\\.5\\s*new`),
    );
    await shoot(page, 'compare');
  });

  await test.step('drift: the user removed after the snapshot is billed but no longer assigned', async () => {
    await page.goto(`/o/${orgId}/billing/drift?report=${snapshotId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Drift check' })).toBeVisible();
    const table = page.getByRole('table', { name: /Differences between the snapshot/ });
    await expect(table.getByRole('row').filter({ hasText: u3 })).toContainText('Billed, not assigned');
    await expect(table.getByRole('row').filter({ hasText: u3 })).toContainText('WEBEX_MEETINGS');
    // The admin is billed exactly as assigned; nothing else differs.
    await expect(page.getByRole('definition').filter({ hasText: /^1$/ })).toHaveCount(2);
    await expect(table.getByRole('row')).toHaveCount(2);
    await shoot(page, 'drift');
  });
});
