import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  customersWithExternalId,
  fillToReview,
  next,
  openWizard,
  setSimSettings,
  stepHeading,
  uniqueCustomer,
} from './customer-create-helpers';

test.describe('customer creation resilience', () => {
  test('a reload keeps the draft, and a server refusal lands on its field and step', async ({
    page,
    request,
    tenant,
    signIn,
    allowConsoleErrors,
  }) => {
    test.setTimeout(120_000);
    allowConsoleErrors(/status of 409 \(Conflict\)/);
    const input = uniqueCustomer();
    // The administrator's e-mail belongs to another partner's user: only the server knows.
    const taken = await request.post('/_sim/webex-users', { data: { emails: [input.email], kind: 'other_partner' } });
    expect(taken.status()).toBe(204);
    await signIn('partner-full-admin');
    await openWizard(page);
    await fillToReview(page, input);

    await page.reload();
    await expect(stepHeading(page, 'Review')).toBeVisible();
    await expect(page.getByText(/Continuing your draft from/)).toBeVisible();
    await expect(page.getByLabel('Request body (JSON)')).toContainText(`"primaryEmail": "${input.email}"`);

    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(stepHeading(page, 'Customer information')).toBeVisible();
    await expect(page).toHaveURL(/step=customer/);
    const email = page.getByRole('textbox', { name: 'Administrator e-mail' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(
      page.getByText(/belongs to a user managed by another Webex partner.*\(Webex error 1203\)/),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'server error on step 1');
    await page.screenshot({ path: 'test-results/screenshots/customer-create-server-error-light.png' });
    expect(await customersWithExternalId(request, tenant, input.externalId)).toHaveLength(0);
  });

  test('a double click, and a retry after a lost answer, create one customer', async ({
    page,
    request,
    tenant,
    signIn,
    allowConsoleErrors,
  }) => {
    test.setTimeout(150_000);
    allowConsoleErrors(/Failed to load resource|ERR_FAILED/);
    await setSimSettings(request, tenant, { provisioningDelay: 'PT0S' });
    await signIn('partner-full-admin');
    await openWizard(page);
    const first = uniqueCustomer();
    await fillToReview(page, first, ['Webex Meetings']);
    await page.getByRole('button', { name: 'Create customer' }).dblclick();
    await expect(page.getByRole('heading', { level: 1, name: `New customer ${first.externalId}` })).toBeVisible();
    expect(await customersWithExternalId(request, tenant, first.externalId)).toHaveLength(1);

    // The server creates the customer but its answer never reaches the browser.
    await page.getByRole('link', { name: 'Create another customer' }).click();
    const second = uniqueCustomer();
    await fillToReview(page, second, ['Webex Meetings']);
    let posts = 0;
    await page.route('**/v1/wholesale/customers', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts += 1;
      await route.fetch();
      await route.abort('failed');
    });
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('The request was refused')).toBeVisible();
    await page.unroute('**/v1/wholesale/customers');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `New customer ${second.externalId}` })).toBeVisible();
    expect(posts).toBe(1);
    expect(await customersWithExternalId(request, tenant, second.externalId)).toHaveLength(1);
  });

  test('attaches wholesale services to an existing Webex organisation', async ({ page, request, tenant, signIn }) => {
    test.setTimeout(120_000);
    await setSimSettings(request, tenant, { provisioningDelay: 'PT0S' });
    const input = uniqueCustomer('Existing');
    const org = await request.post('/_sim/orgs', {
      data: { name: input.name, users: 12, verifiedDomain: false, claimedDomain: false },
    });
    expect(org.status()).toBe(201);
    const { orgId } = (await org.json()) as { orgId: string };
    await signIn('partner-full-admin');
    await openWizard(page);

    await page.getByRole('radio', { name: /Attach to an existing Webex organisation/ }).check();
    await expect(page.getByText(/The organisation’s administrator must approve/)).toBeVisible();
    await expect(page.getByText(/Restricted by partner will be off/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Company name' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'attach mode');
    await page.screenshot({ path: 'test-results/screenshots/customer-create-attach-light.png' });
    await page.getByRole('textbox', { name: 'Organisation ID' }).fill(orgId);
    await page.getByRole('textbox', { name: 'External ID' }).fill(input.externalId);
    await page.getByRole('combobox', { name: 'Onboarding template' }).selectOption({ index: 1 });
    await next(page, 'Packages');
    await page.getByRole('checkbox', { name: 'Webex Meetings', exact: true }).check();
    await next(page, 'Headquarters location');
    await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'United Kingdom' });
    await page.getByRole('textbox', { name: 'Address line 1' }).fill('1 Canal Street');
    await page.getByRole('textbox', { name: 'City' }).fill('Manchester');
    await page.getByRole('textbox', { name: 'Postal code' }).fill('M1 3HE');
    await page.getByRole('checkbox', { name: /I verify/ }).check();
    await next(page, 'Review');

    const json = page.getByLabel('Request body (JSON)');
    await expect(json).toContainText(`"orgId": "${orgId}"`);
    await expect(json).not.toContainText('customerInfo');
    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByText('The customer is provisioned')).toBeVisible();
    await expect(page.getByText(orgId).first()).toBeVisible();
  });
});
