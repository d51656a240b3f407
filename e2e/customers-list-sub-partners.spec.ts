import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, test } from './fixtures';
import { createCustomer } from './customers-list-helpers';

async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

test("a parent partner finds a sub-partner's customer only by explicit search, and opens it in that sub-partner's view", async ({
  page,
  context,
  tenant,
  signIn,
  request,
}) => {
  const sub = tenant.subPartners.find((s) => s.provisioningState === 'active')!;
  const theirs = await createCustomer(request, tenant, {
    token: sub.tokens.fullAdmin,
    provisioningId: sub.templates[0]?.provisioningId,
  });
  await signIn('partner-full-admin');
  await page.goto(`/o/${tenant.partner.orgId}/customers`);
  // Not loaded by default: the partner's own list is empty.
  await expect(page.getByText('No customers yet')).toBeVisible();

  const panel = page.getByRole('region', { name: 'Search sub-partners’ customers' });
  await panel.getByRole('button', { name: 'Search sub-partners' }).click();
  await expect(panel.getByText(/Enter an external ID or org ID/)).toBeVisible();

  await panel.getByLabel('External ID at a sub-partner').fill(theirs.externalId);
  await panel.getByRole('button', { name: 'Search sub-partners' }).click();
  await expect(panel.getByRole('status')).toHaveText('Searched all 2 sub-partners: 1 found.');
  const hit = panel.getByRole('row', { name: new RegExp(theirs.externalId) });
  await expect(hit).toContainText(sub.name);
  const link = hit.getByRole('link', { name: new RegExp(theirs.externalId) });
  await expect(link).toHaveAttribute('href', `/o/${sub.orgId}/customers/${encodeURIComponent(theirs.id)}`);
  await expect(link).toHaveAttribute('target', '_blank');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const theme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, theme);
    await expectNoA11yViolations(page, `sub-partner search, ${theme}`);
    await panel.scrollIntoViewIfNeeded();
    await painted(page);
    await panel.screenshot({
      path: `test-results/screenshots/customers-sub-partner-search-${theme.toLowerCase()}.png`,
    });
  }

  const opened = context.waitForEvent('page');
  await link.click();
  const tab = await opened;
  await expect(tab.getByRole('heading', { level: 1, name: theirs.name })).toBeVisible();
  await expect(tab.getByRole('banner')).toContainText(sub.name);

  // Nothing matches: it says so, across how many sub-partners.
  await panel.getByLabel('External ID at a sub-partner').fill('no-such-customer');
  await panel.getByRole('button', { name: 'Search sub-partners' }).click();
  await expect(panel.getByRole('status')).toHaveText('No customer of your 2 sub-partners matches.');
});
