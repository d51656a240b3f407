import type { APIRequestContext, Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, randomUUID, type Tenant } from './fixtures';

export const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

export async function next(page: Page, expectedHeading: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page, expectedHeading)).toBeVisible();
}

export async function setSimSettings(request: APIRequestContext, tenant: Tenant, settings: Record<string, unknown>) {
  const res = await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, { data: settings });
  expect(res.status(), await res.text()).toBe(200);
}

/** From the customers list, through its "Create customer" button. */
export async function openWizard(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await page.getByRole('link', { name: 'Create customer' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a customer' })).toBeVisible();
  await expect(stepHeading(page, 'Customer information')).toBeVisible();
}

export interface CustomerInput {
  name: string;
  email: string;
  externalId: string;
}

export function uniqueCustomer(prefix = 'Alder'): CustomerInput {
  const tag = randomUUID().slice(0, 8);
  return { name: `${prefix} Dental ${tag}`, email: `owner-${tag}@example.com`, externalId: `acct-${tag}` };
}

export async function fillCustomerStep(page: Page, input: CustomerInput) {
  await page.getByRole('textbox', { name: 'Company name' }).fill(input.name);
  await page.getByRole('textbox', { name: 'Administrator e-mail' }).fill(input.email);
  await page.getByRole('textbox', { name: 'External ID' }).fill(input.externalId);
  await page.getByRole('combobox', { name: 'Onboarding template' }).selectOption({ index: 1 });
}

export async function fillPackagesStep(page: Page, packages: readonly string[]) {
  for (const pkg of packages) await page.getByRole('checkbox', { name: pkg, exact: true }).check();
}

export async function fillUsAddress(page: Page) {
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'United States' });
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('771 Alder Drive');
  await page.getByRole('textbox', { name: 'City' }).fill('Milpitas');
  await page.getByRole('combobox', { name: 'State or territory' }).selectOption({ label: 'California' });
  await page.getByRole('textbox', { name: 'ZIP code' }).fill('95035');
  await page
    .getByRole('checkbox', { name: /I verify that this customer is in a Cisco Webex supported location/ })
    .check();
}

/** The whole wizard for a new customer with calling and meetings, ending on the review. */
export async function fillToReview(page: Page, input: CustomerInput, packages = ['Webex Calling', 'Webex Meetings']) {
  await fillCustomerStep(page, input);
  await next(page, 'Packages');
  await fillPackagesStep(page, packages);
  await next(page, 'Headquarters location');
  await fillUsAddress(page);
  await next(page, 'Review');
}

/** Axe in the current theme, then a screenshot in light and in dark (axe again in dark). */
export async function shoot(page: Page, name: string) {
  const viewport = page.viewportSize();
  await expectNoA11yViolations(page, `${name} (light)`);
  // The shell scrolls inside its main area: a tall viewport shows the whole step.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.screenshot({ path: `test-results/screenshots/customer-create-${name}-light.png` });
  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, `${name} (dark)`);
  await page.screenshot({ path: `test-results/screenshots/customer-create-${name}-dark.png` });
  await chooseTheme(page, 'Light');
  if (viewport) await page.setViewportSize(viewport);
}

/** The tenant's customers with this external ID, through the public API. */
export async function customersWithExternalId(request: APIRequestContext, tenant: Tenant, externalId: string) {
  const res = await request.get(`/v1/wholesale/customers?externalId=${encodeURIComponent(externalId)}`, {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { id: string; status: string }[] }).items;
}
