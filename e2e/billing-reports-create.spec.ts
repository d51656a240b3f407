import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectNoA11yViolations, randomUUID, test, type Tenant } from './fixtures';
import {
  advanceClock,
  billingClock,
  createReport,
  previousMonth,
  REPORTS,
  reportStatus,
  shoot,
} from './billing-reports-helpers';

const longDay = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

// Journeys of several screens on a shared 2-core machine: generous, never tight.
test.describe.configure({ timeout: 150_000 });

test('a duplicate report is deleted and regenerated in one step, and downloads after its first link expired', async ({
  page,
  request,
  tenant,
  signIn,
  allowConsoleErrors,
}) => {
  // The first create is refused on purpose (409: the period already has a report).
  allowConsoleErrors(/status of 409 \(Conflict\).*billing\/reports/);
  const today = await billingClock(request, tenant);
  const month = previousMonth(today);
  const old = await createReport(request, tenant.tokens.fullAdmin, {
    billingStartDate: month.start,
    billingEndDate: month.end,
    type: 'PARTNER',
  });

  await signIn('partner-full-admin');
  await page.getByRole('link', { name: 'Billing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing reports' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Billing reports' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(`${longDay(month.start)} – ${longDay(month.end)}`);
  await expect(table).toContainText('Completed');
  await expectNoA11yViolations(page, 'reports list');
  await shoot(page, 'reports-list-light');

  await page.getByRole('link', { name: 'New report' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Report' })).toBeVisible();
  await expectNoA11yViolations(page, 'wizard: report step');
  // Keyboard only: Enter submits each step (Next), the defaults are a partner report for last month.
  await page.getByRole('radio', { name: /Reconciliation/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Period' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Last month/ })).toBeChecked();
  await expect(page.getByText(`${longDay(month.start)} – ${longDay(month.end)}`)).toBeVisible();
  await expectNoA11yViolations(page, 'wizard: period step');
  await shoot(page, 'wizard-period-light');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisations' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Your own organisation');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toBeVisible();
  await page.getByRole('button', { name: 'Create report' }).click();

  const dialog = page.getByRole('dialog', { name: 'This report already exists' });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page, 'conflict dialog');
  await shoot(page, 'conflict-dialog-light');
  await dialog.getByRole('button', { name: 'Delete it and create new' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Billing reports' })).toBeVisible();
  await expect(page.getByText('Report requested')).toBeVisible();
  // The old report is gone (its link revoked); one report of that period remains: the new one.
  expect(await reportStatus(request, tenant.tokens.fullAdmin, old.id)).toBe(404);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Completed');

  // Every link issued so far has expired; the download asks for a fresh one and succeeds.
  await advanceClock(request, tenant, 'PT31M');
  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: /^Download/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`billing-partner-${month.start}_${month.end}.csv`);
  const stream = await file.createReadStream();
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  expect(text.split(/\r?\n/)[0]).toContain('QUANTITY');

  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'reports list (dark)');
  await shoot(page, 'reports-list-dark');
});

test('a point-in-time report has no period to choose and lists as a snapshot of today', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  const today = await billingClock(request, tenant);
  await signIn('partner-full-admin');
  await chooseTheme(page, 'Dark');
  await page.goto(`/o/${encodeURIComponent(tenant.partner.orgId)}/billing/new`);
  await page.getByRole('radio', { name: /Point in time/ }).check();
  await expect(page.getByRole('radio', { name: /Partner/ })).toBeDisabled();
  await page.getByRole('button', { name: 'Next' }).click();
  // Partner was the default: the step refuses it and says why.
  await expect(page.getByText(/choose Customer or User/)).toBeVisible();
  await page.getByRole('radio', { name: /^User/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Period' })).toBeVisible();
  await expect(page.getByText(/snapshot of the package allocations/)).toBeVisible();
  await expect(page.getByRole('radio', { name: /Last month/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'wizard: point-in-time period (dark)');
  await shoot(page, 'wizard-snapshot-dark');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`Snapshot at creation (${longDay(today)})`)).toBeVisible();
  await expectNoA11yViolations(page, 'wizard: review (dark)');
  await page.getByRole('button', { name: 'Create report' }).click();

  const table = page.getByRole('table', { name: 'Billing reports' });
  await expect(table).toContainText(`Snapshot, ${longDay(today)}`);
  await expect(table).toContainText('Point in time');
  await expect(table).toContainText('User');
  await expect(table).toContainText('Completed');
  // A snapshot has no cost summary (that needs usage over a period), but opens in the viewer.
  await expect(table.getByRole('link', { name: /^Cost summary/ })).toHaveCount(0);
  await expect(table.getByRole('link', { name: /^Open in viewer/ })).toBeVisible();
});

test('a read-only admin lists and downloads reports but cannot create or delete them', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  const today = await billingClock(request, tenant);
  const month = previousMonth(today);
  await createReport(request, tenant.tokens.fullAdmin, {
    billingStartDate: month.start,
    billingEndDate: month.end,
    type: 'CUSTOMER',
  });
  await signIn('partner-read-only-admin');
  await page.getByRole('link', { name: 'Billing' }).click();
  const table = page.getByRole('table', { name: 'Billing reports' });
  await expect(table).toContainText('Customer');
  await expect(table.getByRole('button', { name: /^Download/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New report' })).toHaveCount(0);
  await expect(table.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'reports list (read-only)');

  await page.goto(`/o/${encodeURIComponent(tenant.partner.orgId)}/billing/new`);
  await expect(page.getByText(/lacks the scope/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create report' })).toHaveCount(0);
});

// A parent with 150 sub-partners, named in scrambled order (creation order is not name order).
const test150 = test.extend<{ tenant: Tenant }>({
  tenant: async ({ request }, use) => {
    const tag = randomUUID().slice(0, 8);
    const res = await request.post('/_sim/tenants', {
      data: {
        name: `E2E Reports ${tag}`,
        subPartners: Array.from({ length: 150 }, (_, i) => ({
          name: `Reseller ${tag} ${String((i * 67) % 150).padStart(3, '0')}`,
          provisioningState: i === 1 ? 'suspended' : 'active',
        })),
      },
      timeout: 120_000,
    });
    expect(res.status(), await res.text()).toBe(201);
    await use((await res.json()) as Tenant);
  },
});

/** Opens a sub-partner picker, types, and waits for the list to answer that search. */
async function searchPicker(page: Page, name: string, text: string) {
  const picker = page.getByRole('combobox', { name });
  await picker.click();
  await picker.fill(text);
  return picker;
}

test150(
  'a parent with 150 sub-partners searches one beyond the first 100, reports on it and filters by it',
  async ({ page, request, tenant, signIn }) => {
    test150.setTimeout(240_000);
    const today = await billingClock(request, tenant);
    const month = previousMonth(today);
    // By name, the 121st sub-partner: past the 100 a single page (and the old select) could show.
    const target = [...tenant.subPartners].sort((a, b) => a.name.localeCompare(b.name))[120]!;
    const shortId = `…${target.orgId.slice(-10)}`;

    await signIn('partner-full-admin');
    await page.goto(`/o/${encodeURIComponent(tenant.partner.orgId)}/billing/new`);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Organisations' })).toBeVisible();

    // Open: the parent's own organisation, then the first page by name, more on demand.
    const picker = page.getByRole('combobox', { name: 'Organisation' });
    await picker.click();
    const list = page.getByRole('listbox', { name: 'Sub-partners' });
    await expect(list.getByRole('option')).toHaveCount(51);
    await expect(page.getByText('50 sub-partners so far')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(picker).toHaveAttribute('aria-activedescendant', /.+/);
    await expectNoA11yViolations(page, 'sub-partner picker open (light)');
    await shoot(page, 'subpicker-open-light');
    // Scrolling to the end loads the next page; Show more the one after; focus stays in the field.
    await list.hover();
    await page.mouse.wheel(0, 5000);
    await expect(list.getByRole('option')).toHaveCount(101);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(list.getByRole('option')).toHaveCount(151);
    await expect(page.getByText('150 sub-partners', { exact: true })).toBeVisible();
    await expect(picker).toBeFocused();

    // Search by part of the name (any case), choose with the keyboard.
    await picker.fill(target.name.slice(-12).toUpperCase());
    await expect(list.getByRole('option')).toHaveCount(1);
    await expect(list.getByRole('option')).toContainText(target.name);
    await page.keyboard.press('Enter');
    await expect(picker).toHaveValue(target.name);
    await expect(page.getByText(shortId, { exact: true })).toBeVisible();
    await shoot(page, 'subpicker-wizard-chosen-light');

    // An org ID that is no sub-partner of this parent (the parent's own) is said to be so.
    await searchPicker(page, 'Organisation', tenant.partner.orgId);
    await expect(page.getByText(`…${tenant.partner.orgId.slice(-10)} is not one of your sub-partners.`)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(picker).toHaveValue(target.name);

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText(`${target.name} (${shortId})`)).toBeVisible();
    await page.getByRole('button', { name: 'Create report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing reports' })).toBeVisible();
    await expect(page.getByText('Report requested')).toBeVisible();
    // The report is the sub-partner's (checked through the API, not the screen).
    const listed = await request.get(`${REPORTS}?subPartnerOrgId=${encodeURIComponent(target.orgId)}`, {
      headers: { authorization: `Bearer ${tenant.tokens.fullAdmin}` },
    });
    expect(((await listed.json()) as { items: { billingStartDate: string }[] }).items).toEqual([
      expect.objectContaining({ billingStartDate: month.start }),
    ]);

    // The list shows the parent's own reports (none) until filtered by that sub-partner; the URL holds its org ID.
    const table = page.getByRole('table', { name: 'Billing reports' });
    await expect(page.getByText('No billing reports yet')).toBeVisible();
    const filter = await searchPicker(page, 'Sub-partner', target.orgId);
    await expect(list.getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`subPartnerOrgId=${encodeURIComponent(target.orgId)}`));
    await expect(filter).toHaveValue(target.name);
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText(`${longDay(month.start)} – ${longDay(month.end)}`);
    await shoot(page, 'subpicker-filter-chosen-light');

    // A reload names the filter from the URL.
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Sub-partner' })).toHaveValue(target.name);
    await expect(table.getByRole('row')).toHaveCount(2);

    await chooseTheme(page, 'Dark');
    await page.getByRole('combobox', { name: 'Sub-partner' }).click();
    await expect(list.getByRole('option')).toHaveCount(51);
    await expectNoA11yViolations(page, 'sub-partner picker open (dark)');
    await shoot(page, 'subpicker-open-dark');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Clear: back to/ }).click();
    await expect(page).not.toHaveURL(/subPartnerOrgId=/);
  },
);
