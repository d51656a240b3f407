import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, test } from './fixtures';
import { createCustomer } from './customers-list-helpers';

async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

test('a provisioning fault shows on the package that failed, with its code explained', async ({
  page,
  tenant,
  signIn,
  request,
}) => {
  const description = 'One or more Webex Calling services are unavailable due to maintenance';
  const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
    data: { kind: 'provisioning', packages: ['webex_calling'], errorCode: 2560, description },
  });
  expect(fault.status(), await fault.text()).toBe(201);
  const customer = await createCustomer(request, tenant, { packages: ['webex_calling', 'webex_meetings'] });

  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers`);
  const row = page.getByRole('row', { name: new RegExp(customer.externalId) });
  await expect(row).toContainText('Provisioned with errors');
  await expect(row).toContainText('1 package failed');
  await row.getByRole('link', { name: customer.externalId }).click();

  await expect(page.getByRole('heading', { level: 1, name: customer.name })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem').last()).toHaveText(customer.name);
  await expect(crumbs.getByRole('link', { name: 'Customers' })).toBeVisible();
  await expect(page.getByText('Some packages could not be provisioned')).toBeVisible();
  const packages = page.getByRole('region', { name: 'Packages' });
  const calling = packages.getByRole('listitem').filter({ hasText: 'Webex Calling' }).first();
  await expect(calling).toContainText('Error');
  const errors = packages.getByRole('list', { name: 'Errors of Webex Calling' });
  await expect(errors).toContainText('2560');
  await expect(errors).toContainText('Webex Calling under maintenance');
  await expect(errors).toContainText(description);
  await expect(errors).toContainText('Consult status.webex.com and retry later');
  await expect(packages.getByRole('listitem').filter({ hasText: 'Webex Meetings' }).first()).toContainText(
    'Provisioned',
  );

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText(customer.externalId);
  await expect(details).toContainText('771 Alder Drive');
  await expect(details).toContainText(tenant.templates[0]!.name);
  await expect(details.getByText('Created')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Users' }).getByRole('link', { name: /users/i })).toHaveAttribute(
    'href',
    new RegExp(`/o/${tenant.partner.orgId}/users\\?customerId=${encodeURIComponent(customer.id)}`),
  );
  await expect(page.getByRole('region', { name: 'Locations' })).toContainText('HQ');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 1500 });
  for (const theme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, theme);
    await expectNoA11yViolations(page, `customer detail, ${theme}`);
    await painted(page);
    await page.screenshot({ path: `test-results/screenshots/customer-detail-${theme.toLowerCase()}.png` });
  }
});
