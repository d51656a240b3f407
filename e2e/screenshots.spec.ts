import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, provisionCustomers, test } from './fixtures';

// Reference screenshots of the first two screens, in both themes, for visual review
// (saved under test-results/screenshots/, which is not committed).

/** Two animation frames: the theme switch has been painted before the screenshot is taken. */
async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

test('sign-in and overview, light and dark: axe clean, screenshots for review', async ({
  page,
  tenant,
  signIn,
  request,
}) => {
  test.slow();
  // No colour transitions mid-screenshot after a theme switch.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await provisionCustomers(request, tenant, { provisioned: 3, pending: 1 });
  await page.goto(`/sign-in?tenant=${tenant.partner.orgId}`);
  await expect(page.getByRole('button', { name: 'Partner full admin', exact: true })).toBeVisible();
  await chooseTheme(page, 'Light');
  await expectNoA11yViolations(page, 'sign-in, light');
  await painted(page);
  await page.screenshot({ path: 'test-results/screenshots/sign-in-light.png' });
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'sign-in, dark');
  await painted(page);
  await page.screenshot({ path: 'test-results/screenshots/sign-in-dark.png' });
  await page.getByRole('button', { name: 'Access token' }).click();
  await expect(page.getByLabel(/Access token/)).toBeVisible();
  await expectNoA11yViolations(page, 'token sign-in, dark');
  await page.getByRole('button', { name: 'Choose a persona' }).click();

  await signIn('partner-full-admin');
  const legend = page.getByRole('list', { name: 'Customers by status' });
  await expect(legend).toContainText('Provisioned');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await painted(page);
  await page.screenshot({ path: 'test-results/screenshots/overview-dark.png' });
  await chooseTheme(page, 'Light');
  await painted(page);
  await page.screenshot({ path: 'test-results/screenshots/overview-light.png' });
});
