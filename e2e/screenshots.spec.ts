import { chooseTheme, expect, provisionCustomers, test } from './fixtures';

// Reference screenshots of the first two screens, in both themes, for visual review
// (saved under test-results/screenshots/, which is not committed).

test('sign-in and overview, light and dark', async ({ page, tenant, signIn, request }) => {
  // No colour transitions mid-screenshot after a theme switch.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await provisionCustomers(request, tenant, { provisioned: 3, pending: 1 });
  await page.goto(`/sign-in?tenant=${tenant.partner.orgId}`);
  await expect(page.getByRole('button', { name: 'Partner full admin', exact: true })).toBeVisible();
  await chooseTheme(page, 'Light');
  await page.screenshot({ path: 'test-results/screenshots/sign-in-light.png' });
  await chooseTheme(page, 'Dark');
  await page.screenshot({ path: 'test-results/screenshots/sign-in-dark.png' });

  await signIn('partner-full-admin');
  const legend = page.getByRole('list', { name: 'Customers by status' });
  await expect(legend).toContainText('Provisioned');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.screenshot({ path: 'test-results/screenshots/overview-dark.png' });
  await chooseTheme(page, 'Light');
  await page.screenshot({ path: 'test-results/screenshots/overview-light.png' });
});
