// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_COLS, csv, openBillingWorld, partnerCols, report, tenant, db } from './generate.fixture';

beforeAll(openBillingWorld, 60_000);
afterAll(() => db.close());

describe('reconciliation reports', () => {
  it('PARTNER sums every user per package, prorated by the fraction of each day held', async () => {
    const { count, lines } = await csv(report({ type: 'PARTNER' }));
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY',
      `${partnerCols()},COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16`,
      `${partnerCols()},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,40.75`,
      `${partnerCols()},WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333`,
      `${partnerCols()},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5`,
      `${partnerCols()},WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2`,
    ]);
    expect(count).toBe(5);
  });

  it('internal=true adds the internal customer (31 more webex_calling days)', async () => {
    const { lines } = await csv(report({ type: 'PARTNER', internal: true }));
    expect(lines.find((l) => l.includes(',WEBEX_CALLING,'))).toMatch(/,71\.75$/);
  });

  it('CUSTOMER rows sum their users per package, location and licence', async () => {
    const { lines } = await csv(report({ type: 'CUSTOMER' }));
    const p = partnerCols();
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
      `${p},${ACME_COLS},COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16,L1,LCA`,
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31.25,L1,LC1`,
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-10,9.5,,LC1`,
      `${p},${ACME_COLS},WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333,,`,
      `${p},${ACME_COLS},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5,,LS1`,
      `${p},ORG-D,D-ext,WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2,,`,
    ]);
  });

  it('USER rows: one per user or workspace and package, location, licence', async () => {
    const { lines } = await csv(report({ type: 'USER' }));
    const p = partnerCols();
    expect(lines[0]).toBe(
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SUBSCRIBER_ID,USER_ID,WORKSPACE_ID,SERVICE_NAME,SKU,DESCRIPTION,CONSUMPTION_START_DATE,CONSUMPTION_END_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
    );
    expect(lines.slice(1)).toEqual([
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-10,9.5,,LC1`,
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,2026-01-19,9.5,,LS1`,
      `${p},${ACME_COLS},s2,person-s2,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31,L1,LC1`,
      `${p},${ACME_COLS},s3,person-s3,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-31,2026-01-31,0.25,L1,LC1`,
      `${p},${ACME_COLS},s4,person-s4,,WEBEX_MEETINGS,WEBEX_MEETINGS,Webex Meetings,2026-01-05,2026-01-05,0.3333,,`,
      `${p},${ACME_COLS},,,w1,COMMON_AREA_CALLING,COMMON_AREA_CALLING,Common Area Calling,2026-01-16,2026-01-31,16,L1,LCA`,
      `${p},ORG-D,D-ext,s8,person-s8,,WEBEX_VOICE,WEBEX_VOICE,Webex Voice,2026-01-01,2026-01-02,2,,`,
    ]);
  });

  it('a single day counts only that day; a period with no usage has only the header', async () => {
    const day = await csv(report({ type: 'USER', billing_start_date: '2026-01-10', billing_end_date: '2026-01-10' }));
    // s1 holds calling until noon and suite from noon; s2 holds calling all day.
    expect(day.lines.slice(1).map((l) => l.split(',').slice(-3).join(','))).toEqual([
      '0.5,,LC1',
      '0.5,,LS1',
      '1,L1,LC1',
    ]);
    const empty = await csv(report({ billing_start_date: '2024-01-01', billing_end_date: '2024-01-31' }));
    expect(empty.count).toBe(0);
    expect(empty.lines).toHaveLength(1);
  });

  it("a sub-partner's report covers only the sub-partner's customers", async () => {
    const sub = tenant.subPartners[0];
    const { lines } = await csv(report({ org_id: sub?.orgId ?? '', type: 'PARTNER' }));
    expect(lines.slice(1)).toEqual([
      `Reseller,${sub?.orgId},${sub?.subscriptionId},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-01,2026-01-31,31`,
    ]);
  });
});

describe('point-in-time reports', () => {
  // The snapshot is the instant the report was requested: 2026-01-10 12:00, when s1 has
  // just moved from calling to suite, s3, s4 and w1 hold nothing yet and s8 (on deleted
  // customer D) has already lost its package.
  const at = new Date('2026-01-10T12:00:00Z');

  it('CUSTOMER counts allocations, with a 0 row for a customer holding nothing', async () => {
    const { lines } = await csv(report({ type: 'CUSTOMER', category: 'POINT_IN_TIME', created_at: at }));
    const p = partnerCols();
    expect(lines).toEqual([
      'PARTNER_NAME,PARTNER_ORG_ID,SUBSCRIPTION_ID,CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SERVICE_NAME,SKU,DESCRIPTION,REPORT_DATE,QUANTITY,LOCATION_ID,LICENSE_ID',
      `${p},${ACME_COLS},WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-10,1,L1,LC1`,
      `${p},${ACME_COLS},WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,1,,LS1`,
      `${p},ORG-C,C-empty,,,,2026-01-10,0,,`,
    ]);
  });

  it('USER lists 1 per user and package held at the snapshot', async () => {
    const { lines } = await csv(report({ type: 'USER', category: 'POINT_IN_TIME', created_at: at }));
    const p = partnerCols();
    expect(lines.slice(1)).toEqual([
      `${p},${ACME_COLS},s1,person-s1,,WEBEX_SUITE,WEBEX_SUITE,Webex Suite,2026-01-10,1,,LS1`,
      `${p},${ACME_COLS},s2,person-s2,,WEBEX_CALLING,WEBEX_CALLING,Webex Calling,2026-01-10,1,L1,LC1`,
    ]);
  });
});
