import type { Browser, Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, randomUUID, test, type Tenant } from './fixtures';

/** A screenshot for review: the app scrolls inside its shell, so the window grows to show the whole page. */
async function shoot(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.screenshot({ path });
  await page.setViewportSize({ width: 1280, height: 720 });
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A separate browser session signed in through the persona picker (another admin, another tab). */
async function signInElsewhere(browser: Browser, tenant: Tenant, persona: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`/sign-in?tenant=${encodeURIComponent(tenant.partner.orgId)}`);
  await page.getByRole('button', { name: persona, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  return page;
}

function customerBody(provisioningId: string, externalId: string) {
  const address = {
    addressLine1: '771 Alder Drive',
    city: 'Milpitas',
    stateOrProvince: 'CA',
    zipOrPostalCode: '95035',
    country: 'US',
  };
  return {
    provisioningId,
    packages: ['webex_meetings'],
    externalId,
    address,
    customerInfo: { name: `Cross ${externalId}`, primaryEmail: `admin-${externalId}@example.com`, language: 'en' },
  };
}

test.describe('cross-launch into a sub-partner', () => {
  test.describe.configure({ timeout: 240_000 });

  test('opens a tab acting for the sub-partner that survives a reload; what it creates belongs to the sub-partner alone', async ({
    page,
    context,
    browser,
    tenant,
    signIn,
    request,
    allowConsoleErrors,
  }) => {
    // The not-found checks below are answered 404 on purpose; Chromium logs each refusal.
    allowConsoleErrors(/status of 404 .*\/(v1\/wholesale|hub\/v1)\/customers\//);
    const contoso = tenant.subPartners.find((s) => s.provisioningState === 'active')!;
    const fabrikam = tenant.subPartners.find((s) => s.provisioningState === 'suspended')!;
    await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, { data: { provisioningDelay: 'PT0S' } });

    await signIn('partner-full-admin');
    await nav(page).getByRole('link', { name: 'Indirect providers' }).click();
    const row = page.getByRole('row').filter({ hasText: contoso.name });
    const tabPromise = context.waitForEvent('page');
    await row.getByRole('link', { name: `Cross-launch: ${contoso.name} (opens in a new tab)` }).click();
    const tab = await tabPromise;
    await tab.waitForLoadState();

    // The org is in the URL; the banner says who acts for whom; withheld screens are gone.
    await expect(tab).toHaveURL(new RegExp(`/o/${encodeURIComponent(contoso.orgId)}/overview$`));
    const banner = tab.getByRole('region', { name: 'Cross-launch' });
    await expect(banner).toContainText(`Acting for ${contoso.name} (sub-partner) from ${tenant.partner.name}`);
    await expect(nav(tab).getByRole('link')).toHaveText(['Overview', 'Customers', 'Templates', 'Users', 'Billing']);
    // The partner's own tab is untouched.
    await expect(page.getByRole('region', { name: 'Cross-launch' })).toHaveCount(0);

    // Create a customer from the cross-launched tab, with its own session (the parent's token).
    const externalId = `x-${randomUUID()}`;
    const token = await tab.evaluate(
      () => (JSON.parse(localStorage.getItem('wph.session') ?? '{}') as { accessToken: string }).accessToken,
    );
    const created = await tab.request.post(
      `/v1/wholesale/customers?onBehalfOfSubPartnerOrgId=${encodeURIComponent(contoso.orgId)}`,
      {
        headers: { authorization: `Bearer ${token}` },
        data: customerBody(contoso.templates[0]!.provisioningId, externalId),
      },
    );
    expect(created.status(), await created.text()).toBe(202);
    const customerId = decodeURIComponent(((await created.json()) as { url: string }).url.split('/').pop()!);

    // A reload keeps the context and the banner.
    await nav(tab).getByRole('link', { name: 'Customers' }).click();
    await tab.reload();
    await expect(tab).toHaveURL(new RegExp(`/o/${encodeURIComponent(contoso.orgId)}/customers`));
    await expect(banner).toContainText(`Acting for ${contoso.name}`);
    await expect(tab.getByRole('link', { name: new RegExp(externalId) }).first()).toBeVisible();
    for (const theme of ['Light', 'Dark'] as const) {
      await chooseTheme(tab, theme);
      await expectNoA11yViolations(tab, `cross-launched customers, ${theme}`);
      await shoot(tab, `test-results/cross-launch-${theme.toLowerCase()}.png`);
    }

    // The withheld section's URL says why, and leads back to the partner's own.
    await tab.goto(`/o/${contoso.orgId}/indirect-providers`);
    await expect(
      tab.getByRole('heading', { level: 1, name: 'Not available when acting for a sub-partner' }),
    ).toBeVisible();
    await expect(banner).toBeVisible();
    for (const theme of ['Light', 'Dark'] as const) {
      await chooseTheme(tab, theme);
      await expectNoA11yViolations(tab, `withheld, ${theme}`);
      await shoot(tab, `test-results/withheld-${theme.toLowerCase()}.png`);
    }
    await tab.getByRole('link', { name: `Open it in ${tenant.partner.name}` }).click();
    await expect(tab).toHaveURL(new RegExp(`/o/${encodeURIComponent(tenant.partner.orgId)}/indirect-providers`));
    await expect(tab.getByRole('heading', { level: 1, name: 'Indirect providers' })).toBeVisible();
    await expect(banner).toHaveCount(0);

    // The sub-partner's own admin sees the customer as its own, by list and by URL.
    const own = await signInElsewhere(browser, tenant, `Sub-partner admin — ${contoso.name}`);
    await own.goto(`/o/${contoso.orgId}/customers`);
    await expect(own.getByRole('link', { name: new RegExp(externalId) }).first()).toBeVisible();
    await own.goto(`/o/${contoso.orgId}/customers/${encodeURIComponent(customerId)}`);
    // (Its breadcrumb is the customer's name, read acting as Contoso.)
    await expect(own.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(`Cross ${externalId}`);
    await expect(own.getByText('Customer not found')).toHaveCount(0);

    // Its sibling does not: not in its list, and not found by ID (nor by naming Contoso).
    const sibling = await signInElsewhere(browser, tenant, `Sub-partner admin — ${fabrikam.name}`);
    await sibling.goto(`/o/${fabrikam.orgId}/customers`);
    await expect(sibling.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
    await expect(sibling.getByText(externalId)).toHaveCount(0);
    await sibling.goto(`/o/${fabrikam.orgId}/customers/${encodeURIComponent(customerId)}`);
    await expect(sibling.getByText('Customer not found')).toBeVisible();
    await sibling.goto(`/o/${contoso.orgId}/customers/${encodeURIComponent(customerId)}`);
    await expect(sibling.getByRole('heading', { level: 1, name: 'Organisation not found' })).toBeVisible();
    // And the parent, not acting for Contoso, reaches it only through Contoso's URL.
    await page.goto(`/o/${tenant.partner.orgId}/customers/${encodeURIComponent(customerId)}`);
    await expect(page.getByText('Customer not found')).toBeVisible();
    await Promise.all([own.context().close(), sibling.context().close()]);
  });

  test('a suspended sub-partner: creation disabled with its reason, on its page and cross-launched', async ({
    page,
    context,
    tenant,
    signIn,
  }) => {
    const fabrikam = tenant.subPartners.find((s) => s.provisioningState === 'suspended')!;
    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/indirect-providers/${encodeURIComponent(fabrikam.orgId)}`);
    await expect(page.getByRole('heading', { level: 1, name: fabrikam.name })).toBeVisible();
    const reason = `${fabrikam.name} is suspended: it can view and delete, but not create or change anything.`;
    for (const label of ['Create customer', 'Create template']) {
      const button = page.getByRole('button', { name: label });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
    await expect(page.getByRole('note')).toContainText(reason);
    for (const theme of ['Light', 'Dark'] as const) {
      await chooseTheme(page, theme);
      await expectNoA11yViolations(page, `suspended sub-partner page, ${theme}`);
      await shoot(page, `test-results/indirect-provider-suspended-${theme.toLowerCase()}.png`);
    }

    const tabPromise = context.waitForEvent('page');
    await page.getByRole('link', { name: `Cross-launch: ${fabrikam.name} (opens in a new tab)` }).click();
    const tab = await tabPromise;
    await expect(tab.getByRole('region', { name: 'Suspended organisation' })).toContainText(
      `${fabrikam.name} is suspended`,
    );
    await nav(tab).getByRole('link', { name: 'Customers' }).click();
    await expect(tab.getByRole('button', { name: 'Create customer' })).toBeDisabled();
    await expect(tab.getByText(reason)).toBeVisible();
  });
});
