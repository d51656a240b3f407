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

/** Values already taken: by the customer (`existing`), or by an earlier row of the file (value → row). */
export interface UniqueValues {
  existing: Set<string>;
  taken: Map<string, number>;
}

/** What the rows of one file share: column positions, lookups, and the values seen so far. */
export interface RowState {
  /** Where each of IMPORT_COLUMNS is in the file, in that order; -1 when the file lacks it. */
  positions: readonly number[];
  customerPackages: readonly string[] | undefined;
  matchLocation: (value: string) => CellCheck<ImportLocation>;
  email: UniqueValues;
  phoneNumber: UniqueValues;
  extension: UniqueValues;
}

const [FIRST_NAME, LAST_NAME, EMAIL, PACKAGE, LOCATION, PHONE, EXTENSION] = IMPORT_COLUMNS.map((_, i) => i) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

const EXISTING_WHAT = {
  email: 'a user',
  phoneNumber: 'the number of a user',
  extension: 'the extension of a user',
} as const;

function cellAt(cells: readonly string[], position: number | undefined): string {
  if (position === undefined || position < 0) return '';
  const value = cells[position];
  return value === undefined ? '' : value.trim();
}

/** Within the file the first row keeps a value; later rows with it are the duplicates. */
function claim(
  column: keyof typeof EXISTING_WHAT,
  values: UniqueValues,
  key: string,
  shown: string,
  row: number,
): string | null {
  if (values.existing.has(key)) return `${shown} is already ${EXISTING_WHAT[column]} of this customer.`;
  const first = values.taken.get(key);
  if (first !== undefined) return `${shown} is already on row ${first} of this file.`;
  values.taken.set(key, row);
  return null;
}

/** Collects a row's problems by column; most rows have none, so nothing is allocated for them. */
class RowProblems {
  list: [column: number, message: string][] | null = null;

  add(column: number, message: string | null): void {
    if (message !== null) (this.list ??= []).push([column, message]);
  }

  /** The value of a check, recording its message when it failed. */
  take<T>(column: number, result: CellCheck<T>): T | undefined {
    if (result.ok) return result.value;
    this.add(column, result.message);
    return undefined;
  }
}

/** Checks one row, appending its errors (in column order); answers the user when there are none. */
export function validateRow(
  cells: readonly string[],
  row: number,
  state: RowState,
  out: ImportError[],
): ImportUser | null {
  const at = state.positions;
  const text = IMPORT_COLUMNS.map((_, i) => cellAt(cells, at[i]));
  const problems = new RowProblems();
  for (let i = 0; i < text.length; i++) {
    if ((text[i] as string).includes('\uFFFD')) {
      problems.add(i, 'has characters that are not UTF-8: save the file as "CSV UTF-8" and upload it again.');
    }
  }
  const [firstNameText, lastNameText, emailText, packageText, locationText, phoneText, extensionText] = text as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const firstName = problems.take(FIRST_NAME, checkName(firstNameText, NAME_MAX));
  const lastName = problems.take(LAST_NAME, checkName(lastNameText, NAME_MAX));
  const email = problems.take(EMAIL, checkEmail(emailText));
  if (email) problems.add(EMAIL, claim('email', state.email, email.toLowerCase(), email, row));
  const pkg = problems.take(PACKAGE, checkPackage(packageText, state.customerPackages));
  const location = locationText === '' ? undefined : problems.take(LOCATION, state.matchLocation(locationText));
  const phone = phoneText === '' ? undefined : problems.take(PHONE, checkPhoneNumber(phoneText));
  const extension = extensionText === '' ? undefined : problems.take(EXTENSION, checkExtension(extensionText));
  if (pkg && isCallingSubscriberPackage(pkg)) {
    if (phoneText === '' && extensionText === '') {
      problems.add(PHONE, `${pkg} is a calling package: give a phoneNumber, an extension, or both.`);
    }
  } else if (pkg) {
    if (phoneText !== '')
      problems.add(PHONE, `${pkg} has no phone service: leave phoneNumber empty, or choose a calling package.`);
    if (extensionText !== '')
      problems.add(EXTENSION, `${pkg} has no phone service: leave extension empty, or choose a calling package.`);
  }
  if (phone) problems.add(PHONE, claim('phoneNumber', state.phoneNumber, phone, phone, row));
  if (extension) problems.add(EXTENSION, claim('extension', state.extension, extension, extension, row));

  if (problems.list) {
    // Stable: messages of one column keep their order.
    problems.list.sort((a, b) => a[0] - b[0]);
    for (const [column, message] of problems.list)
      out.push({ row, column: IMPORT_COLUMNS[column] as ImportColumn, message });
    return null;
  }
  if (!email || !pkg) return null;
  const user: ImportUser = { email, package: pkg };
  if (firstName) user.firstName = firstName;
  if (lastName) user.lastName = lastName;
  if (location) user.locationId = location.id;
  if (phone) user.primaryPhoneNumber = phone;
  if (extension) user.extension = extension;
  return user;
}
