/**
 * Asks before leaving a page with unsaved work: in-app navigation to another path is held
 * (the caller renders LeaveGuardDialog from the returned state), and closing or reloading
 * the tab gets the browser's own prompt. Changing only the search (a wizard's step) is
 * never held. Used by useWizard; a plain form can use it directly:
 *
 *   const guard = useLeaveGuard(() => form.formState.isDirty && !saved);
 *   <LeaveGuardDialog guard={guard} />
 *
 * `isActive` is read at navigation time (not render time), so a submit that turns the
 * guard off can navigate in the same tick.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from '@tanstack/react-router';

export interface LeaveGuard {
  /** A navigation is waiting for the admin's answer. */
  blocked: boolean;
  stay: () => void;
  leave: () => void;
}

export function useLeaveGuard(isActive: () => boolean): LeaveGuard {
  const activeRef = useRef(isActive);
  useEffect(() => {
    activeRef.current = isActive;
  });
  const shouldBlockFn = useCallback(
    ({ current, next }: { current: { pathname: string }; next: { pathname: string } }) =>
      current.pathname !== next.pathname && activeRef.current(),
    [],
  );
  const enableBeforeUnload = useCallback(() => activeRef.current(), []);
  const blocker = useBlocker({ shouldBlockFn, enableBeforeUnload, withResolver: true });
  return {
    blocked: blocker.status === 'blocked',
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
  };
}
