import { z } from 'zod';
import { missingDependencies, needsCallingLocation, packageLabel } from '@contract/packages';

export interface PackagesFormValues {
  packages: string[];
  /** Asked for, and checked, only when the first calling package is added (see needsLocation). */
  location: { name: string; timezone: string; language: string };
}

/**
 * Adding the first calling package needs a calling location (the API refuses the update
 * without one); a customer that already has calling keeps its location.
 */
export function needsLocation(current: readonly string[], next: readonly string[]): boolean {
  return !needsCallingLocation(current) && needsCallingLocation(next);
}

export function removedPackages(current: readonly string[], next: readonly string[]): string[] {
  return current.filter((p) => !next.includes(p));
}

export function addedPackages(current: readonly string[], next: readonly string[]): string[] {
  return next.filter((p) => !current.includes(p));
}

/** The edit form's rules, mirroring the API's: at least one package, add-ons with their base, a location for new calling. */
export function packagesFormSchema(current: readonly string[]) {
  return z
    .object({
      packages: z.array(z.string()),
      location: z.object({ name: z.string(), timezone: z.string(), language: z.string() }),
    })
    .superRefine((values, ctx) => {
      if (values.packages.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['packages'],
          message: 'Keep at least one package. To take every package away, remove wholesale services instead.',
        });
      }
      for (const missing of missingDependencies(values.packages)) {
        ctx.addIssue({
          code: 'custom',
          path: ['packages'],
          message: `${packageLabel(missing.package)} needs one of: ${missing.needsOneOf.map(packageLabel).join(', ')}.`,
        });
      }
      if (!needsLocation(current, values.packages)) return;
      const { name, timezone, language } = values.location;
      if (!name.trim())
        ctx.addIssue({ code: 'custom', path: ['location', 'name'], message: 'Name the location, e.g. Headquarters' });
      else if (name.trim().length > 80)
        ctx.addIssue({ code: 'custom', path: ['location', 'name'], message: 'At most 80 characters' });
      if (!timezone)
        ctx.addIssue({ code: 'custom', path: ['location', 'timezone'], message: 'Choose the location’s time zone' });
      if (!language)
        ctx.addIssue({
          code: 'custom',
          path: ['location', 'language'],
          message: 'Choose the language for announcements and e-mails',
        });
    });
}
