import { describe, expect, it } from 'vitest';
import type { WorldOrg } from '../world';
import { attachProblems, needsAdminApproval } from './attach';

const org = (over: Partial<WorldOrg> = {}): WorldOrg => ({
  id: 'org-1',
  name: 'Existing Co',
  users: 10,
  verifiedDomain: false,
  claimedDomain: false,
  trial: false,
  attachedCustomerId: null,
  ...over,
});
const invitesOn = { allowAdminInviteEmailsOnAttach: true };

describe('attachProblems', () => {
  it('accepts an existing, unattached, non-trial org through a template that allows invites', () => {
    expect(attachProblems('org-1', org(), invitesOn)).toEqual([]);
  });

  it('refuses an org that does not exist, naming orgId', () => {
    expect(attachProblems('org-x', null, invitesOn)).toEqual([
      { code: 'NOT_FOUND', field: 'orgId', message: '"org-x" is not an existing Webex organization' },
    ]);
  });

  it('refuses trial orgs, attached orgs and templates with invites off, each with its own code', () => {
    const problems = attachProblems('org-1', org({ trial: true, attachedCustomerId: 'c-1' }), {
      allowAdminInviteEmailsOnAttach: false,
    });
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['TRIAL_ORG_NOT_CONVERTIBLE', 'orgId'],
      ['ORG_ALREADY_CUSTOMER', 'orgId'],
      ['ADMIN_INVITE_DISABLED', 'provisioningId'],
    ]);
  });
});

describe('needsAdminApproval', () => {
  it('is needed from 100 users, or with a verified or claimed domain', () => {
    expect(needsAdminApproval(org({ users: 99 }))).toBe(false);
    expect(needsAdminApproval(org({ users: 100 }))).toBe(true);
    expect(needsAdminApproval(org({ verifiedDomain: true }))).toBe(true);
    expect(needsAdminApproval(org({ claimedDomain: true }))).toBe(true);
  });
});
