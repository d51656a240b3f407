/**
 * URL state of the viewer screens. Every field has a `.catch()` default so a mangled link
 * still opens the page; defaults are left out of the URL.
 */
import * as z from 'zod/mini';

const GROUPINGS = ['none', 'customer', 'service', 'location'] as const;
export type ViewerGrouping = (typeof GROUPINGS)[number];

const text = (max: number) => z.catch(z.optional(z.string().check(z.maxLength(max))), undefined);

export const ReportViewSearch = z.object({
  group: z.catch(z.optional(z.enum(GROUPINGS)), undefined),
  /** `COLUMN` or `-COLUMN` (descending). */
  sort: text(60),
  q: text(120),
  /** Service filter: SKUs to keep, comma-separated. */
  svc: text(400),
  tab: z.catch(z.optional(z.enum(['table', 'charts'])), undefined),
});
export type ReportViewSearch = z.infer<typeof ReportViewSearch>;

export const ReportCompareSearch = z.object({
  a: text(200),
  b: text(200),
});
export type ReportCompareSearch = z.infer<typeof ReportCompareSearch>;

export const ReportDriftSearch = z.object({
  report: text(200),
});
export type ReportDriftSearch = z.infer<typeof ReportDriftSearch>;
