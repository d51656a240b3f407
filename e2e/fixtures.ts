import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export { expect };

interface Tokens {
  fullAdmin: string;
  readOnlyAdmin: string;
}

export interface Tenant {
  partner: { orgId: string; name: string; subscriptionId: string };
  templates: { id: string; name: string; provisioningId: string }[];
  tokens: Tokens;
  subPartners: {
    orgId: string;
    name: string;
    provisioningState: 'active' | 'suspended';
    templates: { id: string; name: string; provisioningId: string }[];
    tokens: Tokens;
  }[];
}

export type Persona = 'partner-full-admin' | 'partner-read-only-admin' | 'sub-partner-admin';

interface Fixtures {
  /** A fresh simulated partner with an active and a suspended sub-partner (names are unique per test). */
  tenant: Tenant;
  /** Signs in through the persona picker (preselecting the test's tenant) and waits for the overview. */
  signIn: (persona: Persona) => Promise<void>;
  /**
   * The console guard: any console error or uncaught page error fails the test, except
   * those a test declares expected (e.g. the browser's "Failed to load resource: … 401"
   * line when it revokes its own token on purpose).
   */
  allowConsoleErrors: (pattern: RegExp) => void;
}

export const test = base.extend<Fixtures>({
  // The console guard (auto: every test has it); a test calls it to allow an expected error.
  allowConsoleErrors: [
    async ({ page }, use) => {
      const allowed: RegExp[] = [];
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use((pattern) => void allowed.push(pattern));
      expect(
        errors.filter((e) => !allowed.some((pattern) => pattern.test(e))),
        'console errors during the test',
      ).toEqual([]);
    },
    { auto: true },
  ],

  tenant: async ({ request }, use) => {
    const tag = randomUUID().slice(0, 8);
    const res = await request.post('/_sim/tenants', {
      data: {
        name: `E2E Partner ${tag}`,
        subPartners: [
          { name: `Contoso Reseller ${tag}`, provisioningState: 'active' },
          { name: `Fabrikam Voice ${tag}`, provisioningState: 'suspended' },
        ],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    await use((await res.json()) as Tenant);
  },

  signIn: async ({ page, tenant }, use) => {
    await use(async (persona) => {
      await page.goto(`/sign-in?tenant=${encodeURIComponent(tenant.partner.orgId)}`);
      const active = tenant.subPartners.find((s) => s.provisioningState === 'active');
      const name = {
        'partner-full-admin': 'Partner full admin',
        'partner-read-only-admin': 'Partner read-only admin',
        'sub-partner-admin': `Sub-partner admin — ${active?.name ?? ''}`,
      }[persona];
      await page.getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    });
  },
});

/** Serious and critical WCAG 2.1 A/AA violations fail the test, listed with their targets. */
export async function expectNoA11yViolations(page: Page, context = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `accessibility violations ${context}`).toEqual([]);
}

/** Switches the theme through the top-bar (or sign-in) theme menu. */
export async function chooseTheme(page: Page, theme: 'Light' | 'Dark' | 'Same as system'): Promise<void> {
  await page.getByRole('button', { name: /^Theme:/ }).click();
  await page.getByRole('menuitemradio', { name: theme }).click();
  await expect(page.locator('html')).toHaveClass(theme === 'Dark' ? /dark/ : /^(?!.*dark).*$/);
  // Colours ease between themes; contrast checks and screenshots must see the settled ones.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

function customerBody(tenant: Tenant) {
  const tag = randomUUID();
  const address = {
    addressLine1: '771 Alder Drive',
    city: 'Milpitas',
    stateOrProvince: 'CA',
    zipOrPostalCode: '95035',
    country: 'US',
  };
  return {
    provisioningId: tenant.templates[0]?.provisioningId,
    packages: ['webex_calling', 'webex_meetings'],
    externalId: `e2e-${tag}`,
    address,
    customerInfo: { name: `E2E Customer ${tag}`, primaryEmail: `admin-${tag}@example.com`, language: 'en' },
    provisioningParameters: {
      calling: { location: { name: 'HQ', address, timezone: 'America/Los_Angeles', language: 'en_us' } },
    },
  };
}

/**
 * Provisions customers through the public API as the partner's full admin: `provisioned`
 * ones finish at once, `pending` ones stay in provisioning (an hour of simulated time).
 */
export async function provisionCustomers(
  request: APIRequestContext,
  tenant: Tenant,
  counts: { provisioned: number; pending?: number },
): Promise<string[]> {
  const headers = { authorization: `Bearer ${tenant.tokens.fullAdmin}` };
  const ids: string[] = [];
  for (const [delay, n] of [
    ['PT0S', counts.provisioned],
    ['PT1H', counts.pending ?? 0],
  ] as const) {
    const settings = await request.post(`/_sim/tenants/${tenant.partner.orgId}/settings`, {
      data: { provisioningDelay: delay },
    });
    expect(settings.status()).toBe(200);
    for (let i = 0; i < n; i++) {
      const res = await request.post('/v1/wholesale/customers', { headers, data: customerBody(tenant) });
      expect(res.status(), await res.text()).toBe(202);
      const { url } = (await res.json()) as { url: string };
      const id = decodeURIComponent(url.split('/').pop() ?? '');
      // Reading the customer completes zero-delay provisioning; a delayed one stays in progress.
      const got = await request.get(`/v1/wholesale/customers/${encodeURIComponent(id)}`, { headers });
      expect(((await got.json()) as { status: string }).status).toBe(delay === 'PT0S' ? 'provisioned' : 'provisioning');
      ids.push(id);
    }
  }
  return ids;
}

export { randomUUID };
