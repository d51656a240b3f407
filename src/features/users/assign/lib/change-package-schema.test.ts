import { describe, expect, it } from 'vitest';
import { bulkConsequence, bulkConsequenceText, changeConsequence } from './billing-consequence';
import { planBulkChange } from './bulk-plan';
import { changePackageSchema, toUpdateBody, type ChangePackageValues } from './change-package-schema';
import type { CustomerContext } from './package-rules';

const CALLING_AND_MEETINGS: CustomerContext = {
  usablePackages: ['webex_calling', 'webex_meetings'],
  firstAdminEmail: 'admin@acme.example',
};
const meetingsUser = { email: 'ann@acme.example', packages: ['webex_meetings'], status: 'provisioned' };
const callingUser = { email: 'bob@acme.example', packages: ['webex_calling'], status: 'provisioned' };
const admin = { email: 'Admin@Acme.example', packages: ['webex_calling'], status: 'provisioned' };

const values = (patch: Partial<ChangePackageValues>): ChangePackageValues => ({
  package: '',
  primaryPhoneNumber: '',
  extension: '',
  ...patch,
});

function issues(user: typeof meetingsUser, ctx: CustomerContext, input: ChangePackageValues) {
  const result = changePackageSchema(user, ctx).safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('change-package rules', () => {
  it('asks for a number or an extension when a meetings user moves to calling', () => {
    expect(issues(meetingsUser, CALLING_AND_MEETINGS, values({ package: 'webex_calling' }))).toEqual({
      primaryPhoneNumber: 'Webex Calling gives the user a phone line: enter a phone number, an extension, or both.',
    });
    expect(issues(meetingsUser, CALLING_AND_MEETINGS, values({ package: 'webex_calling', extension: '4711' }))).toEqual(
      {},
    );
  });

  it('checks the number’s E.164 form and the extension’s digits, ignoring visual separators', () => {
    const bad = issues(
      meetingsUser,
      CALLING_AND_MEETINGS,
      values({ package: 'webex_calling', primaryPhoneNumber: '0240 555', extension: '4a' }),
    );
    expect(Object.keys(bad).sort()).toEqual(['extension', 'primaryPhoneNumber']);
    const good = values({ package: 'webex_calling', primaryPhoneNumber: '+1 (240) 555-1212' });
    expect(issues(meetingsUser, CALLING_AND_MEETINGS, good)).toEqual({});
    expect(toUpdateBody(meetingsUser, good)).toEqual({
      packages: ['webex_calling'],
      provisioningParameters: { primaryPhoneNumber: '+12405551212' },
    });
  });

  it('sends no numbers for a move that keeps the phone line or drops it', () => {
    const ctx = { ...CALLING_AND_MEETINGS, usablePackages: ['webex_calling', 'webex_meetings', 'webex_suite'] };
    expect(issues(callingUser, ctx, values({ package: 'webex_suite' }))).toEqual({});
    expect(toUpdateBody(callingUser, values({ package: 'webex_suite', extension: '12' }))).toEqual({
      packages: ['webex_suite'],
    });
    expect(toUpdateBody(callingUser, values({ package: 'webex_meetings' }))).toEqual({ packages: ['webex_meetings'] });
  });

  it('refuses to move the first administrator below the customer’s level, and says why', () => {
    const refused = issues(admin, CALLING_AND_MEETINGS, values({ package: 'webex_meetings' }));
    expect(refused.package).toContain('is the customer’s first (full) administrator');
    expect(refused.package).toContain('(Webex Calling)');
    // The same move is fine for anyone else.
    expect(issues(callingUser, CALLING_AND_MEETINGS, values({ package: 'webex_meetings' }))).toEqual({});
    // Upwards is fine for the administrator too.
    const withSuite = { ...CALLING_AND_MEETINGS, usablePackages: ['webex_calling', 'webex_meetings', 'webex_suite'] };
    expect(issues(admin, withSuite, values({ package: 'webex_suite' }))).toEqual({});
  });

  it('offers only packages the customer holds, and an add-on only with its base package there', () => {
    expect(issues(meetingsUser, CALLING_AND_MEETINGS, values({ package: 'webex_suite' })).package).toBe(
      'The customer does not hold Webex Suite (it holds Webex Calling, Webex Meetings). Add it to the customer first.',
    );
    const addOnOnly: CustomerContext = {
      usablePackages: ['webex_meetings', 'attendant_console'],
      firstAdminEmail: null,
    };
    expect(issues(meetingsUser, addOnOnly, values({ package: 'attendant_console', extension: '12' })).package).toBe(
      'Attendant Console is an add-on: it needs the customer to hold one of Webex Calling, Webex Suite, Customer Assist.',
    );
    expect(issues(meetingsUser, CALLING_AND_MEETINGS, values({ package: 'webex_meetings' })).package).toBe(
      'The user already has Webex Meetings.',
    );
  });

  it('words the billing consequence: what starts, what stops, and nothing while consent is pending', () => {
    const now = new Date(2026, 10, 21);
    expect(changeConsequence(meetingsUser, 'webex_calling', now)).toMatch(
      /^Billing for Webex Calling starts and billing for Webex Meetings stops the moment you confirm, today \(/,
    );
    expect(changeConsequence({ ...meetingsUser, status: 'pending_user_migration' }, 'webex_calling', now)).toBe(
      'Nothing is billed yet: ann@acme.example has not accepted the consent e-mail. Once they accept, billing starts for Webex Calling instead of Webex Meetings.',
    );
  });
});

describe('bulk plan and its billing summary', () => {
  const user = (id: string, pkg: string, status = 'provisioned') => ({
    id,
    email: `${id}@acme.example`,
    customerId: 'c1',
    packages: [pkg],
    status,
    errors: [],
  });

  it('applies the single-change rules per user and sums up what starts and stops', () => {
    const ctx = new Map([
      ['c1', { ...CALLING_AND_MEETINGS, usablePackages: ['webex_calling', 'webex_meetings', 'webex_voice'] }],
    ]);
    const users = [
      user('a', 'webex_calling'),
      user('b', 'webex_calling'),
      user('c', 'webex_meetings'),
      user('d', 'webex_voice'),
      user('e', 'webex_calling', 'pending_user_migration'),
      { ...user('admin', 'webex_calling'), email: 'admin@acme.example' },
    ];
    const plan = planBulkChange(users, 'webex_voice', ctx);
    expect(plan.map((r) => [r.user.id, r.action])).toEqual([
      ['a', 'change'],
      ['b', 'change'],
      ['c', 'numbers'], // meetings → calling: changes once its number is entered
      ['d', 'skip'], // already has it
      ['e', 'change'],
      ['admin', 'skip'], // Voice (2) is below the customer's Calling (3)
    ]);
    expect(plan.flatMap((r) => (r.action === 'skip' ? [r.reason] : []))).toEqual([
      'The user already has Webex Voice.',
      expect.stringContaining('is the customer’s first (full) administrator'),
    ]);
    const changing = plan.filter((r) => r.action !== 'skip').map((r) => r.user);
    expect(bulkConsequence(changing)).toEqual({
      billedNow: 3,
      stops: [
        { pkg: 'webex_calling', count: 2 },
        { pkg: 'webex_meetings', count: 1 },
      ],
      awaitingConsent: 1,
    });
    const lines = bulkConsequenceText(bulkConsequence(changing), 'webex_voice', new Date(2026, 10, 21));
    expect(lines[0]).toMatch(/^Billing for Webex Voice starts for 3 users the moment you confirm, today \(/);
    expect(lines.slice(1)).toEqual([
      'Billing stops at the same moment for Webex Calling (2 users), Webex Meetings (1 user).',
      '1 user has not accepted the consent e-mail yet: billing for them starts only once they accept.',
    ]);
  });

  it('skips users whose customer could not be read', () => {
    expect(planBulkChange([user('a', 'webex_calling')], 'webex_meetings', new Map())).toEqual([
      { user: user('a', 'webex_calling'), action: 'skip', reason: 'Its customer could not be read.' },
    ]);
  });
});
