import { describe, expect, it } from 'vitest';
import { advanceClock, call, expectWebexError } from './helpers';
import { REPORTS, billingTenant, createReport, dayOffset, parseCsv } from './billing-fixtures';

async function completedReport() {
  const world = await billingTenant();
  const r = await createReport(world.api, {
    billingStartDate: dayOffset(world.today, -10),
    billingEndDate: dayOffset(world.today, -1),
    type: 'CUSTOMER',
  });
  const got = await world.api.get(`${REPORTS}/${r.id}`);
  expect(got.body.status).toBe('COMPLETED');
  return { ...world, id: r.id, url: String(got.body.tempDownloadURL) };
}

describe('billing report downloads', () => {
  it('serves the CSV without a bearer token, as an attachment', async () => {
    const { url, id } = await completedReport();
    const u = new URL(url);
    expect(u.pathname).toBe(`/downloads/billing-reports/${id}.csv`);
    expect(u.searchParams.get('expires')).toMatch(/^\d+$/);
    expect(u.searchParams.get('signature')).toBeTruthy();
    const res = await call('GET', url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
    // A new tenant has no customers: the CUSTOMER report is the header alone, CRLF-terminated.
    expect(parseCsv(String(res.body))).toEqual([
      [
        'PARTNER_NAME',
        'PARTNER_ORG_ID',
        'SUBSCRIPTION_ID',
        'CUSTOMER_ORG_ID',
        'CUSTOMER_EXTERNAL_ID',
        'SERVICE_NAME',
        'SKU',
        'DESCRIPTION',
        'CONSUMPTION_START_DATE',
        'CONSUMPTION_END_DATE',
        'QUANTITY',
        'LOCATION_ID',
        'LICENSE_ID',
      ],
    ]);
  });

  it('expires 30 simulated minutes after the GET (410); a fresh GET gives a working link', async () => {
    const { t, api, id, url } = await completedReport();
    await advanceClock(t.partner.orgId, 'PT29M');
    expect((await call('GET', url)).status).toBe(200);
    await advanceClock(t.partner.orgId, 'PT2M');
    const gone = expectWebexError(await call('GET', url), 410);
    expect(gone.message).toMatch(/expired.*GET the report again/);
    const fresh = String((await api.get(`${REPORTS}/${id}`)).body.tempDownloadURL);
    expect(fresh).not.toBe(url);
    expect((await call('GET', fresh)).status).toBe(200);
  });

  it('refuses a tampered link (403) and answers 404 for a deleted report, revoking its links at once', async () => {
    const { api, id, url } = await completedReport();
    const longer = new URL(url);
    longer.searchParams.set('expires', String(Number(longer.searchParams.get('expires')) + 3600));
    expectWebexError(await call('GET', longer.toString()), 403);
    const forged = new URL(url);
    forged.searchParams.set('signature', 'AAAA');
    expectWebexError(await call('GET', forged.toString()), 403);
    const unsigned = new URL(url);
    unsigned.search = '';
    expectWebexError(await call('GET', unsigned.toString()), 403);

    expect((await api.del(`${REPORTS}/${id}`)).status).toBe(204);
    expectWebexError(await call('GET', url), 404);
  });

  it("one report's signature does not open another report", async () => {
    const a = await completedReport();
    const b = await createReport(a.api, {
      billingStartDate: dayOffset(a.today, -3),
      billingEndDate: dayOffset(a.today, -1),
    });
    expect((await a.api.get(`${REPORTS}/${b.id}`)).body.status).toBe('COMPLETED');
    const other = new URL(a.url);
    other.pathname = `/downloads/billing-reports/${b.id}.csv`;
    expectWebexError(await call('GET', other.toString()), 403);
    expectWebexError(await call('GET', `/downloads/billing-reports/not-a-report.csv`), 404);
  });
});
