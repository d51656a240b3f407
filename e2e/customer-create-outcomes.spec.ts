import { expect, expectNoA11yViolations, randomUUID, test } from './fixtures';
import { fillToReview, openWizard, setSimSettings, uniqueCustomer } from './customer-create-helpers';

test.describe('customer creation outcomes', () => {
  test('a denied party is held in pending_rpl_review, explained with its 72-hour limit', async ({
    page,
    request,
    tenant,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await setSimSettings(request, tenant, { provisioningDelay: 'PT0S' });
    const input = uniqueCustomer(`Denied ${randomUUID().slice(0, 4)}`);
    const denied = await request.post('/_sim/denied-parties', { data: { names: [input.name] } });
    expect(denied.status()).toBe(204);
    await signIn('partner-full-admin');
    await openWizard(page);
    await fillToReview(page, input, ['Webex Meetings']);
    await page.getByRole('button', { name: 'Create customer' }).click();

    await expect(page.getByText('Held for compliance review')).toBeVisible();
    await expect(page.getByRole('status').getByText('Pending compliance review')).toBeVisible();
    await expect(page.getByText(/within 72 hours/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
    await expectNoA11yViolations(page, 'tracker pending_rpl_review');
  });

  test('a calling-maintenance fault gives provisioned_with_errors with code 2560 explained per package', async ({
    page,
    request,
    tenant,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await setSimSettings(request, tenant, { provisioningDelay: 'PT0S' });
    const fault = await request.post(`/_sim/tenants/${tenant.partner.orgId}/faults`, {
      data: {
        kind: 'provisioning',
        packages: ['webex_calling'],
        errorCode: 2560,
        description: 'Calling services unavailable due to maintenance',
      },
    });
    expect(fault.status(), await fault.text()).toBe(201);
    await signIn('partner-full-admin');
    await openWizard(page);
    await fillToReview(page, uniqueCustomer());
    await page.getByRole('button', { name: 'Create customer' }).click();

    await expect(page.getByText('Provisioned, but some packages need attention')).toBeVisible();
    const calling = page.getByRole('list', { name: /^Webex Calling (errors|warnings)$/ }).first();
    await expect(calling).toContainText('2560: Webex Calling under maintenance');
    await expect(calling).toContainText('Consult status.webex.com and retry later.');
    await expectNoA11yViolations(page, 'tracker provisioned_with_errors');
    await page.screenshot({ path: 'test-results/screenshots/customer-create-tracker-with-errors-light.png' });
  });
});
