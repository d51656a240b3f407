import { describe, expect, it } from 'vitest';
import { stepIssues } from '@/shared/wizard/wizard-steps';
import type { CheckVerdict } from './customer-check';
import type { ImportUser } from './import-validator';
import {
  checkSetupRows,
  emptySetupForm,
  setupSteps,
  type RowChecker,
  type SetupContext,
  type SetupForm,
} from './setup-form';

const context: SetupContext = {
  locations: [
    { id: 'loc-hq', name: 'HQ' },
    { id: 'loc-bos', name: 'Boston' },
  ],
  customerPackages: ['webex_calling', 'webex_meetings'],
  existing: { emails: ['taken@example.com'], phoneNumbers: ['+14155550100'], extensions: ['1000'] },
};

function form(rows: [string, string, string, string, string][], numbers: [string, string][] = []): SetupForm {
  const values = emptySetupForm(4);
  rows.forEach(([firstName, lastName, email, pkg, locationId], i) => {
    values.users[i] = { firstName, lastName, email, package: pkg, locationId };
  });
  numbers.forEach(([phoneNumber, extension], i) => {
    values.numbers[i] = { phoneNumber, extension };
  });
  return values;
}

describe('checkSetupRows', () => {
  it('skips blank rows, keeps grid indexes and ignores numbers typed for a meetings user', () => {
    const values = form(
      [
        ['Ann', 'Lee', 'ann@example.com', 'webex_calling', 'loc-bos'],
        ['', '', '', '', ''],
        ['Bo', 'Ray', 'bo@example.com', 'webex_meetings', ''],
      ],
      [
        ['+1 (415) 555-0101', '1001'],
        ['', ''],
        ['+14155550199', '1999'],
      ],
    );
    expect(checkSetupRows(values, context)).toEqual({
      errors: [],
      users: [
        {
          index: 0,
          user: {
            firstName: 'Ann',
            lastName: 'Lee',
            email: 'ann@example.com',
            package: 'webex_calling',
            locationId: 'loc-bos',
            primaryPhoneNumber: '+14155550101',
            extension: '1001',
          },
        },
        { index: 2, user: { firstName: 'Bo', lastName: 'Ray', email: 'bo@example.com', package: 'webex_meetings' } },
      ],
    });
  });

  it('names duplicates by the grid row, within the pass and against what the customer already uses', () => {
    const values = form(
      [
        ['A', 'A', 'a@example.com', 'webex_calling', ''],
        ['', '', '', '', ''],
        ['B', 'B', 'b@example.com', 'webex_calling', ''],
        ['C', 'C', 'taken@example.com', 'webex_calling', ''],
      ],
      [
        ['', '2001'],
        ['', ''],
        ['+14155550100', '2001'],
        ['', '1000'],
      ],
    );
    expect(
      checkSetupRows(values, context).errors.map(({ index, column, message }) => [index, column, message]),
    ).toEqual([
      [2, 'phoneNumber', '+14155550100 is already the number of a user of this customer.'],
      [2, 'extension', '2001 is already in row 1 of this pass.'],
      [3, 'email', 'taken@example.com is already a user of this customer.'],
      [3, 'extension', '1000 is already the extension of a user of this customer.'],
    ]);
  });
});

describe('setup steps', () => {
  const [locations, users, numbers] = setupSteps(context);

  it('the locations step wants the list confirmed', async () => {
    expect((await stepIssues(locations!, emptySetupForm(1))).map((i) => i.path)).toEqual(['locationsConfirmed']);
    expect(await stepIssues(locations!, { ...emptySetupForm(1), locationsConfirmed: true })).toEqual([]);
  });

  it('the users step shows only user-column problems; the numbers step only number problems', async () => {
    const values = form([
      ['A', 'A', 'not-an-email', 'webex_calling', ''],
      ['B', 'B', 'b@example.com', 'webex_suite', 'Nowhere'],
    ]);
    expect((await stepIssues(users!, values)).map((i) => i.path)).toEqual([
      'users.0.email',
      'users.1.package',
      'users.1.locationId',
    ]);
    expect((await stepIssues(numbers!, values)).map((i) => [i.path, i.message])).toEqual([
      ['numbers.0.phoneNumber', 'webex_calling is a calling package: give a phoneNumber, an extension, or both.'],
    ]);
  });

  it('the users step needs at least one user', async () => {
    expect((await stepIssues(users!, emptySetupForm(3))).map((i) => [i.path, i.message])).toEqual([
      ['users.0.email', 'Add at least one user.'],
    ]);
  });
});

describe('setup steps with the Webex check', () => {
  /** Answers by e-mail + extension, as Webex would for the row's content; records what it was asked. */
  function fakeChecker(answers: Record<string, CheckVerdict>) {
    const known = new Map<string, CheckVerdict>();
    const asked: string[][] = [];
    const keyOf = (u: ImportUser) => `${u.email} ${u.extension ?? ''}`;
    const checker: RowChecker = {
      verdict: (u) => known.get(keyOf(u)),
      check: async (users) => {
        asked.push(users.map(keyOf));
        for (const u of users) known.set(keyOf(u), answers[keyOf(u)] ?? { kind: 'ok' });
      },
    };
    return { checker, asked };
  }
  const clash: CheckVerdict = { kind: 'refused', cell: 'extension', code: 1202, message: 'Webex 1202: taken.' };
  const phoneClash: CheckVerdict = { kind: 'refused', cell: 'phoneNumber', code: 1201, message: 'Webex 1201: taken.' };
  const emailTaken: CheckVerdict = { kind: 'refused', cell: 'email', code: 10022, message: 'Webex 10022: used.' };
  const other: CheckVerdict = { kind: 'refused', cell: null, code: 99999, message: 'Webex 99999: no.' };
  const failed: CheckVerdict = { kind: 'failed', message: 'Could not check this row with Webex (no answer).' };

  const values = form(
    [
      ['A', 'A', 'a@example.com', 'webex_calling', ''],
      ['M', 'M', 'm@example.com', 'webex_meetings', ''],
      ['B', 'B', 'b@example.com', 'webex_calling', ''],
      ['C', 'C', 'c@example.com', 'webex_calling', ''],
    ],
    [
      ['+14155550142', '2001'],
      ['', ''],
      ['', '2003'],
      ['', '2004'],
    ],
  );

  it('the numbers step asks about every calling row and puts each verdict on its cell or row', async () => {
    const { checker, asked } = fakeChecker({
      'a@example.com 2001': phoneClash,
      'b@example.com 2003': emailTaken,
      'c@example.com 2004': failed,
    });
    const [, users, numbers] = setupSteps(context, checker);
    expect((await stepIssues(numbers!, values)).map((i) => [i.path, i.message])).toEqual([
      ['numbers.0.phoneNumber', 'Webex 1201: taken.'],
      ['users.2.email', 'Webex 10022: used.'],
      ['numbers.3', 'Could not check this row with Webex (no answer).'],
    ]);
    // The meetings user has no numbers to check.
    expect(asked).toEqual([['a@example.com 2001', 'b@example.com 2003', 'c@example.com 2004']]);
    // The users step asks nothing and shows only what is about its own cells.
    expect((await stepIssues(users!, values)).map((i) => i.path)).toEqual(['users.2.email']);
    expect(asked).toHaveLength(1);
  });

  it('a changed number is asked about again; a row-level refusal lands on the row', async () => {
    const { checker } = fakeChecker({ 'a@example.com 2001': clash, 'a@example.com 2101': other });
    const [, , numbers] = setupSteps(context, checker);
    expect((await stepIssues(numbers!, values)).map((i) => i.path)).toEqual(['numbers.0.extension']);
    const changed = { ...values, numbers: values.numbers.map((n, i) => (i === 0 ? { ...n, extension: '2101' } : n)) };
    expect((await stepIssues(numbers!, changed)).map((i) => [i.path, i.message])).toEqual([
      ['numbers.0', 'Webex 99999: no.'],
    ]);
  });

  it('rows that break the local rules are not sent', async () => {
    const { checker, asked } = fakeChecker({});
    const [, , numbers] = setupSteps(context, checker);
    const local = { ...values, numbers: values.numbers.map((n, i) => (i === 0 ? { ...n, extension: '2003' } : n)) };
    expect((await stepIssues(numbers!, local)).map((i) => i.path)).toEqual(['numbers.2.extension']);
    expect(asked).toEqual([['a@example.com 2003', 'c@example.com 2004']]);
  });
});
