import { expect, test } from './fixtures';
import {
  customersWithExternalId,
  fillCustomerStep,
  fillPackagesStep,
  fillUsAddress,
  next,
  openWizard,
  setSimSettings,
  shoot,
  stepHeading,
  uniqueCustomer,
} from './customer-create-helpers';

test.describe('customer creation wizard', () => {
  test('creates a customer through every step and follows it to provisioned', async ({
    page,
    request,
    tenant,
    signIn,
  }) => {
    // Axe and screenshots in two themes on five screens: generous on a shared machine.
    test.setTimeout(240_000);
    await setSimSettings(request, tenant, { provisioningDelay: 'PT0S' });
    await signIn('partner-full-admin');
    await openWizard(page);
    await expect(page).toHaveURL(/\/customers\/new\?step=customer/);
    await shoot(page, 'step-customer');

    const input = uniqueCustomer();
    // Step 1 validates only its own fields.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Enter the company name.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Company name' }).fill('Bad % Name');
    await expect(page.getByText('Remove the % character: Webex does not allow it.')).toBeVisible();
    await fillCustomerStep(page, input);
    // Keyboard: Enter in a field means Next, and focus moves to the new step's heading.
    await page.getByRole('textbox', { name: 'External ID' }).press('Enter');
    await expect(stepHeading(page, 'Packages')).toBeFocused();

    await page.getByRole('checkbox', { name: 'Attendant Console (add-on)' }).check();
    await expect(
      page.getByText(/Attendant Console needs one of: Webex Calling, Webex Suite, Customer Assist/),
    ).toBeVisible();
    await fillPackagesStep(page, ['Webex Calling', 'Webex Meetings']);
    await page.getByRole('textbox', { name: 'Webex Calling' }).fill('25');
    await shoot(page, 'step-packages');
    await next(page, 'Headquarters location');

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Confirm that this customer is in a Cisco Webex supported location.')).toBeVisible();
    await fillUsAddress(page);
    // Address lines stop at the API's 50 characters.
    await expect(page.getByRole('textbox', { name: 'Address line 1' })).toHaveAttribute('maxlength', '50');
    await shoot(page, 'step-location');
    await next(page, 'Review');

    // The review shows the exact request, including the calling location derived from the address.
    const json = page.getByRole('region', { name: 'Request body (JSON)' }).or(page.getByLabel('Request body (JSON)'));
    await expect(json).toContainText(`"externalId": "${input.externalId}"`);
    await expect(json).toContainText('"timezone": "America/New_York"');
    await expect(json).toContainText('"webex_calling": 25');
    await page.getByRole('button', { name: 'Run check' }).click();
    await expect(page.getByText(/Check passed\./)).toBeVisible();
    await shoot(page, 'review');

    await page.getByRole('button', { name: 'Create customer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `New customer ${input.externalId}` })).toBeVisible();
    await expect(page.getByText('The customer is provisioned')).toBeVisible();
    await expect(page).toHaveURL(/customerId=/);
    await shoot(page, 'tracker-provisioned');
    expect(await customersWithExternalId(request, tenant, input.externalId)).toHaveLength(1);
  });
});
