import { useSession } from '@/shared/api/session';
import { useActingOrg } from '@/shared/session/acting-org';
import { checkPermission, describeDenial, type Action } from '@/shared/session/permissions';

export interface WriteAccess {
  /** Render the control at all: a read-only admin sees no write controls. */
  show: boolean;
  /** Why the shown control is disabled (a suspended sub-partner), else null. */
  disabledReason: string | null;
}

/**
 * A template write control: shown when allowed; shown but disabled, with the reason, when
 * only the org's suspension refuses it (the admin could otherwise do it, so hiding it
 * would only puzzle them); hidden for every other refusal.
 */
export function useTemplateWriteAccess(action: Exclude<Action, 'view'>): WriteAccess {
  const { scopes } = useSession();
  const actingOrg = useActingOrg();
  const ctx = { scopes, actingOrg };
  const denial = checkPermission(ctx, action, 'template');
  if (!denial) return { show: true, disabledReason: null };
  if (denial.reason === 'suspended') return { show: true, disabledReason: describeDenial(denial, ctx) };
  return { show: false, disabledReason: null };
}
