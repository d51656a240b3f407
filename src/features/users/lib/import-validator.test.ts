// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SUBSCRIBER_PACKAGES } from '@contract/packages';
import { ProvisionSubscriberRequest } from '@contract/wholesale';
import { createCsvParser } from '@/shared/csv/csv-parser';
import { importErrorCsv } from './error-file';
import { IMPORT_COLUMNS, IMPORT_COLUMN_SPECS, matchImportColumn } from './import-columns';
import { importTemplateCsv } from './import-template';
import { toProvisionRequest, validateImport, type ImportContext } from './import-validator';

const HEADER = 'firstName,lastName,email,package,location,phoneNumber,extension';
const context: ImportContext = {
  locations: [
    { id: 'loc-hq', name: 'Headquarters' },
    { id: 'loc-b1', name: 'Branch' },
    { id: 'loc-b2', name: 'branch ' },
  ],
  customerPackages: ['webex_calling', 'webex_meetings', 'attendant_console'],
  existing: { emails: ['Taken@Example.com'], phoneNumbers: ['+1 240 555 0000'], extensions: ['5000'] },
};

function parse(text: string): string[][] {
  const rows: string[][] = [];
  const parser = createCsvParser((batch) => rows.push(...batch));
  parser.push(text);
  parser.finish();
  return rows;
}

/** Validates `lines` under the standard header; answers errors as "row column: message" strings. */
function errorsOf(lines: string[], ctx: ImportContext = context): string[] {
  return validateImport(parse([HEADER, ...lines].join('\n')), ctx).errors.map(
    (e) => `${e.row} ${e.column}: ${e.message}`,
  );
}

describe('validateImport: a clean file', () => {
  it('accepts valid rows and normalises them into provisioning requests', () => {
    const result = validateImport(
      parse(
        [
          HEADER,
          'Jane,Doe, jane@example.com ,webex_calling,headquarters,+1 (240) 555-1212,1001',
          'John,Smith,john@example.com,Webex Meetings,,,',
          ',,ext@example.com,WEBEX_CALLING,loc-b1,,2002',
        ].join('\r\n'),
      ),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.user)).toEqual([
      {
        firstName: 'Jane',
        lastName: 'Doe',
        email: 'jane@example.com',
        package: 'webex_calling',
        locationId: 'loc-hq',
        primaryPhoneNumber: '+12405551212',
        extension: '1001',
      },
      { firstName: 'John', lastName: 'Smith', email: 'john@example.com', package: 'webex_meetings' },
      { email: 'ext@example.com', package: 'webex_calling', locationId: 'loc-b1', extension: '2002' },
    ]);
    expect(result.summary).toMatchObject({
      totalRows: 3,
      validRows: 3,
      invalidRows: 0,
      packages: { webex_calling: 2, webex_meetings: 1 },
    });
    const body = toProvisionRequest(result.rows[0]?.user ?? expect.unreachable(), 'cust-1');
    expect(ProvisionSubscriberRequest.safeParse(body).success).toBe(true);
    expect(body).toEqual({
      customerId: 'cust-1',
      email: 'jane@example.com',
      packages: ['webex_calling'],
      provisioningParameters: {
        firstName: 'Jane',
        lastName: 'Doe',
        primaryPhoneNumber: '+12405551212',
        extension: '1001',
        locationId: 'loc-hq',
      },
    });
  });

  it('matches header names loosely, in any order, skips blank rows and reports unknown columns', () => {
    const result = validateImport(
      parse(
        'E-mail,Package,First Name,notes\na@example.com,webex_meetings,Ann,hello\n,,,\nb@example.com,webex_meetings,Bo,\n',
      ),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.user?.firstName])).toEqual([
      [2, 'Ann'],
      [4, 'Bo'],
    ]);
    expect(result.summary.blankRows).toBe(1);
    expect(result.summary.ignoredColumns).toEqual(['notes']);
    expect(['first_name', 'PHONE NUMBER', 'ext', 'Location ID'].map(matchImportColumn)).toEqual([
      'firstName',
      'phoneNumber',
      'extension',
      'location',
    ]);
  });
});

describe('validateImport: rules, one cell at a time', () => {
  it('requires email and package', () => {
    expect(errorsOf(['Ann,Lee,,,,,'])).toEqual([
      '2 email: is required: the user’s e-mail address, such as jane.doe@example.com.',
      `2 package: is required; one of: ${SUBSCRIBER_PACKAGES.join(', ')}.`,
    ]);
  });

  it('checks the e-mail format', () => {
    expect(errorsOf([',,jane.example.com,webex_meetings,,,'])).toEqual([
      '2 email: must be an e-mail address such as jane.doe@example.com (got "jane.example.com").',
    ]);
  });

  it('accepts only user packages the customer holds, with their prerequisites', () => {
    expect(errorsOf([',,a@example.com,webex_teams,,,'])[0]).toBe(
      `2 package: "webex_teams" is not a user package; use one of: ${SUBSCRIBER_PACKAGES.join(', ')}.`,
    );
    expect(errorsOf([',,a@example.com,common_area_calling,,,'])[0]).toContain(
      'common_area_calling is a customer package, not a user package',
    );
    expect(errorsOf([',,a@example.com,webex_suite,,+12405551212,'])).toEqual([
      '2 package: webex_suite: this customer does not have it; use one of its packages: webex_calling, webex_meetings, attendant_console.',
    ]);
    const noBase = { ...context, customerPackages: ['attendant_console', 'webex_meetings'] };
    expect(errorsOf([',,a@example.com,attendant_console,,,1234'], noBase)).toEqual([
      '2 package: attendant_console needs the customer to hold one of: webex_calling, webex_suite, cx_essentials.',
    ]);
  });

  it('needs a phone number or extension for calling packages, and neither for meetings', () => {
    expect(errorsOf([',,a@example.com,webex_calling,,,'])).toEqual([
      '2 phoneNumber: webex_calling is a calling package: give a phoneNumber, an extension, or both.',
    ]);
    expect(errorsOf([',,a@example.com,webex_meetings,,+12405551212,1001'])).toEqual([
      '2 phoneNumber: webex_meetings has no phone service: leave phoneNumber empty, or choose a calling package.',
      '2 extension: webex_meetings has no phone service: leave extension empty, or choose a calling package.',
    ]);
  });

  it('wants E.164 phone numbers with their + and explains what spreadsheets do to them', () => {
    expect(errorsOf([',,a@example.com,webex_calling,,12405551212,'])).toEqual([
      '2 phoneNumber: must start with + and the country code, such as +12405551212 (got "12405551212"; spreadsheets drop a leading + unless the column is formatted as Text).',
    ]);
    expect(errorsOf([',,a@example.com,webex_calling,,1.24056E+10,'])[0]).toContain(
      'format the phoneNumber column as Text',
    );
    expect(errorsOf([',,a@example.com,webex_calling,,+0123,'])[0]).toContain('must be an E.164 number');
    expect(errorsOf([',,a@example.com,webex_calling,,+1234567890123456,'])[0]).toContain('at most 15 digits');
  });

  it('wants extensions of 2 to 10 digits', () => {
    expect(errorsOf([',,a@example.com,webex_calling,,,1'])).toEqual([
      '2 extension: must be 2 to 10 digits, such as 1001 (got "1").',
    ]);
    expect(errorsOf([',,a@example.com,webex_calling,,,12345678901'])).toHaveLength(1);
    expect(errorsOf([',,a@example.com,webex_calling,,,x123'])).toHaveLength(1);
    expect(errorsOf([',,a@example.com,webex_calling,,,0123456789'])).toEqual([]);
  });

  it('finds locations by name or ID and explains unknown or ambiguous names', () => {
    expect(errorsOf([',,a@example.com,webex_meetings,Paris,,'])).toEqual([
      '2 location: no location named "Paris" for this customer; use one of: Headquarters, Branch, branch  (or a location ID), or leave it empty.',
    ]);
    expect(errorsOf([',,a@example.com,webex_meetings,BRANCH,,'])).toEqual([
      '2 location: 2 locations are named "BRANCH": use the location ID instead (loc-b1, loc-b2).',
    ]);
    expect(errorsOf([',,a@example.com,webex_meetings,x,,'], { ...context, locations: [] })[0]).toContain(
      'this customer has no locations yet',
    );
  });

  it('limits names to 255 characters and flags text that was not UTF-8', () => {
    expect(errorsOf([`${'a'.repeat(256)},,a@example.com,webex_meetings,,,`])).toEqual([
      '2 firstName: must be at most 255 characters (got 256).',
    ]);
    expect(errorsOf(['Jos\uFFFD,,a@example.com,webex_meetings,,,'])[0]).toBe(
      '2 firstName: has characters that are not UTF-8: save the file as "CSV UTF-8" and upload it again.',
    );
  });
});

describe('validateImport: duplicates', () => {
  it('flags e-mails, numbers and extensions repeated in the file (later rows) or already used by the customer', () => {
    expect(
      errorsOf([
        ',,one@example.com,webex_calling,,+12405551212,1001',
        ',,ONE@example.com,webex_calling,,+1 240 555 1212,1001',
        ',,taken@example.com,webex_calling,,+12405550000,5000',
        ',,three@example.com,webex_calling,,+12405551213,1001',
      ]),
    ).toEqual([
      '3 email: ONE@example.com is already on row 2 of this file.',
      '3 phoneNumber: +12405551212 is already on row 2 of this file.',
      '3 extension: 1001 is already on row 2 of this file.',
      '4 email: taken@example.com is already a user of this customer.',
      '4 phoneNumber: +12405550000 is already the number of a user of this customer.',
      '4 extension: 5000 is already the extension of a user of this customer.',
      '5 extension: 1001 is already on row 2 of this file.',
    ]);
  });
});

describe('validateImport: the file as a whole', () => {
  it('refuses a header without email or package, a repeated column, an empty file and too many rows', () => {
    expect(validateImport(parse('name,mail\nx,y\n'), context).errors).toEqual([
      {
        row: 1,
        column: null,
        message: `The header has no package column. The first line must name the columns: ${IMPORT_COLUMNS.join(',')} (email and package are required).`,
      },
    ]);
    expect(validateImport(parse('email,package,Email\n'), context).errors[0]?.message).toBe(
      'The header names the email column twice (columns 1 and 3); keep one.',
    );
    expect(validateImport([], context).errors[0]?.message).toContain('empty');
    const three = parse(
      `${HEADER}\n,,a@x.io,webex_meetings,,,\n,,b@x.io,webex_meetings,,,\n,,c@x.io,webex_meetings,,,\n`,
    );
    const tooMany = validateImport(three, { ...context, maxRows: 2 });
    expect(tooMany.errors[0]?.message).toBe(
      'The file has 3 rows; at most 2 users per file. Split it into several files.',
    );
    expect(tooMany.rows).toEqual([]);
  });
});

describe('template and error file', () => {
  it('the template is the documented header plus two example rows that pass validation', () => {
    const records = parse(importTemplateCsv({ locationName: 'Branch B' }));
    expect(records).toHaveLength(3);
    expect(records[0]).toEqual([...IMPORT_COLUMNS]);
    expect(IMPORT_COLUMN_SPECS.map((s) => s.column)).toEqual([...IMPORT_COLUMNS]);
    const result = validateImport(records, { locations: [{ id: 'loc-x', name: 'Branch B' }] });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.user?.primaryPhoneNumber).toBe('+12405551212');
  });

  it('the error file holds the failing rows as uploaded, with their messages in an errors column', () => {
    const uploaded = [
      HEADER,
      'Ann,Lee,ann@example.com,webex_meetings,,,',
      '=cmd(),Bad,bad,webex_calling,,12405551212,',
    ].join('\n');
    const result = validateImport(parse(uploaded), context);
    const errorFile = parse(importErrorCsv(result));
    expect(errorFile).toEqual([
      [...HEADER.split(','), 'errors'],
      [
        "'=cmd()",
        'Bad',
        'bad',
        'webex_calling',
        '',
        '12405551212',
        '',
        'Row 3: email: must be an e-mail address such as jane.doe@example.com (got "bad"). phoneNumber: must start with + and the country code, such as +12405551212 (got "12405551212"; spreadsheets drop a leading + unless the column is formatted as Text).',
      ],
    ]);
    const header = parse(importErrorCsv(validateImport(parse('email\nx@y.z\n'), context)));
    expect(header[1]?.at(-1)).toContain('The header has no package column');
  });

  it('keeps the leading + of phone numbers in the error file', () => {
    const result = validateImport(parse(`${HEADER}\n,,bad,webex_calling,,+12405551212,\n`), context);
    expect(importErrorCsv(result)).toContain(',+12405551212,');
  });
});
