import { chooseTheme, expect, expectNoA11yViolations, randomUUID, test } from './fixtures';
import {
  createCustomerWith,
  createTemplateViaApi,
  hubTemplates,
  openTemplates,
  shoot,
  stepHeading,
  stepNav,
} from './templates-helpers';

test.describe('managing templates', () => {
  test('list columns, detail with its Provisioning ID, clone, delete with confirmation, and a used template refused with its reason', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    test.slow();
    const seeded = tenant.templates[0];
    if (!seeded) throw new Error('the tenant has no template');
    const name = `Voice Pro ${randomUUID().slice(0, 8)}`;
    const made = await createTemplateViaApi(request, tenant, {
      name,
      authentication: { mode: 'partner_sso_oidc', idpName: 'Acme IdP' },
      offeredPackages: ['webex_calling', 'webex_meetings'],
      pstnProvider: 'Acme PSTN',
    });
    await createCustomerWith(request, tenant, seeded.provisioningId);

    await signIn('partner-full-admin');
    await openTemplates(page);
    const table = page.getByRole('table', { name: 'Onboarding templates' });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Name',
      'Subscription',
      'Authentication',
      'PSTN provider',
      'Customers',
      'Created',
    ]);
    const created = await page.evaluate(
      (iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso)),
      made.created,
    );
    await expect(table.getByRole('row', { name: new RegExp(name) }).getByRole('cell')).toHaveText([
      name,
      tenant.partner.subscriptionId,
      'Partner SSO (OpenID Connect)',
      'Acme PSTN',
      'Unused',
      created,
    ]);
    const seededRow = table.getByRole('row', { name: new RegExp(seeded.name) });
    await expect(seededRow.getByRole('cell').nth(2)).toHaveText('Webex authentication');
    await expect(seededRow.getByRole('cell').nth(3)).toHaveText('None');
    await expect(seededRow.getByRole('cell').nth(4)).toHaveText('1');
    for (const theme of ['Dark', 'Light'] as const) {
      await chooseTheme(page, theme);
      await expectNoA11yViolations(page, `template list, ${theme}`);
      await shoot(page, `list-${theme.toLowerCase()}`);
    }

    // The name filter lives in the URL; a filter that hides everything says so.
    await page.getByRole('searchbox', { name: 'Filter by name' }).fill('no such template');
    await expect(page).toHaveURL(/q=no(\+|%20)such(\+|%20)template/);
    await expect(page.getByText('No template matches this name')).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filter' }).click();

    // A template customers were created with cannot be deleted: the dialog says why.
    await table.getByRole('link', { name: seeded.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: seeded.name })).toBeVisible();
    await expect(page.getByText(/used by 1 customer ·/)).toBeVisible();
    await page.getByRole('button', { name: 'Delete' }).click();
    const inUse = page.getByRole('dialog', { name: `${seeded.name} is in use` });
    await expect(inUse).toContainText(`1 customer was created with ${seeded.name}, so it cannot be deleted.`);
    await expect(inUse.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await expectNoA11yViolations(page, 'delete refused');
    await page.keyboard.press('Escape');
    await expect(inUse).toBeHidden();
    await expect(page.getByRole('button', { name: 'Delete' })).toBeFocused();

    // The detail of the new template.
    await page.getByRole('link', { name: 'Templates', exact: true }).first().click();
    await table.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByTestId('provisioning-id')).toHaveText(made.provisioningId);
    await expect(page.getByRole('button', { name: 'Copy Provisioning ID' })).toBeVisible();
    const settings = page.getByRole('region', { name: 'Settings' });
    await expect(settings).toContainText('Webex Calling, Webex Meetings');
    await expect(settings).toContainText('Partner SSO (OpenID Connect)');
    await expect(settings).toContainText('Acme IdP');
    await expect(settings).toContainText('Acme PSTN');
    for (const theme of ['Dark', 'Light'] as const) {
      await chooseTheme(page, theme);
      await expectNoA11yViolations(page, `template detail, ${theme}`);
      await shoot(page, `detail-${theme.toLowerCase()}`);
    }

    // Clone: only the name is asked; the copy has every setting and its own Provisioning ID.
    await page.getByRole('button', { name: 'Clone' }).click();
    const cloneDialog = page.getByRole('dialog', { name: `Clone ${name}` });
    await expect(cloneDialog.getByRole('textbox', { name: 'Name of the copy' })).toHaveValue(`Copy of ${name}`);
    await expectNoA11yViolations(page, 'clone dialog');
    await cloneDialog.getByRole('button', { name: 'Clone template' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Copy of ${name}` })).toBeVisible();
    const copy = (await hubTemplates(request, tenant.tokens.fullAdmin)).find((t) => t.name === `Copy of ${name}`);
    expect(copy).toMatchObject({
      authentication: { mode: 'partner_sso_oidc', idpName: 'Acme IdP' },
      pstnProvider: 'Acme PSTN',
      offeredPackages: ['webex_calling', 'webex_meetings'],
    });
    expect(copy?.provisioningId).not.toBe(made.provisioningId);
    await expect(page.getByTestId('provisioning-id')).toHaveText(copy?.provisioningId ?? 'missing');

    // An unused template is deleted after confirmation.
    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete Copy of ${name}?` });
    await expect(confirm).toContainText('Its Provisioning ID stops working');
    await expectNoA11yViolations(page, 'delete confirmation');
    await confirm.getByRole('button', { name: 'Delete template' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
    await expect(page.getByText(`Template Copy of ${name} deleted`)).toBeVisible();
    await expect(table.getByRole('link', { name: `Copy of ${name}` })).toHaveCount(0);
    expect((await hubTemplates(request, tenant.tokens.fullAdmin)).map((t) => t.name).sort()).toEqual(
      [name, seeded.name].sort(),
    );
  });

  test('editing a used template opens on the review; a new authentication mode is said to apply only to new customers', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    const seeded = tenant.templates[0];
    if (!seeded) throw new Error('the tenant has no template');
    await createCustomerWith(request, tenant, seeded.provisioningId);
    await signIn('partner-full-admin');
    await openTemplates(page);
    await page.getByRole('link', { name: seeded.name, exact: true }).click();
    await page.getByRole('link', { name: 'Edit' }).click();

    await expect(page.getByRole('heading', { level: 1, name: `Edit ${seeded.name}` })).toBeVisible();
    await expect(stepHeading(page, 'Review')).toBeVisible();
    // Every step is complete and may be opened.
    await expect(stepNav(page).getByRole('link', { name: /, complete$/ })).toHaveCount(6);
    await expectNoA11yViolations(page, 'edit review');
    await shoot(page, 'edit-review-light');

    await page
      .getByRole('region', { name: 'Authentication mode' })
      .getByRole('link', { name: 'Edit authentication mode' })
      .click();
    await expect(stepHeading(page, 'Authentication mode')).toBeVisible();
    await page.getByRole('radio', { name: 'Partner SSO (SAML)' }).check();
    await expect(
      page.getByText(/You changed the mode from Webex authentication to Partner SSO \(SAML\)/),
    ).toContainText(
      'This applies only to customers created from now on: the customer already created with this template keeps the old mode.',
    );
    await page.getByRole('textbox', { name: 'IdP entity ID' }).fill('https://idp.example.com/saml');
    await expectNoA11yViolations(page, 'edit authentication');
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(stepHeading(page, 'Review')).toBeVisible();

    // The seeded template offers every package (calling too) and has no PSTN provider:
    // saving checks every step and opens the one that is now incomplete.
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(stepHeading(page, 'Wholesale calling')).toBeVisible();
    const pstn = page.getByRole('textbox', { name: 'Cloud-connected PSTN provider' });
    await expect(pstn).toBeFocused();
    await expect(pstn).toHaveAccessibleDescription(/Enter the PSTN provider/);
    await pstn.fill('Acme PSTN');
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByRole('heading', { level: 1, name: seeded.name })).toBeVisible();
    await expect(page.getByText(`Template ${seeded.name} saved`)).toBeVisible();
    const saved = (await hubTemplates(request, tenant.tokens.fullAdmin)).find((t) => t.name === seeded.name);
    expect(saved).toMatchObject({
      provisioningId: seeded.provisioningId,
      authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com/saml' },
      pstnProvider: 'Acme PSTN',
    });
  });

  test('a read-only admin sees the templates but no write control, and the wizard URL is refused', async ({
    page,
    tenant,
    signIn,
  }) => {
    const seeded = tenant.templates[0];
    if (!seeded) throw new Error('the tenant has no template');
    await signIn('partner-read-only-admin');
    await openTemplates(page);
    await expect(page.getByRole('link', { name: seeded.name, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create template' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create template' })).toHaveCount(0);

    await page.getByRole('link', { name: seeded.name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: seeded.name })).toBeVisible();
    await expect(page.getByTestId('provisioning-id')).toHaveText(seeded.provisioningId);
    const main = page.getByRole('main');
    for (const control of ['Edit', 'Clone', 'Delete']) {
      await expect(main.getByRole('button', { name: control, exact: true })).toHaveCount(0);
      await expect(main.getByRole('link', { name: control, exact: true })).toHaveCount(0);
    }
    await expectNoA11yViolations(page, 'read-only detail');

    await page.goto(`/o/${tenant.partner.orgId}/templates/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Offer type' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'wizard refused');
  });
});
