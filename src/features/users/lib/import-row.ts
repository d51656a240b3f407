/**
 * The checks of one row of the user import, in column order: each cell's own rule, the
 * package's phone rules, and uniqueness within the file and against the customer.
 */
import { isCallingSubscriberPackage } from '@contract/packages';
import { IMPORT_COLUMNS, NAME_MAX, type ImportColumn } from './import-columns';
import {
  checkEmail,
  checkExtension,
  checkName,
  checkPackage,
  checkPhoneNumber,
  type CellCheck,
  type ImportLocation,
} from './import-rules';
import type { ImportError, ImportUser } from './import-validator';

type UniqueColumn = 'email' | 'phoneNumber' | 'extension';

/** What the rows of one file share: column positions, lookups, and the values seen so far. */
export interface RowState {
  positions: Partial<Record<ImportColumn, number>>;
  customerPackages: readonly string[] | undefined;
  matchLocation: (value: string) => CellCheck<ImportLocation>;
  taken: Record<UniqueColumn, Map<string, number>>;
  existing: Record<UniqueColumn, Set<string>>;
}

const EXISTING_WHAT: Record<UniqueColumn, string> = {
  email: 'a user',
  phoneNumber: 'the number of a user',
  extension: 'the extension of a user',
};

/** Checks one row, appending its errors (in column order); answers the user when there are none. */
export function validateRow(
  cells: readonly string[],
  row: number,
  state: RowState,
  out: ImportError[],
): ImportUser | null {
  const v = {} as Record<ImportColumn, string>;
  for (const column of IMPORT_COLUMNS) {
    const at = state.positions[column];
    v[column] = at === undefined ? '' : (cells[at] ?? '').trim();
  }
  const errors: Partial<Record<ImportColumn, string[]>> = {};
  const report = (column: ImportColumn, message: string) => (errors[column] ??= []).push(message);
  const check = <T>(column: ImportColumn, result: CellCheck<T>): T | undefined => {
    if (result.ok) return result.value;
    report(column, result.message);
    return undefined;
  };
  /** Within the file the first row keeps a value; later rows with it are the duplicates. */
  const unique = (column: UniqueColumn, key: string, shown: string) => {
    if (state.existing[column].has(key))
      return report(column, `${shown} is already ${EXISTING_WHAT[column]} of this customer.`);
    const first = state.taken[column].get(key);
    if (first !== undefined) return report(column, `${shown} is already on row ${first} of this file.`);
    state.taken[column].set(key, row);
  };

  for (const column of IMPORT_COLUMNS) {
    if (v[column].includes('\uFFFD')) {
      report(column, 'has characters that are not UTF-8: save the file as "CSV UTF-8" and upload it again.');
    }
  }
  const firstName = check('firstName', checkName(v.firstName, NAME_MAX));
  const lastName = check('lastName', checkName(v.lastName, NAME_MAX));
  const email = check('email', checkEmail(v.email));
  if (email) unique('email', email.toLowerCase(), email);
  const pkg = check('package', checkPackage(v.package, state.customerPackages));
  const location = v.location === '' ? undefined : check('location', state.matchLocation(v.location));
  const phone = v.phoneNumber === '' ? undefined : check('phoneNumber', checkPhoneNumber(v.phoneNumber));
  const extension = v.extension === '' ? undefined : check('extension', checkExtension(v.extension));
  if (pkg && isCallingSubscriberPackage(pkg)) {
    if (v.phoneNumber === '' && v.extension === '') {
      report('phoneNumber', `${pkg} is a calling package: give a phoneNumber, an extension, or both.`);
    }
  } else if (pkg) {
    for (const column of ['phoneNumber', 'extension'] as const) {
      if (v[column] !== '')
        report(column, `${pkg} has no phone service: leave ${column} empty, or choose a calling package.`);
    }
  }
  if (phone) unique('phoneNumber', phone, phone);
  if (extension) unique('extension', extension, extension);

  let count = 0;
  for (const column of IMPORT_COLUMNS) {
    for (const message of errors[column] ?? []) {
      out.push({ row, column, message });
      count++;
    }
  }
  if (count > 0 || !email || !pkg) return null;
  return {
    email,
    package: pkg,
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(location ? { locationId: location.id } : {}),
    ...(phone ? { primaryPhoneNumber: phone } : {}),
    ...(extension ? { extension } : {}),
  };
}
