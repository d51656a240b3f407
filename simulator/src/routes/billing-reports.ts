/**
 * /v1/wholesale/billing/reports: create, list, get and delete billing reports.
 *
 * - Create answers 200 as the spec documents (quirk Q1: its Report note speaks of a 202).
 *   The report starts IN_PROGRESS; a `billing.generate` job due `reportDelay` later on the
 *   tenant's clock makes it COMPLETED or FAILED.
 * - `category` is not in the public create body (how Point-In-Time reports are requested is
 *   undocumented); the simulator accepts it. RECONCILIATION (default) covers usage over
 *   billingStartDate..billingEndDate. POINT_IN_TIME is a snapshot of the allocations at the
 *   instant of the request: the dates sent are ignored (they must still be valid dates) and
 *   the report echoes the snapshot's UTC date as both billingStartDate and billingEndDate;
 *   it is CUSTOMER or USER only and never blocks another (no duplicate rule).
 * - Who sees which report: see domain/billing/reports.ts.
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { ERROR_CODES } from '@contract/error-codes';
import { encodeId } from '@contract/ids';
import { SCOPES } from '@contract/scopes';
import { utcDate, toErrorItems } from '@contract/validation';
import { ListBillingReportsQuery, makeCreateBillingReportRequest } from '@contract/wholesale';
import type { AppDeps } from '../app';
import type { Queryable } from '../db/db';
import type { AppEnv, Principal } from '../http/context';
import { requireScope } from '../http/auth';
import { ApiError, refuse, refuseAll } from '../http/errors';
import { parseDurationMs } from '../domain/duration';
import { actingOrg, type OrgRow } from '../domain/orgs';
import { downloadUrl, newDownloadSecret } from '../domain/billing/download-link';
import { GENERATE_REPORT_JOB, runGenerateReportJob } from '../domain/billing/generate-job';
import { decodeCursor, encodeCursor, listReports } from '../domain/billing/list';
import { findVisibleReport, toListItem, toReport, type BillingReportRow } from '../domain/billing/reports';

/** The org a billing request covers: the caller's own, or its sub-partner named by subPartnerOrgId. */
async function reportOrg(db: Queryable, principal: Principal, subPartnerOrgId: string | undefined): Promise<OrgRow> {
  try {
    return await actingOrg(db, principal, subPartnerOrgId);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    throw refuse(
      ERROR_CODES.SUB_PARTNER_UNKNOWN,
      `subPartnerOrgId: ${subPartnerOrgId} is not a sub-partner of your organisation. List your sub-partners with GET /wholesale/subPartners.`,
      'subPartnerOrgId',
    );
  }
}

function notFound(id: string): ApiError {
  return refuse(
    ERROR_CODES.BILLING_REPORT_NOT_FOUND,
    `Billing Report not found: no report ${id} exists for your organisation (it may have been deleted).`,
    'id',
  );
}

function isPeriodConflict(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === 'billing_reports_period_uq';
}

async function duplicateError(
  db: Queryable,
  r: Pick<BillingReportRow, 'org_id' | 'billing_start_date' | 'billing_end_date' | 'type' | 'internal'>,
) {
  const [existing] = await db.query<{ id: string; status: string }>(
    `SELECT id, status FROM billing_reports
      WHERE org_id = $1 AND billing_start_date = $2 AND billing_end_date = $3 AND type = $4 AND internal = $5
        AND category = 'RECONCILIATION' AND status <> 'FAILED'`,
    [r.org_id, r.billing_start_date, r.billing_end_date, r.type, r.internal],
  );
  const which = existing ? `report ${existing.id} (${existing.status})` : 'a report';
  return refuse(
    ERROR_CODES.REPORT_ALREADY_EXISTS,
    `billingStartDate: ${which} already covers ${r.billing_start_date} to ${r.billing_end_date} with type ${r.type} and internal=${r.internal}; download it, or delete it before creating it again.`,
    'billingStartDate',
  );
}

function origin(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin;
}

export function billingReportsRoutes({ db, jobs }: AppDeps): Hono<AppEnv> {
  jobs.register(GENERATE_REPORT_JOB, runGenerateReportJob);
  const r = new Hono<AppEnv>();

  r.post('/', requireScope(SCOPES.billingWrite), async (c) => {
    const principal = c.get('principal');
    const now = c.get('now');
    const input = c.get('body') ?? {};
    const parsed = makeCreateBillingReportRequest(() => now).safeParse(input);
    if (!parsed.success) throw refuseAll(400, toErrorItems(parsed.error, input));
    const body = parsed.data;
    const org = await reportOrg(db, principal, body.subPartnerOrgId);
    const snapshot = body.category === 'POINT_IN_TIME';
    const report = {
      id: encodeId('BILLING_REPORT', randomUUID()),
      org_id: org.id,
      billing_start_date: snapshot ? utcDate(now) : body.billingStartDate,
      billing_end_date: snapshot ? utcDate(now) : body.billingEndDate,
      type: body.type,
      internal: body.internal,
    };
    const delayMs = parseDurationMs(c.get('tenant').settings.reportDelay) ?? 0;
    try {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO billing_reports (id, tenant_id, org_id, sub_partner_org_id, billing_start_date, billing_end_date, type,
                                        category, internal, status, created_at, created_by, download_secret)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'IN_PROGRESS', $10, $11, $12)`,
          [
            report.id,
            principal.tenantId,
            org.id,
            org.parent_id ? org.id : null,
            report.billing_start_date,
            report.billing_end_date,
            report.type,
            body.category,
            report.internal,
            now,
            principal.adminId,
            newDownloadSecret(),
          ],
        );
        await jobs.schedule(tx, {
          tenantId: principal.tenantId,
          kind: GENERATE_REPORT_JOB,
          refId: report.id,
          dueAt: new Date(now.getTime() + delayMs),
        });
      });
    } catch (error) {
      // The unique index decides, so two racing creates get one 200 and one 409.
      if (isPeriodConflict(error)) throw await duplicateError(db, report);
      throw error;
    }
    return c.json(
      {
        id: report.id,
        billingStartDate: report.billing_start_date,
        billingEndDate: report.billing_end_date,
        type: report.type,
        category: body.category,
      },
      200,
    );
  });

  r.get('/', requireScope(SCOPES.billingRead), async (c) => {
    const raw = c.req.queries();
    const parsed = ListBillingReportsQuery.safeParse(raw);
    if (!parsed.success) throw refuseAll(400, toErrorItems(parsed.error, raw));
    const q = parsed.data;
    const org = await reportOrg(db, c.get('principal'), q.subPartnerOrgId);
    const rawCursor = c.req.query('cursor');
    const after = rawCursor ? decodeCursor(rawCursor, q.sortBy) : null;
    if (rawCursor && !after) {
      throw refuse(
        ERROR_CODES.INVALID_VALUE,
        'cursor: is not a cursor this list issued for this sortBy; follow the rel="next" URL of the Link header as given, or leave cursor out to start from the first page.',
        'cursor',
      );
    }
    const rows = await listReports(db, {
      tenantId: c.get('principal').tenantId,
      orgId: org.id,
      filters: q,
      sortBy: q.sortBy,
      after,
      limit: q.max + 1,
    });
    const page = rows.slice(0, q.max);
    const last = page.at(-1);
    const links: string[] = [];
    if (rows.length > q.max && last) {
      const next = new URL(c.req.url);
      next.searchParams.delete('offset');
      next.searchParams.set('max', String(q.max));
      next.searchParams.set('cursor', encodeCursor(q.sortBy, last));
      links.push(`<${next.toString()}>; rel="next"`);
    }
    if (rawCursor) {
      const first = new URL(c.req.url);
      first.searchParams.delete('cursor');
      links.push(`<${first.toString()}>; rel="first"`);
    }
    if (links.length) c.header('Link', links.join(', '));
    return c.json({ items: page.map(toListItem) });
  });

  r.get('/:id', requireScope(SCOPES.billingRead), async (c) => {
    const id = c.req.param('id');
    const row = await findVisibleReport(db, c.get('principal'), id);
    if (!row) throw notFound(id);
    const link =
      row.status === 'COMPLETED' ? downloadUrl(origin(c), row.id, row.download_secret, c.get('now')) : undefined;
    return c.json(toReport(row, link));
  });

  r.delete('/:id', requireScope(SCOPES.billingWrite), async (c) => {
    const id = c.req.param('id');
    const row = await findVisibleReport(db, c.get('principal'), id);
    if (!row) throw notFound(id);
    if (row.status === 'IN_PROGRESS') {
      throw refuse(
        ERROR_CODES.REPORT_IN_PROGRESS_NOT_DELETABLE,
        `Report ${id} cannot be deleted: it is still being generated (IN_PROGRESS). Wait until it is COMPLETED, then delete it.`,
        'id',
      );
    }
    if (row.status === 'FAILED') {
      throw refuse(
        ERROR_CODES.REPORT_FAILED_NOT_DELETABLE,
        `Report ${id} cannot be deleted: its generation FAILED, and failed reports are kept. It does not block a new report for the same period: create one instead.`,
        'id',
      );
    }
    // Conditional, so a report that changed state since the read is not deleted.
    const deleted = await db.query(`DELETE FROM billing_reports WHERE id = $1 AND status = 'COMPLETED' RETURNING id`, [
      id,
    ]);
    if (deleted.length === 0) throw notFound(id);
    return c.body(null, 204);
  });

  return r;
}
