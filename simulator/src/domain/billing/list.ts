/**
 * Listing billing reports. The spec gives the list `max` but no `offset`: paging is by the
 * `Link` header only. Our `rel="next"` URL carries an opaque `cursor` (the sort key and id
 * of the last item, base64url JSON) with the same filters, sortBy and max; keyset paging
 * keeps pages stable while reports are created or deleted between requests.
 */
import type { Queryable } from '../../db/db';
import type { BillingReportRow } from './reports';

export type ReportSort = 'id' | 'billingStartDate' | 'billingEndDate' | 'status';

// Text sorts by byte order ("C"), so the order is the same on PGlite and on a PostgreSQL
// whose default collation is language-aware.
const SORT_COLUMN: Readonly<Record<ReportSort, { column: string; cast: string }>> = {
  id: { column: 'id COLLATE "C"', cast: 'text' },
  billingStartDate: { column: 'billing_start_date', cast: 'date' },
  billingEndDate: { column: 'billing_end_date', cast: 'date' },
  status: { column: 'status COLLATE "C"', cast: 'text' },
};

export interface ReportFilters {
  billingStartDate?: string | undefined;
  billingEndDate?: string | undefined;
  type?: string | undefined;
  status?: string | undefined;
}

export interface Cursor {
  sortBy: ReportSort;
  value: string;
  id: string;
}

export function encodeCursor(sortBy: ReportSort, row: BillingReportRow): string {
  const value = {
    id: row.id,
    billingStartDate: row.billing_start_date,
    billingEndDate: row.billing_end_date,
    status: row.status,
  }[sortBy];
  return Buffer.from(JSON.stringify([sortBy, value, row.id])).toString('base64url');
}

/** The cursor, or null when it is not one this list issued for this sort order. */
export function decodeCursor(raw: string, sortBy: ReportSort): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sortBy) return null;
    const [, value, id] = parsed as unknown[];
    if (typeof value !== 'string' || typeof id !== 'string') return null;
    if (SORT_COLUMN[sortBy].cast === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
    return { sortBy, value, id };
  } catch {
    return null;
  }
}

/** One page (plus one row, to tell whether there is a next page) of one org's reports. */
export async function listReports(
  db: Queryable,
  q: {
    tenantId: string;
    orgId: string;
    filters: ReportFilters;
    sortBy: ReportSort;
    after: Cursor | null;
    limit: number;
  },
): Promise<BillingReportRow[]> {
  const { column, cast } = SORT_COLUMN[q.sortBy];
  return db.query<BillingReportRow>(
    `SELECT * FROM billing_reports
      WHERE tenant_id = $1 AND org_id = $2
        AND ($3::date IS NULL OR billing_start_date = $3::date)
        AND ($4::date IS NULL OR billing_end_date = $4::date)
        AND ($5::text IS NULL OR type = $5)
        AND ($6::text IS NULL OR status = $6)
        AND ($7::text IS NULL OR (${column}, id COLLATE "C") > ($7::${cast}, $8::text))
      ORDER BY ${column}, id COLLATE "C"
      LIMIT $9`,
    [
      q.tenantId,
      q.orgId,
      q.filters.billingStartDate ?? null,
      q.filters.billingEndDate ?? null,
      q.filters.type ?? null,
      q.filters.status ?? null,
      q.after?.value ?? null,
      q.after?.id ?? null,
      q.limit,
    ],
  );
}
