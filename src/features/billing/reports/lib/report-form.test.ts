import { describe, expect, it } from 'vitest';
import { stepIssues } from '@/shared/wizard/wizard-steps';
import { defaultReportForm, reportSteps, toCreateRequest, type ReportForm } from './report-form';

const TODAY = '2024-03-01';
const [reportStep, periodStep] = reportSteps(TODAY);

const form = (patch: Partial<ReportForm>): ReportForm => ({ ...defaultReportForm(TODAY), ...patch });
const issues = async (step: typeof periodStep | typeof reportStep, values: ReportForm) =>
  Object.fromEntries((await stepIssues(step, values)).map((i) => [i.path, i.message]));

describe('create-report steps', () => {
  it('starts on last month by the billing clock: February of a leap year has 29 days', () => {
    expect(defaultReportForm(TODAY)).toMatchObject({ billingStartDate: '2024-02-01', billingEndDate: '2024-02-29' });
  });

  it('accepts a period that ends yesterday and refuses one that ends today', async () => {
    expect(
      await issues(
        periodStep,
        form({ preset: 'custom', billingStartDate: '2024-02-01', billingEndDate: '2024-02-29' }),
      ),
    ).toEqual({});
    const today = await issues(
      periodStep,
      form({ preset: 'custom', billingStartDate: '2024-02-01', billingEndDate: '2024-03-01' }),
    );
    expect(Object.keys(today)).toEqual(['billingEndDate']);
    expect(today['billingEndDate']).toContain('2024-02-29');
  });

  it('refuses an end before the start, on the end date', async () => {
    const problems = await issues(
      periodStep,
      form({ preset: 'custom', billingStartDate: '2024-02-10', billingEndDate: '2024-02-09' }),
    );
    expect(problems).toEqual({ billingEndDate: 'The end date must be on or after the start date (2024-02-10).' });
  });

  it('allows five years back to the same calendar day and not a day more', async () => {
    const ok = form({ preset: 'custom', billingStartDate: '2019-03-01', billingEndDate: '2019-03-31' });
    expect(await issues(periodStep, ok)).toEqual({});
    const old = await issues(periodStep, { ...ok, billingStartDate: '2019-02-28' });
    expect(Object.keys(old)).toEqual(['billingStartDate']);
    expect(old['billingStartDate']).toContain('2019-03-01');
  });

  it('says which date is not a real calendar date', async () => {
    const problems = await issues(
      periodStep,
      form({ preset: 'custom', billingStartDate: '2023-02-29', billingEndDate: '' }),
    );
    expect(problems['billingStartDate']).toContain('"2023-02-29"');
    expect(problems['billingEndDate']).toBe('Enter the end date.');
  });

  it('ignores dates for a point-in-time report but refuses the partner type, on the type field', async () => {
    const snapshot = form({ category: 'POINT_IN_TIME', billingStartDate: '', billingEndDate: 'nonsense' });
    expect(await issues(periodStep, snapshot)).toEqual({});
    expect(Object.keys(await issues(reportStep, snapshot))).toEqual(['type']);
    expect(await issues(reportStep, { ...snapshot, type: 'USER' })).toEqual({});
  });

  it('sends yesterday as both dates of a point-in-time report, and the category', () => {
    expect(toCreateRequest(form({ category: 'POINT_IN_TIME', type: 'USER' }), TODAY)).toEqual({
      billingStartDate: '2024-02-29',
      billingEndDate: '2024-02-29',
      type: 'USER',
      category: 'POINT_IN_TIME',
      internal: false,
    });
    expect(toCreateRequest(form({ subPartnerOrgId: 'SP1', internal: true }), TODAY)).toMatchObject({
      subPartnerOrgId: 'SP1',
      internal: true,
      category: 'RECONCILIATION',
    });
  });
});
