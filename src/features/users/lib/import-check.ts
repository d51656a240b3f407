/**
 * Folds Webex's verdicts on the rows of an import (CustomerCheck) into the preview's
 * result: a refused row becomes a row with a problem on the cell the refusal is about,
 * counted like any other problem, left out of the run and listed in the error file.
 * Rows the check could not get an answer for stay valid (the run's own 409 still
 * catches them) and are counted apart, so the preview can offer to check them again.
 */
import { isCallingSubscriberPackage } from '@contract/packages';
import type { CheckCell, CheckVerdict } from './customer-check';
import type { ImportColumn } from './import-columns';
import type { ImportError, ImportResult, ImportUser } from './import-validator';

const COLUMN_OF: Record<CheckCell, ImportColumn> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  package: 'package',
  locationId: 'location',
  phoneNumber: 'phoneNumber',
  extension: 'extension',
};

/** Valid rows whose numbers only Webex can check: calling users with a number or extension. */
export function rowsWithNumbers(result: ImportResult): ImportUser[] {
  return result.rows.flatMap(({ user }) =>
    user && isCallingSubscriberPackage(user.package) && (user.primaryPhoneNumber || user.extension) ? [user] : [],
  );
}

export function applyCheckVerdicts(
  result: ImportResult,
  verdictOf: (user: ImportUser) => CheckVerdict | undefined,
): { result: ImportResult; refused: number; failed: number } {
  const added: ImportError[] = [];
  const summary = {
    ...result.summary,
    errorsByColumn: { ...result.summary.errorsByColumn },
    packages: { ...result.summary.packages },
  };
  let failed = 0;
  const rows = result.rows.map((row) => {
    const verdict = row.user ? verdictOf(row.user) : undefined;
    if (!row.user || !verdict || verdict.kind === 'ok') return row;
    if (verdict.kind === 'failed') {
      failed += 1;
      return row;
    }
    // A refusal that names no cell is about the user: it goes beside the e-mail.
    const column = verdict.cell === null ? 'email' : COLUMN_OF[verdict.cell];
    added.push({ row: row.row, column, message: verdict.message });
    summary.errorsByColumn[column] = (summary.errorsByColumn[column] ?? 0) + 1;
    summary.packages[row.user.package] = (summary.packages[row.user.package] ?? 1) - 1;
    if (summary.packages[row.user.package] === 0) delete summary.packages[row.user.package];
    return { ...row, user: null };
  });
  if (added.length === 0) return { result, refused: 0, failed };
  summary.validRows -= added.length;
  summary.invalidRows += added.length;
  summary.errorCount += added.length;
  // Keep the errors in row order, as the validator wrote them.
  const errors = [...result.errors, ...added].sort((a, b) => a.row - b.row);
  return { result: { ...result, rows, errors, summary }, refused: added.length, failed };
}
