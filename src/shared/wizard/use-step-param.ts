/**
 * The wizard's step in the URL (`?step=basics`): Back/Next push history entries, so the
 * browser's back button walks the steps and a copied link reopens the same step. Used by
 * useWizard; the route declares the param with WizardSearch.
 */
import { useCallback } from 'react';
import { useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import { WIZARD_STEP_PARAM } from './wizard-search';

const withStep = (stepId: string) => (prev: Record<string, unknown>) => ({ ...prev, [WIZARD_STEP_PARAM]: stepId });

export function useStepParam(): [string | undefined, (stepId: string, options?: { replace?: boolean }) => void] {
  const raw = useLocation({ select: (location) => (location.search as Record<string, unknown>)[WIZARD_STEP_PARAM] });
  const navigate = useNavigate();
  const setStep = useCallback(
    (stepId: string, options?: { replace?: boolean }) => {
      // The wizard serves several routes, so the typed-route check cannot name this one;
      // each wizard route declares `step` (WizardSearch), which keeps the URL valid.
      void navigate({
        to: '.',
        search: withStep(stepId),
        replace: options?.replace ?? false,
        resetScroll: false,
      } as never);
    },
    [navigate],
  );
  return [typeof raw === 'string' ? raw : undefined, setStep];
}

/** The URL of another step of the current wizard, for real links (open in a new tab, copy). */
export function useStepHref(): (stepId: string) => string {
  const router = useRouter();
  // Subscribing to the location keeps the hrefs in step with the other search params.
  useLocation({ select: (location) => location.searchStr });
  return (stepId) => router.buildLocation({ to: '.', search: withStep(stepId) } as never).href;
}
