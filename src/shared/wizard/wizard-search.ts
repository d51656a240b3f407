/**
 * The search param that holds a wizard's step. A wizard's route declares it so the router
 * keeps it (and a mangled value still opens the wizard at its first step):
 *
 *   validateSearch: WizardSearch,                       // or z.extend(WizardSearch, {...})
 *
 * zod/mini: route definitions are in the entry chunk.
 */
import * as z from 'zod/mini';

export const WIZARD_STEP_PARAM = 'step';

export const WizardSearch = z.object({
  [WIZARD_STEP_PARAM]: z.catch(z.optional(z.string().check(z.maxLength(64))), undefined),
});

export type WizardSearch = z.infer<typeof WizardSearch>;
