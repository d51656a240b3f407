import { Hono } from 'hono';
import { ERROR_CODES } from '@contract/error-codes';
import type { AppDeps } from '../app';
import type { AppEnv } from '../http/context';
import { ApiError, refuse } from '../http/errors';
import { loadTenant, tenantNow } from '../domain/clock';
import { reportCsvStream } from '../domain/billing/csv-stream';
import { signatureMatches } from '../domain/billing/download-link';

/** Not in the catalogue yet; numbered as its protocol-level codes are (4000 + status - 400). */
const LINK_EXPIRED_CODE = 4010;

/**
 * Signed, bearer-less download links (billing report CSVs), like Webex's CDN URLs.
 * Checked in this order: the report exists and is complete (404, also once deleted), the
 * signature is its own (403), the link has not expired on the tenant's clock (410).
 */
export function downloadsRoutes({ db }: AppDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.get('/billing-reports/:file', async (c) => {
    const file = c.req.param('file');
    const reportId = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : '';
    const [report] = await db.query<{ id: string; tenant_id: string; download_secret: string }>(
      `SELECT id, tenant_id, download_secret FROM billing_reports WHERE id = $1 AND status = 'COMPLETED'`,
      [reportId],
    );
    if (!report) {
      throw refuse(
        ERROR_CODES.BILLING_REPORT_NOT_FOUND,
        'Billing Report not found: the report of this link does not exist (it may have been deleted, which revokes its links).',
      );
    }
    const expiresRaw = c.req.query('expires') ?? '';
    const signature = c.req.query('signature') ?? '';
    const expires = /^\d{1,12}$/.test(expiresRaw) ? Number(expiresRaw) : NaN;
    if (Number.isNaN(expires) || !signatureMatches(report.id, expires, report.download_secret, signature)) {
      throw refuse(
        ERROR_CODES.FORBIDDEN_SCOPE,
        'This download link is not valid: its signature does not match. Use the tempDownloadURL of a fresh GET of the report, unchanged.',
      );
    }
    // The report exists, so its tenant does (reports go with their tenant).
    const tenant = await loadTenant(db, report.tenant_id);
    if (!tenant || expires * 1000 <= tenantNow(tenant).getTime()) {
      const description = `This download link expired at ${new Date(expires * 1000).toISOString()}. Links are valid for 30 minutes: GET the report again for a fresh tempDownloadURL.`;
      throw new ApiError(410, description, [{ description, errorCode: LINK_EXPIRED_CODE }]);
    }
    return c.body(reportCsvStream(db, report.id), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="billing-report-${report.id}.csv"`,
      'Cache-Control': 'private, no-store',
    });
  });

  return r;
}
