import { describe, expect, it } from 'vitest';
import { advanceClock, setSettings } from './helpers';
import { billingTenant, createReport, csvRecords, dayOffset, REPORTS } from './billing-fixtures';
import { customerBody, idFromUrl } from './customers-fixtures';

describe('customer lifecycle as billing sees it', () => {
  it('bills the first admin from provisioning until the customer is deleted, with its licence and HQ location', async () => {
    const w = await billingTenant();
    await setSettings(w.t.partner.orgId, { provisioningDelay: 'PT0S' });
    const body = customerBody(w.t.templates[0]?.provisioningId ?? '', {
      packages: ['webex_calling', 'webex_meetings'],
    });
    const id = idFromUrl((await w.api.post('/v1/wholesale/customers', body)).body.url);
    const customer = (await w.api.get(`/v1/wholesale/customers/${id}?includePackageLicenseInfo=true`)).body;
    expect(customer.status).toBe('provisioned');
    const callingLicence = customer.resourceDetails.packages.find((p: { name: string }) => p.name === 'webex_calling')
      .licenseIds[0];
    const [hq] = (await w.api.get(`/hub/v1/customers/${id}/locations`)).body.items;

    // Provisioned at 10:00 of day D; deleted at 04:00 of D+1: 14 h + 4 h = 0.75 of a day.
    await advanceClock(w.t.partner.orgId, 'PT18H');
    expect((await w.api.del(`/v1/wholesale/customers/${id}`)).status).toBe(202);
    expect((await w.api.get(`/v1/wholesale/customers/${id}`)).status).toBe(404);
    await advanceClock(w.t.partner.orgId, 'P2D');

    const report = await createReport(w.api, {
      billingStartDate: w.today,
      billingEndDate: dayOffset(w.today, 2),
      type: 'USER',
    });
    const got = (await w.api.get(`${REPORTS}/${report.id}`)).body;
    expect(got.status).toBe('COMPLETED');
    const csv = await (await fetch(got.tempDownloadURL)).text();
    const rows = csvRecords(csv).filter((r) => r.CUSTOMER_ORG_ID === customer.orgId);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      CUSTOMER_EXTERNAL_ID: body.externalId,
      SERVICE_NAME: 'WEBEX_CALLING',
      LICENSE_ID: callingLicence,
      LOCATION_ID: hq.id,
    });
    expect(Number(row?.QUANTITY)).toBeCloseTo(0.75, 2);
  });
});
