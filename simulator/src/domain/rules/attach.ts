import type { WorldOrg } from '../world';
import type { Problem } from './problems';

/** Users from which an existing org's admin must approve the attachment (help article hbzl7eb). */
export const APPROVAL_USER_THRESHOLD = 100;

/**
 * Whether wholesale services may be attached to an existing Webex org. `org` is what the
 * world holds under the requested orgId (null when nothing does).
 */
export function attachProblems(
  orgId: string,
  org: WorldOrg | null,
  template: { allowAdminInviteEmailsOnAttach: boolean },
): Problem[] {
  if (!org) {
    return [{ code: 'NOT_FOUND', field: 'orgId', message: `"${orgId}" is not an existing Webex organization` }];
  }
  const problems: Problem[] = [];
  if (org.trial) {
    problems.push({
      code: 'TRIAL_ORG_NOT_CONVERTIBLE',
      field: 'orgId',
      message: `names the trial organization "${org.name}"; trial organizations cannot be converted: provision a new customer instead`,
    });
  }
  if (org.attachedCustomerId) {
    problems.push({
      code: 'ORG_ALREADY_CUSTOMER',
      field: 'orgId',
      message: `names "${org.name}", which is already a wholesale customer`,
    });
  }
  if (!template.allowAdminInviteEmailsOnAttach) {
    problems.push({
      code: 'ADMIN_INVITE_DISABLED',
      field: 'provisioningId',
      message:
        'names a template with "Allow admin-invite emails when attaching to existing orgs" turned off; turn it on to attach an existing organization',
    });
  }
  return problems;
}

/** 100 or more users, a verified email domain or a claimed domain: the org's admin must approve. */
export function needsAdminApproval(org: Pick<WorldOrg, 'users' | 'verifiedDomain' | 'claimedDomain'>): boolean {
  return org.users >= APPROVAL_USER_THRESHOLD || org.verifiedDomain || org.claimedDomain;
}
