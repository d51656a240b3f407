import { describe, expect, it } from 'vitest';
import { stepIssues } from '@/shared/wizard/wizard-steps';
import { checkSetupRows, emptySetupForm, setupSteps, type SetupContext, type SetupForm } from './setup-form';

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
