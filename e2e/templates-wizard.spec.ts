import { chooseTheme, expect, expectNoA11yViolations, randomUUID, test } from './fixtures';
import { fillWizard, hubTemplates, inspect, next, openTemplates, stepHeading, stepNav } from './templates-helpers';

test.describe('template creation wizard', () => {
  test('creates a SAML template offering calling through every step and shows its Provisioning ID with copy', async ({
    page,
    context,
    tenant,
    signIn,
    request,
  }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const name = `Calling SAML ${randomUUID().slice(0, 8)}`;
    await signIn('partner-full-admin');
    // This journey sees every step in dark; the sub-partner's sees them in light.
    await chooseTheme(page, 'Dark');
    await openTemplates(page);
    await expect(page.getByRole('link', { name: tenant.templates[0]?.name ?? '' })).toBeVisible();
    await page.getByRole('link', { name: 'Create template' }).click();
    await expect(page).toHaveURL(/\/templates\/new\?step=offer$/);
    await expect(stepNav(page).locator('[aria-current="step"]')).toContainText('Offer type');

    // Each step checks only its own fields, and says what is missing.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Choose at least one package')).toBeVisible();
    // Focus went to the first package of the group the error is about.
    await expect(page.getByRole('checkbox', { name: 'Common Area Calling' })).toBeFocused();
    await inspect(page, 'wizard-offer-error', 'dark');
    await page.getByRole('checkbox', { name: 'Webex Calling', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Webex Meetings' }).check();
    await next(page, 'Basic settings');
    await expect(stepHeading(page, 'Basic settings')).toBeFocused();
    await page.getByRole('textbox', { name: 'Template name' }).fill(name);
    await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'United States' });
    // The country's usual language and time zone are filled in.
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en_US');
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('America/New_York');
    await inspect(page, 'wizard-basics', 'dark');
    await next(page, 'Wholesale subscription');
    await expect(page.getByRole('combobox', { name: 'Wholesale subscription' })).toHaveValue(
      tenant.partner.subscriptionId,
    );
    await inspect(page, 'wizard-subscription', 'dark');
    await next(page, 'Authentication mode');
    await page.getByRole('radio', { name: 'Partner SSO (SAML)' }).check();
    await expect(page.getByText('applies only to customers created afterwards')).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    const idp = page.getByRole('textbox', { name: 'IdP entity ID' });
    await expect(idp).toBeFocused();
    await expect(idp).toHaveAccessibleDescription(/Enter the IdP entity ID/);
    await inspect(page, 'wizard-authentication-error', 'dark');
    await idp.fill('https://idp.example.com/saml/metadata');
    await next(page, 'Wholesale calling');
    const pstn = page.getByRole('textbox', { name: 'Cloud-connected PSTN provider' });
    await expect(pstn).toHaveAccessibleDescription(/Required: this template offers calling \(Webex Calling\)/);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(pstn).toHaveAccessibleDescription(/Enter the PSTN provider/);
    await inspect(page, 'wizard-calling-error', 'dark');
    await pstn.fill('Acme PSTN');
    await next(page, 'Common and call settings');
    await expect(
      page.getByRole('checkbox', { name: 'Allow admin-invite emails when attaching to existing orgs' }),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Add call setting' }).click();
    await page.getByRole('textbox', { name: 'Setting' }).fill('callerIdName');
    await page.getByRole('textbox', { name: 'Value' }).fill('Acme');
    await inspect(page, 'wizard-settings', 'dark');
    await next(page, 'Review');

    const review = page.getByRole('main');
    await expect(review.getByRole('region', { name: 'Authentication mode' })).toContainText('Partner SSO (SAML)');
    await expect(review.getByRole('region', { name: 'Authentication mode' })).toContainText(
      'https://idp.example.com/saml/metadata',
    );
    await expect(review.getByRole('region', { name: 'Wholesale calling' })).toContainText('Acme PSTN');
    await expect(review.getByRole('region', { name: 'Offer type' })).toContainText('Webex Calling, Webex Meetings');
    await inspect(page, 'wizard-review', 'dark');
    await chooseTheme(page, 'Light');
    await inspect(page, 'wizard-review', 'light');

    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Template created' })).toBeVisible();

    const created = (await hubTemplates(request, tenant.tokens.fullAdmin)).find((t) => t.name === name);
    expect(created).toMatchObject({
      authentication: { mode: 'partner_sso_saml', idpEntityId: 'https://idp.example.com/saml/metadata' },
      pstnProvider: 'Acme PSTN',
      offeredPackages: ['webex_calling', 'webex_meetings'],
    });
    const shown = page.getByTestId('provisioning-id');
    await expect(shown).toHaveText(created?.provisioningId ?? 'missing');
    await page.getByRole('button', { name: 'Copy Provisioning ID' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(created?.provisioningId);
    // The draft is gone: a new wizard starts empty.
    await openTemplates(page);
    await expect(page.getByRole('link', { name })).toBeVisible();
    await page.getByRole('link', { name: 'Create template' }).click();
    await expect(page.getByText('Continuing your draft')).toHaveCount(0);
  });

  test('a name already used (ignoring case) lands on the name field of the basic settings step', async ({
    page,
    tenant,
    signIn,
    allowConsoleErrors,
  }) => {
    // Chromium logs the refusal the test provokes; nothing else may be logged.
    allowConsoleErrors(/status of 409 \(Conflict\) \(http:\/\/[^)]+\/hub\/v1\/onboardingTemplates\)$/);
    const taken = tenant.templates[0]?.name ?? '';
    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/templates/new`);
    await fillWizard(page, {
      name: taken.toUpperCase(),
      packages: ['Webex Meetings'],
      country: 'Germany',
      auth: { mode: 'Webex authentication' },
    });
    await page.getByRole('button', { name: 'Create template' }).click();

    await expect(stepHeading(page, 'Basic settings')).toBeVisible();
    await expect(page).toHaveURL(/step=basics/);
    const nameField = page.getByRole('textbox', { name: 'Template name' });
    await expect(nameField).toBeFocused();
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription(
      /is already the name of another of your templates\. Another onboarding template of this organisation has this name \(names ignore case\)\. Choose another name\. \(Webex error 1301\)/,
    );
    await expect(stepNav(page).getByRole('link', { name: /Review/ })).toBeVisible();
    await expect(stepNav(page).locator('[aria-current="step"]')).toContainText('Basic settings');
    await expectNoA11yViolations(page, 'server error on the name');

    // Renaming and submitting again creates it.
    await nameField.fill(`${taken} (Germany)`);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${taken} (Germany)` })).toBeVisible();
  });

  test('reloading mid-wizard keeps the draft, the step and the completed steps', async ({ page, tenant, signIn }) => {
    await signIn('partner-full-admin');
    await page.goto(`/o/${tenant.partner.orgId}/templates/new`);
    await page.getByRole('checkbox', { name: 'Webex Meetings' }).check();
    await next(page, 'Basic settings');
    await page.getByRole('textbox', { name: 'Template name' }).fill('Meetings only, reloaded');
    await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'France' });
    await next(page, 'Wholesale subscription');

    // The unsaved-changes guard asks the browser to confirm; confirm the reload.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(stepHeading(page, 'Wholesale subscription')).toBeVisible();
    await expect(page).toHaveURL(/step=subscription/);
    await expect(page.getByText(/Continuing your draft from/)).toBeVisible();
    await expect(stepNav(page).getByRole('link', { name: /Basic settings, complete/ })).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('textbox', { name: 'Template name' })).toHaveValue('Meetings only, reloaded');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('fr_FR');

    // Leaving by the navigation asks first, and the draft is kept.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await expect(dialog).toBeVisible();
    await expectNoA11yViolations(page, 'leave guard');
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(stepHeading(page, 'Basic settings')).toBeVisible();

    // Discarding starts over.
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(stepHeading(page, 'Offer type')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Webex Meetings' })).not.toBeChecked();
  });
  test('a sub-partner admin’s wizard pre-fills the subscription its parent shares; meetings only needs no PSTN provider', async ({
    page,
    tenant,
    signIn,
    request,
  }) => {
    test.slow();
    const sub = tenant.subPartners.find((s) => s.provisioningState === 'active');
    if (!sub) throw new Error('the tenant has no active sub-partner');
    const name = `Reseller meetings ${randomUUID().slice(0, 8)}`;
    await signIn('sub-partner-admin');
    await openTemplates(page);
    await page.getByRole('link', { name: 'Create template' }).click();
    await expect(stepHeading(page, 'Offer type')).toBeVisible();
    // By keyboard: Space ticks a package, Enter in a field means Next.
    const meetings = page.getByRole('checkbox', { name: 'Webex Meetings', exact: true });
    await meetings.focus();
    await page.keyboard.press('Space');
    await expect(meetings).toBeChecked();
    await inspect(page, 'wizard-offer', 'light');
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, 'Basic settings')).toBeFocused();
    const templateName = page.getByRole('textbox', { name: 'Template name' });
    await templateName.fill(name);
    await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: 'United Kingdom' });
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en_GB');
    await inspect(page, 'wizard-basics', 'light');
    await templateName.press('Enter');
    await expect(stepHeading(page, 'Wholesale subscription')).toBeVisible();

    const subscription = page.getByRole('combobox', { name: 'Wholesale subscription' });
    await expect(subscription).toHaveValue(tenant.partner.subscriptionId);
    await expect(subscription.getByRole('option', { selected: true })).toHaveText(
      `${tenant.partner.subscriptionId} (shared by your parent partner)`,
    );
    await expect(page.getByText(`${sub.name} is a sub-partner`)).toContainText(
      `it uses the wholesale subscription ${tenant.partner.name} shares with it, so that is pre-filled.`,
    );
    await inspect(page, 'wizard-subscription', 'light');
    await next(page, 'Authentication mode');
    await page.getByRole('radio', { name: 'Partner SSO (OpenID Connect)' }).check();
    await page.getByRole('textbox', { name: 'IdP name' }).fill('Reseller IdP');
    await expect(page.getByText(/applies only to customers created afterwards/)).toBeVisible();
    await inspect(page, 'wizard-authentication', 'light');
    await next(page, 'Wholesale calling');
    const pstn = page.getByRole('textbox', { name: 'Cloud-connected PSTN provider' });
    await expect(pstn).toHaveAccessibleDescription(/Optional: this template offers no calling package/);
    await expect(pstn).not.toHaveAttribute('required');
    await inspect(page, 'wizard-calling', 'light');
    await next(page, 'Common and call settings');
    await page.getByRole('checkbox', { name: 'Allow admin-invite emails when attaching to existing orgs' }).uncheck();
    await inspect(page, 'wizard-settings', 'light');
    await next(page, 'Review');
    await expect(page.getByRole('region', { name: 'Wholesale subscription' })).toContainText(
      tenant.partner.subscriptionId,
    );
    await page.getByRole('button', { name: 'Create template' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // Stored in the sub-partner's own space, under the parent's subscription, without a PSTN provider.
    const stored = (await hubTemplates(request, sub.tokens.fullAdmin)).find((t) => t.name === name);
    expect(stored).toMatchObject({
      subscriptionId: tenant.partner.subscriptionId,
      authentication: { mode: 'partner_sso_oidc', idpName: 'Reseller IdP' },
      pstnProvider: null,
      offeredPackages: ['webex_meetings'],
      commonSettings: { allowAdminInviteEmailsOnAttach: false },
    });
    expect((await hubTemplates(request, tenant.tokens.fullAdmin)).map((t) => t.name)).not.toContain(name);
  });
});
