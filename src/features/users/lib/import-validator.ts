/**
 * Validates a parsed user import file (records from the shared CSV parser, header first):
 * every rule per cell, duplicates within the file and against what the customer already
 * has, and a summary. Row numbers are the file's record numbers, the header being row 1,
 * which is what a spreadsheet shows for a file without blank lines.
 *
 * A calling user needs a phone number, an extension or both. The API waives that for a
 * person who already is a Webex Calling user, which only the server knows; the import
 * asks for them anyway, so every row it accepts provisions with what the file says.
 */
import type { SubscriberPackage } from '@contract/packages';
import type { ProvisionSubscriberRequestInput } from '@contract/wholesale';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, matchImportColumn, type ImportColumn } from './import-columns';
import { createLocationMatcher, type ImportLocation } from './import-rules';
import { validateRow, type RowState } from './import-row';

export interface ImportContext {
  /** The customer's locations, for the location column (by name or ID). */
  locations: readonly ImportLocation[];
  /** The customer's packages; omit to allow every user package. */
  customerPackages?: readonly string[];
  /** What the customer already has; a row may not reuse it. */
  existing?: {
    emails?: readonly string[];
    phoneNumbers?: readonly string[];
    extensions?: readonly string[];
  };
  maxRows?: number;
}

/** A valid row, ready to provision. */
export interface ImportUser {
  firstName?: string;
  lastName?: string;
  email: string;
  package: SubscriberPackage;
  locationId?: string;
  primaryPhoneNumber?: string;
  extension?: string;
}

export interface ImportRow {
  /** Record number in the file (header = 1). */
  row: number;
  /** The cells as read, in the file's column order (for the error file). */
  cells: readonly string[];
  /** Set when the row has no errors. */
  user: ImportUser | null;
}

export interface ImportError {
  row: number;
  /** null for a problem with the file as a whole. */
  column: ImportColumn | null;
  message: string;
}

export interface ImportSummary {
  /** Data rows, blank ones excluded. */
  totalRows: number;
  validRows: number;
  invalidRows: number;
  blankRows: number;
  errorCount: number;
  errorsByColumn: Partial<Record<ImportColumn | 'file', number>>;
  /** Valid rows per package. */
  packages: Partial<Record<SubscriberPackage, number>>;
  /** Header cells that name no import column (their values are ignored). */
  ignoredColumns: string[];
}

export interface ImportResult {
  header: readonly string[];
  rows: ImportRow[];
  errors: ImportError[];
  summary: ImportSummary;
}

const REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'package'];

/** A result for a file that cannot be read as users at all (bad CSV, too large). */
export function fileProblemResult(message: string): ImportResult {
  return fileResult([], [{ row: 1, column: null, message }]);
}

function fileResult(header: readonly string[], errors: ImportError[], ignoredColumns: string[] = []): ImportResult {
  return {
    header,
    rows: [],
    errors,
    summary: {
      totalRows: 0,
      validRows: 0,
      invalidRows: 0,
      blankRows: 0,
      errorCount: errors.length,
      errorsByColumn: { file: errors.length },
      packages: {},
      ignoredColumns,
    },
  };
}

/** Maps header cells to import columns; file-level errors for missing or repeated columns. */
function readHeader(header: readonly string[]): {
  positions: Partial<Record<ImportColumn, number>>;
  ignored: string[];
  errors: ImportError[];
} {
  const positions: Partial<Record<ImportColumn, number>> = {};
  const ignored: string[] = [];
  const errors: ImportError[] = [];
  header.forEach((cell, index) => {
    const column = matchImportColumn(cell.trim());
    if (!column) {
      if (cell.trim() !== '') ignored.push(cell.trim());
    } else if (positions[column] !== undefined) {
      errors.push({
        row: 1,
        column,
        message: `The header names the ${column} column twice (columns ${(positions[column] as number) + 1} and ${index + 1}); keep one.`,
      });
    } else positions[column] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => positions[c] === undefined);
  if (missing.length > 0) {
    errors.push({
      row: 1,
      column: null,
      message: `The header has no ${missing.join(' or ')} column. The first line must name the columns: ${IMPORT_COLUMNS.join(',')} (email and package are required).`,
    });
  }
  return { positions, ignored, errors };
}

export function validateImport(records: readonly (readonly string[])[], context: ImportContext): ImportResult {
  const header = records[0];
  if (!header)
    return fileResult(
      [],
      [{ row: 1, column: null, message: 'The file is empty: the first line must name the columns.' }],
    );
  const { positions, ignored, errors: headerErrors } = readHeader(header);
  if (headerErrors.length > 0) return fileResult(header, headerErrors, ignored);
  const max = context.maxRows ?? MAX_IMPORT_ROWS;
  if (records.length - 1 > max) {
    return fileResult(
      header,
      [
        {
          row: 1,
          column: null,
          message: `The file has ${(records.length - 1).toLocaleString('en')} rows; at most ${max.toLocaleString('en')} users per file. Split it into several files.`,
        },
      ],
      ignored,
    );
  }

  const state: RowState = {
    positions: IMPORT_COLUMNS.map((c) => positions[c] ?? -1),
    customerPackages: context.customerPackages,
    matchLocation: createLocationMatcher(context.locations),
    email: { existing: new Set((context.existing?.emails ?? []).map((e) => e.trim().toLowerCase())), taken: new Map() },
    phoneNumber: {
      existing: new Set((context.existing?.phoneNumbers ?? []).map((p) => p.replace(/[\s\-.()]/g, ''))),
      taken: new Map(),
    },
    extension: { existing: new Set((context.existing?.extensions ?? []).map((x) => x.trim())), taken: new Map() },
  };
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  const errorsByColumn: ImportSummary['errorsByColumn'] = {};
  const packages: ImportSummary['packages'] = {};
  let blankRows = 0;

  for (let index = 1; index < records.length; index++) {
    const cells = records[index] as readonly string[];
    if (cells.every((c) => c.trim() === '')) {
      blankRows++;
      continue;
    }
    const row = index + 1;
    const rowErrors: ImportError[] = [];
    const user = validateRow(cells, row, state, rowErrors);
    for (const error of rowErrors) {
      errors.push(error);
      const key = error.column ?? 'file';
      errorsByColumn[key] = (errorsByColumn[key] ?? 0) + 1;
    }
    if (user) packages[user.package] = (packages[user.package] ?? 0) + 1;
    rows.push({ row, cells, user });
  }

  const validRows = rows.filter((r) => r.user).length;
  return {
    header,
    rows,
    errors,
    summary: {
      totalRows: rows.length,
      validRows,
      invalidRows: rows.length - validRows,
      blankRows,
      errorCount: errors.length,
      errorsByColumn,
      packages,
      ignoredColumns: ignored,
    },
  };
}

/** The body of POST /wholesale/subscribers for a valid row. */
export function toProvisionRequest(user: ImportUser, customerId: string): ProvisionSubscriberRequestInput {
  return {
    customerId,
    email: user.email,
    packages: [user.package],
    provisioningParameters: {
      ...(user.firstName ? { firstName: user.firstName } : {}),
      ...(user.lastName ? { lastName: user.lastName } : {}),
      ...(user.primaryPhoneNumber ? { primaryPhoneNumber: user.primaryPhoneNumber } : {}),
      ...(user.extension ? { extension: user.extension } : {}),
      ...(user.locationId ? { locationId: user.locationId } : {}),
    },
  };
}
