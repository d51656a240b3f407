/**
 * The bulk user import file: one user per row, these columns, a header line first.
 * Column names are matched ignoring case, spaces, dashes and underscores ("First name",
 * "first_name" and "FIRSTNAME" all work); columns in any order; unknown columns are
 * ignored (and reported). UTF-8 (Excel: "CSV UTF-8"); up to MAX_IMPORT_ROWS users.
 */
import { SUBSCRIBER_PACKAGES } from '@contract/packages';

export const IMPORT_COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'package',
  'location',
  'phoneNumber',
  'extension',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 20_000;

/** Webex's own limit is not documented; the API schema caps names at 255 characters. */
export const NAME_MAX = 255;

export interface ImportColumnSpec {
  column: ImportColumn;
  /** `calling`: needed for calling packages (phoneNumber, extension or both). */
  required: 'yes' | 'no' | 'calling';
  description: string;
  allowed: string;
  example: string;
}

export const IMPORT_COLUMN_SPECS: readonly ImportColumnSpec[] = [
  {
    column: 'firstName',
    required: 'no',
    description: 'Given name, used when Webex creates a new user (an existing Webex user keeps theirs).',
    allowed: `Any text up to ${NAME_MAX} characters.`,
    example: 'Jane',
  },
  {
    column: 'lastName',
    required: 'no',
    description: 'Family name, used like firstName.',
    allowed: `Any text up to ${NAME_MAX} characters.`,
    example: 'Doe',
  },
  {
    column: 'email',
    required: 'yes',
    description: "The user's work e-mail address; identifies the user in Webex.",
    allowed: 'An e-mail address, at most 254 characters, once per file and not already a user of this customer.',
    example: 'jane.doe@example.com',
  },
  {
    column: 'package',
    required: 'yes',
    description: 'The Webex package the user gets (one per user).',
    allowed: `One of ${SUBSCRIBER_PACKAGES.join(', ')} (or its label, such as "Webex Calling"); the customer must hold it.`,
    example: 'webex_calling',
  },
  {
    column: 'location',
    required: 'no',
    description: "The customer's location the user belongs to; empty uses the customer's main location.",
    allowed: "The name of one of the customer's locations (any case) or its location ID.",
    example: 'Headquarters',
  },
  {
    column: 'phoneNumber',
    required: 'calling',
    description: 'Primary phone number, for calling packages (every package but webex_meetings).',
    allowed:
      'E.164: + then the country code and number, at most 15 digits, such as +12405551212 (spaces, dashes and brackets are removed). Not already used in this customer. Format the column as Text so a spreadsheet keeps the +.',
    example: '+12405551212',
  },
  {
    column: 'extension',
    required: 'calling',
    description: 'Internal extension, for calling packages; a calling user needs a phoneNumber, an extension or both.',
    allowed: '2 to 10 digits, not already used in this customer.',
    example: '1001',
  },
];

const ALIASES: Readonly<Record<string, ImportColumn>> = {
  firstname: 'firstName',
  givenname: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  package: 'package',
  location: 'location',
  locationname: 'location',
  locationid: 'location',
  phonenumber: 'phoneNumber',
  phone: 'phoneNumber',
  primaryphonenumber: 'phoneNumber',
  extension: 'extension',
  ext: 'extension',
};

/** The import column a header cell names, or null for a column the import does not use. */
export function matchImportColumn(header: string): ImportColumn | null {
  return ALIASES[header.toLowerCase().replace(/[\s_\-.]/g, '')] ?? null;
}
