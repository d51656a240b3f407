import * as z from 'zod';
import { packageLabel } from '@contract/packages';
import { needsNumbers, refusalFor, type CustomerContext, type UserForRules } from './package-rules';

const E164 = /^\+[1-9]\d{1,14}$/;
const EXTENSION = /^\d{2,10}$/;

/** Spaces, dashes, dots and brackets are only separators (the API strips them too). */
export function bareNumber(value: string): string {
  return value.replace(/[\s\-.()]/g, '');
}

export interface ChangePackageValues {
  package: string;
  primaryPhoneNumber: string;
  extension: string;
}

/**
 * The change-package form for one user: the package rules (refusalFor) on `package`, and
 * for a move from meetings to calling a phone number or extension, each in its format.
 */
export function changePackageSchema(user: UserForRules, ctx: CustomerContext) {
  return z
    .object({
      package: z.string().min(1, 'Choose a package.'),
      primaryPhoneNumber: z.string(),
      extension: z.string(),
    })
    .superRefine((values, issue) => {
      if (!values.package) return;
      const refusal = refusalFor(user, values.package, ctx);
      if (refusal) {
        issue.addIssue({ code: 'custom', path: ['package'], message: refusal.message });
        return;
      }
      if (!needsNumbers(user, values.package)) return;
      const phone = bareNumber(values.primaryPhoneNumber);
      const extension = values.extension.trim();
      if (!phone && !extension) {
        issue.addIssue({
          code: 'custom',
          path: ['primaryPhoneNumber'],
          message: `${packageLabel(values.package)} gives the user a phone line: enter a phone number, an extension, or both.`,
          // Lets a table of many users word it per cell without restating the rule.
          params: { missing: true },
        });
      }
      if (phone && !E164.test(phone)) {
        issue.addIssue({
          code: 'custom',
          path: ['primaryPhoneNumber'],
          message: 'Use the E.164 format: + then the country code and number, at most 15 digits, such as +12405551212.',
        });
      }
      if (extension && !EXTENSION.test(extension)) {
        issue.addIssue({ code: 'custom', path: ['extension'], message: 'An extension is 2 to 10 digits.' });
      }
    });
}

/** The PUT body for valid values: numbers only for a move that needs them, blanks left out. */
export function toUpdateBody(user: UserForRules, values: ChangePackageValues) {
  if (!needsNumbers(user, values.package)) return { packages: [values.package] };
  const phone = bareNumber(values.primaryPhoneNumber);
  const extension = values.extension.trim();
  return {
    packages: [values.package],
    provisioningParameters: {
      ...(phone ? { primaryPhoneNumber: phone } : {}),
      ...(extension ? { extension } : {}),
    },
  };
}
