import { describe, expect, it } from 'vitest';
import { decodeId } from '@contract/ids';
import { advanceClock, as, expectWebexError } from './helpers';
import { REPORTS, billingTenant, createReport, dayOffset } from './billing-fixtures';

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('creating a billing report: date rules', () => {
  it('refuses today, the future, more than five years back and an end before the start, naming the field', async () => {
    const { api, today } = await billingTenant();
    const refused = async (body: Record<string, unknown>, field: string, errorCode: number) => {
      const err = expectWebexError(await api.post(REPORTS, body), 400);
      expect(err.errors).toContainEqual(expect.objectContaining({ field, errorCode }));
      return err.errors.find((e) => e.field === field)?.description ?? '';
    };
    const yesterday = dayOffset(today, -1);
    expect(await refused({ billingStartDate: yesterday, billingEndDate: today }, 'billingEndDate', 2025)).toMatch(
      /before today/,
    );
    await refused({ billingStartDate: today, billingEndDate: dayOffset(today, 3) }, 'billingEndDate', 2025);
    const earliest = `${Number(today.slice(0, 4)) - 5}${today.slice(4)}`;
    expect(
      await refused({ billingStartDate: dayOffset(earliest, -1), billingEndDate: yesterday }, 'billingStartDate', 2026),
    ).toMatch(/five years/);
    expect(
      await refused({ billingStartDate: yesterday, billingEndDate: dayOffset(yesterday, -1) }, 'billingEndDate', 2027),
    ).toMatch(/on or after billingStartDate/);
    // The oldest and the newest allowed days are accepted.
    const ok = await createReport(api, { billingStartDate: earliest, billingEndDate: yesterday });
    expect(ok).toMatchObject({
      billingStartDate: earliest,
      billingEndDate: yesterday,
      type: 'PARTNER',
      category: 'RECONCILIATION',
    });
  });

  it('takes a real leap day and refuses a day that does not exist or a malformed date', async () => {
    const { api, today } = await billingTenant();
    let year = Number(today.slice(0, 4));
    while (!isLeap(year) || `${year}-02-29` >= today) year -= 1;
    await createReport(api, { billingStartDate: `${year}-02-29`, billingEndDate: `${year}-02-29` });
    const err = expectWebexError(
      await api.post(REPORTS, { billingStartDate: `${year - 1}-02-29`, billingEndDate: dayOffset(today, -1) }),
      400,
    );
    expect(err.errors).toEqual([expect.objectContaining({ field: 'billingStartDate', errorCode: 1013 })]);
    expect(err.errors[0]?.description).toMatch(/real calendar date written YYYY-MM-DD/);
    const bad = expectWebexError(
      await api.post(REPORTS, { billingStartDate: '2025/01/01', billingEndDate: '2025-01-31' }),
      400,
    );
    expect(bad.errors.map((e) => e.field)).toContain('billingStartDate');
  });

  it('requires both dates and refuses an unknown type or a PARTNER point-in-time report', async () => {
    const { api, today } = await billingTenant();
    const missing = expectWebexError(await api.post(REPORTS, {}), 400);
    expect(missing.errors.map((e) => [e.field, e.errorCode])).toEqual([
      ['billingStartDate', 1001],
      ['billingEndDate', 1001],
    ]);
    const period = { billingStartDate: dayOffset(today, -3), billingEndDate: dayOffset(today, -1) };
    const type = expectWebexError(await api.post(REPORTS, { ...period, type: 'RESELLER' }), 400);
    expect(type.errors[0]).toMatchObject({ field: 'type' });
    expect(type.errors[0]?.description).toMatch(/PARTNER.*CUSTOMER.*USER/);
    const pit = expectWebexError(await api.post(REPORTS, { ...period, category: 'POINT_IN_TIME' }), 400);
    expect(pit.errors[0]).toMatchObject({ field: 'type', errorCode: 2031 });
  });
});

describe('creating a billing report: lifecycle', () => {
  it('answers 200 with an encoded BILLING_REPORT id, generates after reportDelay, and records who created it', async () => {
    const { t, api, today } = await billingTenant({ reportDelay: 'PT10S' });
    const created = await createReport(api, {
      billingStartDate: dayOffset(today, -7),
      billingEndDate: dayOffset(today, -1),
      type: 'USER',
    });
    expect(Object.keys(created).sort()).toEqual(['billingEndDate', 'billingStartDate', 'category', 'id', 'type']);
    expect(decodeId(created.id)?.type).toBe('BILLING_REPORT');
    const pending = await api.get(`${REPORTS}/${created.id}`);
    expect(pending.body).toMatchObject({ status: 'IN_PROGRESS', type: 'USER', errors: [] });
    expect(pending.body.tempDownloadURL).toBeUndefined();
    expect(pending.body.created).toMatch(new RegExp(`^${today}T10:0\\d:\\d\\d\\.\\d{3}Z$`));
    await advanceClock(t.partner.orgId, 'PT10S');
    const done = await api.get(`${REPORTS}/${created.id}`);
    expect(done.body.status).toBe('COMPLETED');
    expect(decodeId(done.body.createdBy)?.type).toBe('PEOPLE');
    expect(done.body.tempDownloadURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/downloads\/billing-reports\//);
  });

  it('refuses a second report for the same period, type and internal flag until the first is deleted', async () => {
    const { api, today } = await billingTenant();
    const period = { billingStartDate: dayOffset(today, -30), billingEndDate: dayOffset(today, -1), type: 'CUSTOMER' };
    const first = await createReport(api, period);
    const dup = expectWebexError(await api.post(REPORTS, period), 409);
    expect(dup.errors[0]).toMatchObject({ errorCode: 2028, field: 'billingStartDate' });
    expect(dup.message).toContain(first.id);
    // Not duplicates: another type, another period, the internal variant, a snapshot.
    await createReport(api, { ...period, type: 'USER' });
    await createReport(api, { ...period, billingEndDate: dayOffset(today, -2) });
    await createReport(api, { ...period, internal: true });
    await createReport(api, { ...period, category: 'POINT_IN_TIME' });
    await createReport(api, { ...period, category: 'POINT_IN_TIME' });
    expect((await api.get(`${REPORTS}/${first.id}`)).body.status).toBe('COMPLETED');
    expect((await api.del(`${REPORTS}/${first.id}`)).status).toBe(204);
    expectWebexError(await api.get(`${REPORTS}/${first.id}`), 404);
    const again = await createReport(api, period);
    expect(again.id).not.toBe(first.id);
  });

  it('lets only one of two simultaneous creates for the same period through', async () => {
    const { api, today } = await billingTenant({ reportDelay: 'PT1H' });
    const period = { billingStartDate: dayOffset(today, -20), billingEndDate: dayOffset(today, -10) };
    const answers = await Promise.all([
      api.post(REPORTS, period),
      api.post(REPORTS, period),
      api.post(REPORTS, period),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect((await api.get(REPORTS)).body.items).toHaveLength(1);
  });

  it('refuses to delete a report that is still generating', async () => {
    const { t, api, today } = await billingTenant({ reportDelay: 'PT1M' });
    const r = await createReport(api, { billingStartDate: dayOffset(today, -2), billingEndDate: dayOffset(today, -1) });
    const err = expectWebexError(await api.del(`${REPORTS}/${r.id}`), 409);
    expect(err.errors[0]).toMatchObject({ errorCode: 2029, field: 'id' });
    expect(err.message).toMatch(/cannot be deleted.*IN_PROGRESS/);
    await advanceClock(t.partner.orgId, 'PT1M');
    expect((await api.del(`${REPORTS}/${r.id}`)).status).toBe(204);
  });

  it('point-in-time: ignores the dates and echoes the snapshot date as both', async () => {
    const { api, today } = await billingTenant();
    const r = await createReport(api, {
      billingStartDate: '2022-01-01',
      billingEndDate: '2022-01-31',
      type: 'USER',
      category: 'POINT_IN_TIME',
    });
    expect(r).toMatchObject({
      billingStartDate: today,
      billingEndDate: today,
      category: 'POINT_IN_TIME',
      type: 'USER',
    });
    const got = await api.get(`${REPORTS}/${r.id}`);
    expect(got.body).toMatchObject({ status: 'COMPLETED', category: 'POINT_IN_TIME' });
  });

  it('needs the write scope to create and delete, the read scope to list and get', async () => {
    const { t, api, today } = await billingTenant();
    const r = await createReport(api, { billingStartDate: dayOffset(today, -2), billingEndDate: dayOffset(today, -1) });
    const ro = as(t.tokens.readOnlyAdmin);
    expectWebexError(
      await ro.post(REPORTS, { billingStartDate: dayOffset(today, -3), billingEndDate: dayOffset(today, -1) }),
      403,
    );
    expectWebexError(await ro.del(`${REPORTS}/${r.id}`), 403);
    expect((await ro.get(`${REPORTS}/${r.id}`)).body.id).toBe(r.id);
    expect((await ro.get(REPORTS)).body.items.map((i: { id: string }) => i.id)).toEqual([r.id]);
  });
});
