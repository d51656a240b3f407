import { describeErrorCode } from '@contract/error-codes';
import type { RowFailure } from '../../lib/provisioning-state';
import type { NumbersRow } from './bulk-plan';
import { bareNumber, changePackageSchema, toUpdateBody, type ChangePackageValues } from './change-package-schema';

export type NumberField = 'primaryPhoneNumber' | 'extension';
export type NumberEntry = Pick<ChangePackageValues, NumberField>;
export type RowErrors = Partial<Record<NumberField, string>>;
/** What a PUT's provisioningParameters carry for a move from meetings to calling. */
export type PhoneLine = Partial<Record<NumberField, string>>;

export const NUMBER_FIELDS: readonly NumberField[] = ['primaryPhoneNumber', 'extension'];
export const EMPTY_ENTRY: NumberEntry = { primaryPhoneNumber: '', extension: '' };

const SERVER_PATH: Record<string, NumberField> = {
  'provisioningParameters.primaryPhoneNumber': 'primaryPhoneNumber',
  'provisioningParameters.extension': 'extension',
};

const MISSING = 'Enter a phone number, an extension, or both.';
const NOUN: Record<NumberField, string> = { primaryPhoneNumber: 'number', extension: 'extension' };

export function entryOf(entries: Readonly<Record<string, NumberEntry>>, id: string): NumberEntry {
  return Object.hasOwn(entries, id) ? (entries[id] as NumberEntry) : EMPTY_ENTRY;
}

/** The comparable form of a cell: a number without separators, an extension trimmed. */
function comparable(field: NumberField, value: string): string {
  return field === 'primaryPhoneNumber' ? bareNumber(value) : value.trim();
}

/**
 * The message of each cell that needs fixing, by subscriber ID: first the single-change
 * form's own rules (changePackageSchema: required, E.164, extension digits; a missing
 * line in fewer words, as the table already says what a calling package needs), then a
 * number or extension entered for two selected users of one customer, which Webex would
 * refuse for the second (numbers are unique within a customer).
 */
export function numberErrors(
  rows: readonly NumbersRow[],
  to: string,
  entries: Readonly<Record<string, NumberEntry>>,
): Map<string, RowErrors> {
  const errors = new Map<string, RowErrors>();
  const add = (id: string, field: NumberField, message: string) => {
    const row = errors.get(id) ?? {};
    row[field] ??= message;
    errors.set(id, row);
  };
  for (const { user, ctx } of rows) {
    const result = changePackageSchema(user, ctx).safeParse({ package: to, ...entryOf(entries, user.id) });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (field !== 'primaryPhoneNumber' && field !== 'extension') continue;
      // The table's introduction says why; a row repeating it fifty times would bury the table.
      const missing = issue.code === 'custom' && issue.params?.['missing'] === true;
      add(user.id, field, missing ? MISSING : issue.message);
    }
  }
  for (const field of NUMBER_FIELDS) {
    const holders = new Map<string, NumbersRow[]>();
    for (const row of rows) {
      const value = comparable(field, entryOf(entries, row.user.id)[field]);
      if (!value) continue;
      const key = `${row.user.customerId ?? ''}\n${value}`;
      holders.set(key, [...(holders.get(key) ?? []), row]);
    }
    for (const same of holders.values()) {
      if (same.length < 2) continue;
      for (const row of same) {
        const others = same.filter((r) => r !== row).map((r) => r.user.email ?? r.user.id);
        add(row.user.id, field, `Also entered for ${others.join(', ')}: each user needs their own ${NOUN[field]}.`);
      }
    }
  }
  return errors;
}

/** The phone line a row's PUT carries: the single dialog's body, blanks left out. */
export function phoneLineOf(row: NumbersRow, to: string, entry: NumberEntry): PhoneLine {
  const body = toUpdateBody(row.user, { package: to, ...entry });
  return ('provisioningParameters' in body ? body.provisioningParameters : undefined) ?? {};
}

/**
 * A refusal about the row's number or extension (taken, bad format, missing), as its cell
 * shows it: the catalogue's plain explanation and the Webex code (the server's own words
 * only echo the value, which the cell already shows). The field comes from the code, as
 * the real API names none.
 */
export function serverNumberError(failure: RowFailure | null): { field: NumberField; message: string } | null {
  if (!failure || typeof failure.errorCode !== 'number') return null;
  const entry = describeErrorCode(failure.errorCode);
  const field = entry?.field ? SERVER_PATH[entry.field] : undefined;
  if (!entry || !field) return null;
  return { field, message: `${entry.explanation} (Webex error ${failure.errorCode})` };
}
