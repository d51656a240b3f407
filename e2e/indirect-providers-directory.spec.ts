import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, randomUUID, test, type Tenant } from './fixtures';

/** A screenshot for review: the app scrolls inside its shell, so the window grows to show the whole page. */
async function shoot(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 720 });
}

const SIZE = 150;
/** Every tenth sub-partner is suspended: 15 of 150. */
const isSuspended = (i: number) => i % 10 === 3;

// A tenant of its own with 150 sub-partners, named in scrambled order so that creation
// order and name order differ (the directory sorts by name).
const test150 = test.extend<{ tenant: Tenant }>({
  tenant: async ({ request }, use) => {
    const tag = randomUUID().slice(0, 8);
    const res = await request.post('/_sim/tenants', {
      data: {
        name: `E2E Hub ${tag}`,
        subPartners: Array.from({ length: SIZE }, (_, i) => ({
          name: `Reseller ${tag} ${String((i * 67) % SIZE).padStart(3, '0')}`,
          provisioningState: isSuspended(i) ? 'suspended' : 'active',
        })),
      },
      timeout: 120_000,
    });
    expect(res.status(), await res.text()).toBe(201);
    await use((await res.json()) as Tenant);
  },
});

const table = (page: Page) => page.getByRole('table', { name: 'Indirect providers' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
const names = (page: Page) => table(page).locator('tbody tr td:first-child').allInnerTexts();

test150.describe('indirect providers directory', () => {
  test150.describe.configure({ timeout: 180_000 });

  test150(
    'pages past 100, filters by state, searches by name and by org ID, exports CSV',
    async ({ page, tenant, signIn }) => {
      const sorted = tenant.subPartners.map((s) => s.name).sort();
      const suspended = tenant.subPartners.filter((s) => s.provisioningState === 'suspended');
      expect(suspended).toHaveLength(15);

      await signIn('partner-full-admin');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Indirect providers' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Indirect providers' })).toBeVisible();
      await expect(bodyRows(page)).toHaveCount(50);
      expect(await names(page)).toEqual(sorted.slice(0, 50));

      // 100 per page, then the page after: rows 101-150 that the hosted product cannot show.
      await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('100');
      await expect(bodyRows(page)).toHaveCount(100);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByText('Showing 101–150 indirect providers')).toBeVisible();
      await expect(bodyRows(page)).toHaveCount(50);
      expect(await names(page)).toEqual(sorted.slice(100));
      await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
      await expect(page).toHaveURL(/offset=100/);

      // A reload keeps the table state (it is in the URL).
      await page.reload();
      await expect(page.getByText('Showing 101–150 indirect providers')).toBeVisible({ timeout: 30_000 });

      await page.getByRole('combobox', { name: 'State' }).selectOption('suspended');
      await expect(bodyRows(page)).toHaveCount(15);
      expect(await names(page)).toEqual(suspended.map((s) => s.name).sort());
      await expect(page.getByText('Showing 1–15 indirect providers')).toBeVisible();

      // CSV export of everything the filter matches.
      const downloadPromise = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const download = await downloadPromise;
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]).toBe('Org ID,Name,Provisioning state,Created,Billing start date,Subscription ID,Customers');
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(suspended.map((s) => s.name).sort());
      expect(
        lines.slice(1).every((l) => l.includes(`,suspended,`) && l.endsWith(`,${tenant.partner.subscriptionId},0`)),
      ).toBe(true);

      // Search by part of a name (any case), then by a whole org ID.
      await page.getByRole('combobox', { name: 'State' }).selectOption('');
      const target = tenant.subPartners[42]!;
      const search = page.getByRole('searchbox', { name: 'Search by name or org ID' });
      await search.fill(target.name.slice(-12).toUpperCase());
      await expect(bodyRows(page)).toHaveCount(1);
      await expect(table(page).getByRole('link', { name: target.name, exact: true })).toBeVisible();
      await search.fill(tenant.subPartners[7]!.orgId);
      await expect(table(page).getByRole('link', { name: tenant.subPartners[7]!.name, exact: true })).toBeVisible();
      await expect(bodyRows(page)).toHaveCount(1);
      await search.fill('no such reseller');
      await expect(page.getByText('No indirect providers match')).toBeVisible();

      for (const theme of ['Light', 'Dark'] as const) {
        await chooseTheme(page, theme);
        await search.fill('');
        await page.getByRole('combobox', { name: 'Rows per page' }).selectOption('25');
        await expect(bodyRows(page)).toHaveCount(25);
        await expectNoA11yViolations(page, `directory, ${theme}`);
        await shoot(page, `test-results/indirect-providers-list-${theme.toLowerCase()}.png`);
        await table(page).getByRole('link', { name: sorted[0]!, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: sorted[0]! })).toBeVisible();
        await page.getByRole('button', { name: 'Search customers' }).click();
        await expect(page.getByText('has no customers yet')).toBeVisible();
        await expectNoA11yViolations(page, `sub-partner page, ${theme}`);
        await shoot(page, `test-results/indirect-provider-${theme.toLowerCase()}.png`);
        await page
          .getByRole('navigation', { name: 'Breadcrumb' })
          .getByRole('link', { name: 'Indirect providers' })
          .click();
      }
    },
  );
});
