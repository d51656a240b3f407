import { useSession } from '@/shared/api/session';
import { useActingOrg } from '@/shared/session/acting-org';
import { checkPermission, describeDenial, type Action } from '@/shared/session/permissions';

export type WriteMode = { kind: 'allowed' } | { kind: 'disabled'; reason: string } | { kind: 'hidden' };

/**
 * Whether a user write control is shown: yes when allowed; disabled with the reason for a
 * suspended sub-partner (it sees what it cannot do now, and why); not at all for an admin
 * whose token cannot write (a read-only admin sees state, never controls).
 */
export function useUserWriteMode(action: Action): WriteMode {
  const { scopes } = useSession();
  const actingOrg = useActingOrg();
  const ctx = { scopes, actingOrg };
  const denial = checkPermission(ctx, action, 'user');
  if (!denial) return { kind: 'allowed' };
  if (denial.reason === 'suspended') return { kind: 'disabled', reason: describeDenial(denial, ctx) };
  return { kind: 'hidden' };
}
