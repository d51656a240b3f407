/**
 * The failed users of a run as an import file: the import's columns plus an "errors"
 * column (ignored on upload), so the admin fixes the rows and imports the file again.
 */
import { toCsv } from '@/shared/csv/csv-writer';
import { IMPORT_COLUMNS } from './import-columns';
import { IMPORT_ERROR_COLUMN } from './error-file';
import type { RunnerRow } from './provisioning-state';
import type { ProvisionedUser } from './provisioning-requests';
import type { RunInput } from './run-registry';

export const RUN_ERROR_FILENAME = 'webex-users-failed.csv';

export function runErrorCsv(
  rows: readonly Readonly<RunnerRow<RunInput, ProvisionedUser>>[],
  describe: (row: Readonly<RunnerRow<RunInput, ProvisionedUser>>) => string,
): string {
  const failed = rows.filter((row) => row.status === 'failed');
  return toCsv(
    [
      [...IMPORT_COLUMNS, IMPORT_ERROR_COLUMN],
      ...failed.map(({ input, ...row }) => [
        input.firstName ?? '',
        input.lastName ?? '',
        input.email,
        input.package,
        input.locationId ?? '',
        input.primaryPhoneNumber ?? '',
        input.extension ?? '',
        `${input.row ? `Row ${input.row}: ` : ''}${describe({ input, ...row })}`,
      ]),
    ],
    { bom: true },
  );
}
