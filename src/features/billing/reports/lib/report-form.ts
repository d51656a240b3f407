/**
 * The create-report wizard's values, its step schemas (each checks only its own fields,
 * against the whole form) and the request built from them. The date rules are the API's
 * (see lib/period.ts) on the backend's "today", so the form refuses what the API would.
 */
import { z } from 'zod';
import type { CreateBillingReportRequestInput } from '@contract/wholesale';
import { addDays, presetPeriod, validatePeriod, type PeriodPreset } from '../../lib/period';

export type ReportCategory = 'RECONCILIATION' | 'POINT_IN_TIME';
export type ReportType = 'PARTNER' | 'CUSTOMER' | 'USER';

export interface ReportForm {
  category: ReportCategory;
  type: ReportType;
  preset: PeriodPreset;
  billingStartDate: string;
  billingEndDate: string;
  /** '' for the org's own report. */
  subPartnerOrgId: string;
  internal: boolean;
}

export function defaultReportForm(today: string): ReportForm {
  const period = presetPeriod('lastMonth', today);
  return {
    category: 'RECONCILIATION',
    type: 'PARTNER',
    preset: 'lastMonth',
    billingStartDate: period.start,
    billingEndDate: period.end,
    subPartnerOrgId: '',
    internal: false,
  };
}

export const POINT_IN_TIME_DATES_NOTE =
  'A point-in-time report is a snapshot of the package allocations at the moment it is created, so it has no period: it is dated the day it is made.';

const category = z.enum(['RECONCILIATION', 'POINT_IN_TIME'], { error: 'Choose a category.' });
const type = z.enum(['PARTNER', 'CUSTOMER', 'USER'], { error: 'Choose a report type.' });

const ReportStepSchema = z.looseObject({ category, type }).superRefine((values, ctx) => {
  if (values.category === 'POINT_IN_TIME' && values.type === 'PARTNER') {
    ctx.addIssue({
      code: 'custom',
      path: ['type'],
      message: 'A point-in-time report lists customers or users; choose Customer or User (or a reconciliation report).',
    });
  }
});

function periodStepSchema(today: string) {
  return z
    .looseObject({
      category,
      preset: z.enum(['lastMonth', 'lastQuarter', 'custom'], { error: 'Choose a period.' }),
      billingStartDate: z.string(),
      billingEndDate: z.string(),
    })
    .superRefine((values, ctx) => {
      if (values.category === 'POINT_IN_TIME') return;
      const errors = validatePeriod(values.billingStartDate, values.billingEndDate, today);
      for (const [field, message] of Object.entries(errors)) {
        ctx.addIssue({ code: 'custom', path: [field], message });
      }
    });
}

export function reportSteps(today: string) {
  return [
    {
      id: 'report',
      title: 'Report',
      description: 'Usage over a period, or a snapshot of current allocations.',
      schema: ReportStepSchema,
      fields: ['category', 'type'],
    },
    {
      id: 'period',
      title: 'Period',
      description: 'Whole past days, in UTC, within the last five years.',
      schema: periodStepSchema(today),
      fields: ['preset', 'billingStartDate', 'billingEndDate'],
    },
    {
      id: 'scope',
      title: 'Organisations',
      description: 'Whose customers the report covers.',
      fields: ['subPartnerOrgId', 'internal'],
    },
  ] as const;
}

/**
 * The create body. A point-in-time report still sends dates (the API requires valid ones;
 * they are ignored): yesterday, which every rule accepts.
 */
export function toCreateRequest(values: ReportForm, today: string): CreateBillingReportRequestInput {
  const yesterday = values.category === 'POINT_IN_TIME' ? addDays(today, -1) : null;
  return {
    billingStartDate: yesterday ?? values.billingStartDate.trim(),
    billingEndDate: yesterday ?? values.billingEndDate.trim(),
    type: values.type,
    category: values.category,
    ...(values.subPartnerOrgId ? { subPartnerOrgId: values.subPartnerOrgId } : {}),
    internal: values.internal,
  };
}
