import { useEffect, type RefObject } from 'react';
import type { CustomerCheck } from '../lib/customer-check';

/**
 * Arms the Webex check when the wizard's form is submitted (Next, Enter, or Submit on the
 * review), so the step validation that follows may ask Webex. Listens in the capture phase
 * on the document: it runs before React's own submit handler starts that validation.
 * `anchor` is any element inside the form.
 */
export function useCheckOnSubmit(checker: CustomerCheck, anchor: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return;
    const onSubmit = (event: Event) => {
      if (event.target === form) checker.arm();
    };
    document.addEventListener('submit', onSubmit, true);
    return () => document.removeEventListener('submit', onSubmit, true);
  }, [checker, anchor]);
}
