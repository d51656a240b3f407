/**
 * The set-up wizard's form: confirmed locations, a grid of users, and the numbers of the
 * calling users. The grid is checked by the import's row rules (validateImport), so a
 * user typed in the wizard and a user uploaded in a file meet exactly the same checks:
 * the users step shows the name, e-mail, package and location problems, the numbers step
 * the phone-number and extension ones (duplicates within the pass and against what the
 * customer already has included). Leaving the numbers step also asks Webex about every
 * calling row (RowChecker), which is the only way to find a number or extension an
 * existing user of the customer holds; its answers land on the cells they are about.
 */
import * as z from 'zod';
import { isCallingSubscriberPackage } from '@contract/packages';
import type { WizardStepDef } from '@/shared/wizard/wizard-steps';
import { IMPORT_COLUMNS, type ImportColumn } from './import-columns';
import type { CheckCell, CheckVerdict } from './customer-check';
import type { ImportLocation } from './import-rules';
import { validateImport, type ImportContext, type ImportError, type ImportUser } from './import-validator';

export interface SetupUserRow {
  firstName: string;
  lastName: string;
  email: string;
  package: string;
  /** Empty: the customer's main location. */
  locationId: string;
}

export interface SetupNumbers {
  phoneNumber: string;
  extension: string;
}

export interface SetupForm {
  locationsConfirmed: boolean;
  users: SetupUserRow[];
  /** Same index as `users`; only calling users' numbers are used. */
  numbers: SetupNumbers[];
}

/** The hosted product's pass is 25 users; the grid starts there and may grow. */
export const SETUP_ROWS = 25;
export const SETUP_MAX_ROWS = 200;
export const SETUP_FORM_VERSION = 1;

export const emptyUserRow = (): SetupUserRow => ({
  firstName: '',
  lastName: '',
  email: '',
  package: '',
  locationId: '',
});
export const emptyNumbers = (): SetupNumbers => ({ phoneNumber: '', extension: '' });

export function emptySetupForm(rows = SETUP_ROWS): SetupForm {
  return {
    locationsConfirmed: false,
    users: Array.from({ length: rows }, emptyUserRow),
    numbers: Array.from({ length: rows }, emptyNumbers),
  };
}

export interface SetupContext {
  locations: readonly ImportLocation[];
  customerPackages?: readonly string[];
  existing: NonNullable<ImportContext['existing']>;
}

export const isBlankRow = (row: SetupUserRow | undefined) =>
  !row || [row.firstName, row.lastName, row.email, row.package, row.locationId].every((v) => v.trim() === '');

export interface SetupCheck {
  /** Problems by grid index (not file row). */
  errors: (ImportError & { index: number })[];
  /** The users ready to create, with their grid index. */
  users: { index: number; user: ImportUser }[];
}

/** Checks the whole grid; blank rows are skipped, numbers of non-calling users ignored. */
export function checkSetupRows(values: Pick<SetupForm, 'users' | 'numbers'>, context: SetupContext): SetupCheck {
  const indexOfRecord: number[] = [];
  const records: string[][] = [[...IMPORT_COLUMNS]];
  values.users.forEach((row, index) => {
    if (isBlankRow(row)) return;
    const numbers = values.numbers[index] ?? emptyNumbers();
    const calling = isCallingSubscriberPackage(row.package.trim());
    indexOfRecord.push(index);
    records.push([
      row.firstName,
      row.lastName,
      row.email,
      row.package,
      row.locationId,
      calling ? numbers.phoneNumber : '',
      calling ? numbers.extension : '',
    ]);
  });
  const result = validateImport(records, { ...context, maxRows: SETUP_MAX_ROWS });
  // Record n (header = 1) is the (n - 2)th non-blank grid row.
  const indexOf = (row: number) => indexOfRecord[row - 2] ?? 0;
  // The rules speak of file rows; the grid's rows are numbered from 1 on screen.
  const gridWording = (message: string) =>
    message.replace(/on row (\d+) of this file/, (_, row: string) => `in row ${indexOf(Number(row)) + 1} of this pass`);
  return {
    errors: result.errors.map((error) => ({
      ...error,
      message: gridWording(error.message),
      index: indexOf(error.row),
    })),
    users: result.rows.flatMap((row) => (row.user ? [{ index: indexOf(row.row), user: row.user }] : [])),
  };
}

/** Webex's verdicts on rows (CustomerCheck): the numbers step asks, both grids show the answers. */
export interface RowChecker {
  /** The answer about this row as it is now, if it was asked; no request. */
  verdict(user: ImportUser): CheckVerdict | undefined;
  /** Asks about the rows not asked yet, when the admin asked to move on (see CustomerCheck). */
  check(users: readonly ImportUser[]): Promise<void>;
}

const USER_CELLS: readonly CheckCell[] = ['firstName', 'lastName', 'email', 'package', 'locationId'];

/** Where a verdict goes in the form: the cell it names, else the numbers row (shown beside the user). */
export function verdictIssue(
  index: number,
  verdict: CheckVerdict | undefined,
): { path: (string | number)[]; message: string } | null {
  if (!verdict || verdict.kind === 'ok') return null;
  if (verdict.kind === 'failed' || verdict.cell === null) return { path: ['numbers', index], message: verdict.message };
  const part = USER_CELLS.includes(verdict.cell) ? 'users' : 'numbers';
  return { path: [part, index, verdict.cell], message: verdict.message };
}

const USER_COLUMNS: Partial<Record<ImportColumn, keyof SetupUserRow>> = {
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  package: 'package',
  location: 'locationId',
};
const NUMBER_COLUMNS: Partial<Record<ImportColumn, keyof SetupNumbers>> = {
  phoneNumber: 'phoneNumber',
  extension: 'extension',
};

function gridSchema(context: SetupContext, part: 'users' | 'numbers', checker: RowChecker | undefined) {
  return z.looseObject({}).superRefine(async (raw, ctx) => {
    const values = raw as unknown as SetupForm;
    if (part === 'users' && values.users.every(isBlankRow)) {
      ctx.addIssue({ code: 'custom', path: ['users', 0, 'email'], message: 'Add at least one user.' });
      return;
    }
    const columns = part === 'users' ? USER_COLUMNS : NUMBER_COLUMNS;
    const result = checkSetupRows(values, context);
    for (const error of result.errors) {
      const field = error.column ? columns[error.column] : undefined;
      if (field) ctx.addIssue({ code: 'custom', path: [part, error.index, field], message: error.message });
    }
    if (!checker) return;
    // Rows that pass the local rules; the users step only shows what the numbers step learnt.
    const calling = result.users.filter(({ user }) => isCallingSubscriberPackage(user.package));
    if (part === 'numbers') await checker.check(calling.map(({ user }) => user));
    for (const { index, user } of calling) {
      const issue = verdictIssue(index, checker.verdict(user));
      if (issue && (part === 'numbers' || issue.path[0] === 'users')) ctx.addIssue({ code: 'custom', ...issue });
    }
  });
}

export function setupSteps(context: SetupContext, checker?: RowChecker): WizardStepDef[] {
  return [
    {
      id: 'locations',
      title: 'Locations',
      description: 'Add the branch offices the users work from, and confirm the list.',
      schema: z.object({
        locationsConfirmed: z.literal(true, {
          error: 'Confirm that these are the locations the users need (add any that are missing first).',
        }),
      }),
      fields: ['locationsConfirmed'],
    },
    {
      id: 'users',
      title: 'Users',
      description: 'Name, e-mail, package and location of each user; empty rows are skipped.',
      schema: gridSchema(context, 'users', checker),
      fields: ['users'],
    },
    {
      id: 'numbers',
      title: 'Phone numbers',
      description: 'A phone number, an extension or both for every user with a calling package.',
      schema: gridSchema(context, 'numbers', checker),
      fields: ['numbers'],
    },
  ];
}
