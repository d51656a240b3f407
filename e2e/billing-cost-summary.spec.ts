import { chooseTheme, expect, expectNoA11yViolations, test } from './fixtures';
import { callingMonth, createReport, shoot } from './billing-reports-helpers';

// Journeys of several screens on a shared 2-core machine: generous, never tight.
test.describe.configure({ timeout: 150_000 });

test('the cost summary of last month matches the figures worked out by hand from a small price book', async ({
  page,
  request,
  tenant,
  signIn,
}) => {
  const month = await callingMonth(request, tenant);
  await createReport(request, tenant.tokens.fullAdmin, {
    billingStartDate: month.start,
    billingEndDate: month.end,
    type: 'CUSTOMER',
  });

  await signIn('partner-full-admin');
  await page.goto(`/o/${encodeURIComponent(tenant.partner.orgId)}/billing/price-book`);
  await expect(page.getByRole('heading', { level: 1, name: 'Price book' })).toBeVisible();
  await expect(page.getByText(/Stored in Partner Hub/)).toBeVisible();
  await page.getByLabel('Tax rate on resale (%)').fill('8.875');
  await page.getByLabel('Transfer price of Webex Calling', { exact: true }).fill('10.00');
  await page.getByLabel('Resale price of Webex Calling', { exact: true }).fill('15.505');
  await page.getByRole('button', { name: 'Save price book' }).click();
  // Cents only for USD: refused before anything is sent, next to the field.
  await expect(page.getByText(/at most 2 decimals for USD/)).toBeVisible();
  await expect(page.getByLabel('Resale price of Webex Calling', { exact: true })).toBeFocused();
  await page.getByLabel('Resale price of Webex Calling', { exact: true }).fill('15.50');
  await page.getByRole('button', { name: 'Save price book' }).click();
  await expect(page.getByText('Price book saved')).toBeVisible();
  await expectNoA11yViolations(page, 'price book');
  await shoot(page, 'price-book-light');

  await page.getByRole('link', { name: 'Billing reports' }).click();
  await page.getByRole('link', { name: /^Cost summary/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cost summary' })).toBeVisible();
  // Two users held Webex Calling all month: 2 × days user-days. Prices are per month:
  // cost 2 × 10.00 = 20.00, revenue 2 × 15.50 = 31.00, margin 11.00 (35.48 % of 31.00),
  // tax 8.875 % of 31.00 = 2.75125 → 2.75, after tax 33.75.
  const totals = page.getByRole('definition').filter({ hasText: '$' });
  await expect(totals).toHaveText(['$20.00', '$31.00', '$11.00', '$2.75', '$33.75']);
  await expect(page.getByText('35.48 % of revenue')).toBeVisible();
  const table = page.getByRole('table', { name: /per customer/ });
  await expect(table.getByRole('row', { name: /WEBEX_CALLING/ })).toContainText(String(2 * month.days));
  await expect(table.getByRole('rowheader', { name: new RegExp(month.externalId) })).toBeVisible();
  await expectNoA11yViolations(page, 'cost summary');
  await shoot(page, 'cost-summary-light');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  let csv = '';
  for await (const chunk of await file.createReadStream()) csv += String(chunk);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r\n/);
  expect(lines.at(-1)).toBe(
    `"Total (${month.start} to ${month.end}, tax 8.875 %)",,,,,,20.00,31.00,11.00,35.48,2.75,33.75`,
  );

  // Printing shows the summary alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Customers' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Cost summary' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await chooseTheme(page, 'Dark');
  await expectNoA11yViolations(page, 'cost summary (dark)');
  await shoot(page, 'cost-summary-dark');
  await page.getByRole('link', { name: 'Price book' }).click();
  await expect(page.getByLabel('Resale price of Webex Calling', { exact: true })).toHaveValue('15.50');
  await expectNoA11yViolations(page, 'price book (dark)');
  await shoot(page, 'price-book-dark');
});
