import { ERROR_CODES } from '@contract/error-codes';
import type { Queryable } from '../../db/db';
import type { Job } from '../jobs';
import { generateReportLines } from './generate';
import type { BillingReportRow } from './reports';

export const GENERATE_REPORT_JOB = 'billing.generate';

/**
 * Turns an IN_PROGRESS report into COMPLETED (lines written) or FAILED (errors[] says why).
 * A failure inside generation is rolled back to a savepoint, so the report is marked FAILED
 * in the job's own transaction instead of the job being retried forever while the report
 * stays IN_PROGRESS (which could then never be deleted).
 */
export async function runGenerateReportJob(tx: Queryable, job: Job, now: Date): Promise<void> {
  const [report] = await tx.query<BillingReportRow>(
    `SELECT * FROM billing_reports WHERE id = $1 AND status = 'IN_PROGRESS' FOR UPDATE`,
    [job.ref_id],
  );
  if (!report) return;
  await tx.query('SAVEPOINT billing_generate');
  try {
    const lines = await generateReportLines(tx, report);
    await tx.query(`UPDATE billing_reports SET status = 'COMPLETED', row_count = $2, completed_at = $3 WHERE id = $1`, [
      report.id,
      lines,
      now,
    ]);
  } catch (error) {
    await tx.query('ROLLBACK TO SAVEPOINT billing_generate');
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[billing] report ${report.id} failed:`, reason);
    const errors = [{ code: ERROR_CODES.INTERNAL_ERROR.code, description: `Report generation failed: ${reason}` }];
    await tx.query(`UPDATE billing_reports SET status = 'FAILED', errors = $2, completed_at = $3 WHERE id = $1`, [
      report.id,
      JSON.stringify(errors),
      now,
    ]);
  }
}
