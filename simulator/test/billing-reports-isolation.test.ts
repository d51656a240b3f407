import { describe, expect, it } from 'vitest';
import { as, createTenant, expectWebexError } from './helpers';
import { REPORTS, billingTenant, createReport, dayOffset } from './billing-fixtures';

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id).sort();

describe('who sees which billing report', () => {
  it("keeps partner, sub-partners and other tenants apart; the parent reaches a sub-partner's reports through subPartnerOrgId", async () => {
    const { t, api: parent, today } = await billingTenant({ subPartners: [{ name: 'North' }, { name: 'South' }] });
    const [north, south] = t.subPartners;
    const northApi = as(north!.tokens.fullAdmin);
    const southApi = as(south!.tokens.fullAdmin);
    const other = as((await createTenant()).tokens.fullAdmin);
    const day = (n: number) => ({ billingStartDate: dayOffset(today, -n), billingEndDate: dayOffset(today, -1) });
    const inNorth = `?subPartnerOrgId=${north!.orgId}`;

    const own = await createReport(parent, day(5));
    const forNorth = await createReport(parent, { ...day(6), subPartnerOrgId: north!.orgId });
    const byNorth = await createReport(northApi, day(7));
    const bySouth = await createReport(southApi, day(8));

    expect(ids(await parent.get(REPORTS))).toEqual([own.id]);
    expect(ids(await parent.get(`${REPORTS}${inNorth}`))).toEqual([forNorth.id, byNorth.id].sort());
    expect(ids(await northApi.get(REPORTS))).toEqual([forNorth.id, byNorth.id].sort());
    expect(ids(await northApi.get(`${REPORTS}${inNorth}`))).toEqual([forNorth.id, byNorth.id].sort());
    expect(ids(await southApi.get(REPORTS))).toEqual([bySouth.id]);
    expect(ids(await other.get(REPORTS))).toEqual([]);

    // The parent may open its sub-partners' reports by id; nobody else may open a report
    // that is not theirs, and a sibling's org cannot be named.
    expect((await parent.get(`${REPORTS}/${bySouth.id}`)).body.id).toBe(bySouth.id);
    for (const [api, id] of [
      [northApi, bySouth.id],
      [northApi, own.id],
      [southApi, forNorth.id],
      [other, own.id],
    ] as const) {
      expect(expectWebexError(await api.get(`${REPORTS}/${id}`), 404).errors[0]).toMatchObject({ errorCode: 2024 });
      expectWebexError(await api.del(`${REPORTS}/${id}`), 404);
    }
    const sibling = expectWebexError(await southApi.get(`${REPORTS}${inNorth}`), 404);
    expect(sibling.errors[0]).toMatchObject({ field: 'subPartnerOrgId' });
    // (The other tenant's clock is a day behind this one's: its dates end earlier.)
    const past = { billingStartDate: dayOffset(today, -9), billingEndDate: dayOffset(today, -3) };
    expectWebexError(await other.post(REPORTS, { ...past, subPartnerOrgId: north!.orgId }), 404);

    // One report per period for the sub-partner, however it was requested.
    expectWebexError(await northApi.post(REPORTS, day(6)), 409);
    expectWebexError(await parent.post(REPORTS, { ...day(7), subPartnerOrgId: north!.orgId }), 409);
    await createReport(parent, day(6));
  });
});
