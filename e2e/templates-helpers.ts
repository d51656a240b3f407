import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoA11yViolations, randomUUID, type Tenant } from './fixtures';

export const stepNav = (page: Page) => page.getByRole('navigation', { name: 'Template steps' });
export const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });

export async function next(page: Page, expectedHeading: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page, expectedHeading)).toBeVisible();
}

export async function openTemplates(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
}

export interface WizardInput {
  name: string;
  packages: readonly string[];
  country: string;
  auth: { mode: 'Webex authentication' } | { mode: 'Partner SSO (SAML)'; idpEntityId: string };
  pstnProvider?: string;
}

/** Offer → basics → subscription → authentication → calling → settings, ending on the review. */
export async function fillWizard(page: Page, input: WizardInput) {
  await expect(stepHeading(page, 'Offer type')).toBeVisible();
  for (const pkg of input.packages) await page.getByRole('checkbox', { name: pkg }).check();
  await next(page, 'Basic settings');
  await page.getByRole('textbox', { name: 'Template name' }).fill(input.name);
  await page.getByRole('combobox', { name: 'Country or region' }).selectOption({ label: input.country });
  await next(page, 'Wholesale subscription');
  await next(page, 'Authentication mode');
  await page.getByRole('radio', { name: input.auth.mode }).check();
  if (input.auth.mode === 'Partner SSO (SAML)')
    await page.getByRole('textbox', { name: 'IdP entity ID' }).fill(input.auth.idpEntityId);
  await next(page, 'Wholesale calling');
  if (input.pstnProvider)
    await page.getByRole('textbox', { name: 'Cloud-connected PSTN provider' }).fill(input.pstnProvider);
  await next(page, 'Common and call settings');
  await next(page, 'Review');
}

export interface HubTemplateBody {
  subscriptionId?: string;
  commonSettings?: { allowAdminInviteEmailsOnAttach?: boolean };
  id: string;
  name: string;
  provisioningId: string;
  authentication: { mode: string; idpEntityId?: string; idpName?: string };
  pstnProvider: string | null;
  offeredPackages?: string[];
  customerCount?: number;
}

export async function hubTemplates(request: APIRequestContext, token: string, onBehalfOf?: string) {
  const query = onBehalfOf ? `?onBehalfOfSubPartnerOrgId=${encodeURIComponent(onBehalfOf)}` : '';
  const res = await request.get(`/hub/v1/onboardingTemplates${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: HubTemplateBody[] }).items;
}

/** Creates a customer with the given provisioning ID through the public API, as the partner's full admin. */
export async function createCustomerWith(request: APIRequestContext, tenant: Tenant, provisioningId: string) {
  const tag = randomUUID();
  const address = {
    addressLine1: '771 Alder Drive',
    city: 'Milpitas',
    stateOrProvince: 'CA',
    zipOrPostalCode: '95035',
    country: 'US',
  };
  const res = await request.post('/v1/wholesale/customers', {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    data: {
      provisioningId,
      packages: ['webex_meetings'],
      externalId: `e2e-${tag}`,
      address,
      customerInfo: { name: `E2E Customer ${tag}`, primaryEmail: `admin-${tag}@example.com`, language: 'en' },
    },
  });
  expect(res.status(), await res.text()).toBe(202);
}

export interface TemplateInput {
  name: string;
  country?: string;
  language?: string;
  timezone?: string;
  authentication?: { mode: string; idpEntityId?: string; idpName?: string };
  offeredPackages?: string[];
  pstnProvider?: string | null;
}

/** Creates a template through the hub API (set-up where the wizard is not what a test is about). */
export async function createTemplateViaApi(
  request: APIRequestContext,
  tenant: Tenant,
  input: TemplateInput,
): Promise<HubTemplateBody & { created: string; subscriptionId: string }> {
  const res = await request.post('/hub/v1/onboardingTemplates', {
    headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    data: {
      offerType: 'webex_for_wholesale',
      country: 'US',
      language: 'en_US',
      timezone: 'America/New_York',
      subscriptionId: tenant.partner.subscriptionId,
      authentication: { mode: 'webex' },
      offeredPackages: ['webex_meetings'],
      pstnProvider: null,
      ...input,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as HubTemplateBody & { created: string; subscriptionId: string };
}

/** A full-page screenshot for review, named after the feature and the screen. */
export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/templates-${name}.png`, fullPage: true });
}

/** Axe on the screen as it is, then its screenshot (`wizard-basics-dark`). */
export async function inspect(page: Page, screen: string, theme: 'light' | 'dark') {
  await expectNoA11yViolations(page, `${screen}, ${theme}`);
  await shoot(page, `${screen}-${theme}`);
}
