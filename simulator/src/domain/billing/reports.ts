/**
 * Billing report records.
 *
 * Ownership and visibility: a report belongs to the organisation whose data it covers
 * (`org_id`): the partner's own reports cover its direct customers; a report created by the
 * parent with `subPartnerOrgId`, or by a sub-partner admin signed in directly, covers that
 * sub-partner and belongs to it (`sub_partner_org_id` then names it too). So:
 * - a parent lists its own reports without `subPartnerOrgId`, and a sub-partner's reports
 *   with `subPartnerOrgId` (the same list that sub-partner's admins see);
 * - a parent may get/delete its own and its sub-partners' reports by id;
 * - a sub-partner sees only its own; a sibling's or another tenant's report is 404.
 * One reconciliation report per (org, period, type, internal) makes a second create a 409
 * however the sub-partner's report was requested.
 */
import type { ReportCategory, ReportStatus, ReportType } from '@contract/packages';
import type { Queryable } from '../../db/db';
import type { Principal } from '../../http/context';

export interface ReportError {
  code: number;
  description: string;
}

export interface BillingReportRow {
  id: string;
  tenant_id: string;
  org_id: string;
  sub_partner_org_id: string | null;
  /** YYYY-MM-DD (DATE columns are read as strings). */
  billing_start_date: string;
  billing_end_date: string;
  type: ReportType;
  category: ReportCategory;
  internal: boolean;
  status: ReportStatus;
  errors: ReportError[];
  created_at: Date;
  created_by: string;
  completed_at: Date | null;
  row_count: number | null;
  download_secret: string;
}

/** The instants a period of whole UTC days covers: [start 00:00, end + 1 day 00:00). */
export function periodBounds(start: string, end: string): { from: Date; to: Date } {
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from, to };
}

/** A report the principal may see (its own org's, or one of its sub-partners'), else undefined. */
export async function findVisibleReport(
  db: Queryable,
  principal: Principal,
  id: string,
): Promise<BillingReportRow | undefined> {
  const [row] = await db.query<BillingReportRow>(
    `SELECT r.* FROM billing_reports r JOIN orgs o ON o.id = r.org_id
      WHERE r.id = $1 AND r.tenant_id = $2 AND (r.org_id = $3 OR o.parent_id = $3)`,
    [id, principal.tenantId, principal.orgId],
  );
  return row;
}

/** Fields of a list item (spec `ListReport`). */
export function toListItem(row: BillingReportRow) {
  return {
    id: row.id,
    billingStartDate: row.billing_start_date,
    billingEndDate: row.billing_end_date,
    status: row.status,
    type: row.type,
    category: row.category,
    created: row.created_at.toISOString(),
    createdBy: row.created_by,
  };
}

/** Spec `Report`; `tempDownloadURL` only once the CSV exists. */
export function toReport(row: BillingReportRow, tempDownloadURL: string | undefined) {
  return {
    ...toListItem(row),
    errors: row.errors,
    ...(tempDownloadURL ? { tempDownloadURL } : {}),
  };
}
