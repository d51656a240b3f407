import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, provisionCustomers, test } from './fixtures';

const SECTIONS = ['Overview', 'Customers', 'Templates', 'Users', 'Billing', 'Indirect providers'] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Visits each section through the left navigation and checks heading, breadcrumb and current-page marker. */
async function visitEverySection(
  page: Page,
  sections: readonly string[],
  orgName: string,
  check?: (section: string) => Promise<void>,
) {
  for (const section of sections) {
    await nav(page).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: section })).toHaveAttribute('aria-current', 'page');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    // The org leads to its overview (on the overview itself it is plain text); the section is the current page.
    await expect(crumbs.getByText(orgName)).toBeVisible();
    await expect(crumbs.getByRole('link', { name: orgName })).toHaveCount(section === 'Overview' ? 0 : 1);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(section);
    await check?.(section);
  }
}

test.describe('signed-in shell', () => {
  test('partner full admin: overview figures, every section, axe clean in light and dark', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    // Twelve axe runs: give it the slow-test budget on a loaded machine.
    test.slow();
    await provisionCustomers(request, tenant, { provisioned: 2, pending: 1 });
    const users = await request.get('/v1/wholesale/subscribers?max=100', {
      headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    });
    const userCount = ((await users.json()) as { items: unknown[] }).items.length;

    await signIn('partner-full-admin');
    await expect(page.getByRole('banner')).toContainText(tenant.partner.name);
    const customers = page.getByRole('region', { name: 'Customers', exact: true });
    await expect(customers).toContainText('3');
    await expect(customers).toContainText('2 provisioned');
    await expect(page.getByRole('region', { name: 'Need attention' })).toContainText('1 in progress');
    await expect(page.getByRole('region', { name: 'Users', exact: true })).toContainText(String(userCount));
    await expect(page.getByRole('region', { name: 'Indirect providers', exact: true })).toContainText(
      '1 active, 1 suspended',
    );
    const byStatus = page.getByRole('list', { name: 'Customers by status' }).getByRole('listitem');
    await expect(byStatus).toHaveText(['Provisioned267%', 'Provisioning133%']);
    await expect(nav(page).getByRole('link')).toHaveText([...SECTIONS]);

    for (const theme of ['Light', 'Dark'] as const) {
      await chooseTheme(page, theme);
      await visitEverySection(page, SECTIONS, tenant.partner.name, (section) =>
        expectNoA11yViolations(page, `${section}, ${theme}`),
      );
    }
  });

  test('read-only admin: the same sections, but no control that would write', async ({ page, signIn, tenant }) => {
    await signIn('partner-read-only-admin');
    await expect(page.getByRole('button', { name: /^Account:/ })).toContainText('Read-only administrator');
    await expect(page.getByText('No customers yet')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to customers' })).toHaveCount(0);
    await expect(nav(page).getByRole('link')).toHaveText([...SECTIONS]);
    await visitEverySection(page, SECTIONS, tenant.partner.name, async () => {
      await expect(
        page.getByRole('main').getByRole('button', { name: /create|add|new|delete|edit|remove/i }),
      ).toHaveCount(0);
    });
  });

  test('sub-partner admin: own org only, no Indirect providers, refused by URL too', async ({
    page,
    signIn,
    tenant,
  }) => {
    const contoso = tenant.subPartners.find((s) => s.provisioningState === 'active')!;
    await signIn('sub-partner-admin');
    await expect(page).toHaveURL(new RegExp(`/o/${contoso.orgId}/overview$`));
    await expect(page.getByRole('banner')).toContainText(contoso.name);
    await expect(page.getByRole('banner')).toContainText('Sub-partner');
    const sections = SECTIONS.filter((s) => s !== 'Indirect providers');
    await expect(nav(page).getByRole('link')).toHaveText([...sections]);
    await visitEverySection(page, sections, contoso.name);
    await expectNoA11yViolations(page, 'sub-partner');

    await page.goto(`/o/${contoso.orgId}/indirect-providers`);
    await expect(page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
    await expectNoA11yViolations(page, 'access denied');
    await page.goto(`/o/${tenant.partner.orgId}/overview`);
    await expect(page.getByRole('heading', { level: 1, name: 'Organisation not found' })).toBeVisible();
  });

  test('partner cross-launched into a suspended sub-partner sees whom it acts for and can go back', async ({
    page,
    signIn,
    tenant,
  }) => {
    const fabrikam = tenant.subPartners.find((s) => s.provisioningState === 'suspended')!;
    await signIn('partner-full-admin');
    await page.goto(`/o/${fabrikam.orgId}/overview`);
    const banner = page.getByRole('region', { name: 'Cross-launch' });
    await expect(banner).toContainText(`Acting for ${fabrikam.name}`);
    await expect(page.getByRole('region', { name: 'Suspended organisation' })).toContainText(
      `${fabrikam.name} is suspended`,
    );
    await expect(nav(page).getByRole('link', { name: 'Indirect providers' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Go to customers' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'cross-launched');
    await banner.getByRole('link', { name: `Back to ${tenant.partner.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${tenant.partner.orgId}/overview$`));
    await expect(banner).toHaveCount(0);
  });

  test('keyboard: skip link, tabbing through the navigation, Enter to follow', async ({ page, signIn }) => {
    await signIn('partner-full-admin');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).click();
    await page.keyboard.press('Shift+Tab');
    await page.goto(page.url());
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Overview' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Templates' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  });

  test('collapsed navigation keeps names and remembers its state; theme survives a reload', async ({
    page,
    signIn,
  }) => {
    await signIn('partner-full-admin');
    await page.getByRole('button', { name: 'Collapse navigation' }).click();
    await expect(nav(page).getByRole('link', { name: 'Billing' })).toBeVisible();
    await chooseTheme(page, 'Dark');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Expand navigation' })).toBeVisible();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await expectNoA11yViolations(page, 'collapsed, dark');
  });

  test('sign-out, an unknown address, and an expired session', async ({ page, signIn, tenant, allowConsoleErrors }) => {
    // The revoked token below is refused on purpose; Chromium logs that refusal.
    allowConsoleErrors(/Failed to load resource: the server responded with a status of 401 .*\/hub\/v1\/session/);
    await signIn('partner-full-admin');
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await expectNoA11yViolations(page, 'sign-in');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

    await page.evaluate(() =>
      localStorage.setItem(
        'wph.session',
        JSON.stringify({
          backend: 'simulator',
          apiBaseUrl: '/v1',
          accessToken: 'revoked',
          grantedScopes: null,
          deniedScopes: [],
          orgId: null,
        }),
      ),
    );
    await page.goto(`/o/${tenant.partner.orgId}/billing`);
    await expect(page.getByText('Your session has expired. Sign in again to continue.')).toBeVisible();
    await page.getByRole('button', { name: 'Partner full admin', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing reports' })).toBeVisible();
  });
});
