/**
 * Step definitions and the pure rules of a wizard (status, reachability, which step owns a
 * field, step validation), kept apart from React so they are easy to test and to reuse.
 *
 *   const steps: WizardStepDef[] = [
 *     { id: 'basics', title: 'Basic settings', schema: BasicsSchema, fields: ['name', 'country'] },
 *   ];
 *
 * `schema` is any zod object (classic or mini) over the whole form values: it checks this
 * step's fields and ignores the rest, which is what "validate only the current step" means.
 */
import { safeParseAsync, type $ZodType } from 'zod/v4/core';
import type { FieldValues } from 'react-hook-form';

export interface WizardStepDef {
  /** The step's value in the URL (`?step=basics`). */
  id: string;
  title: string;
  /** One line under the title, in the step list and above the form. */
  description?: string;
  /** Validates this step's fields against the whole form values; omit when there is nothing to check. */
  schema?: $ZodType<unknown, FieldValues>;
  /**
   * The form fields this step shows (the names given to the Form* components, leaves such
   * as `authentication.idpEntityId`): a server error about one of them opens this step.
   */
  fields: readonly string[];
}

export type StepStatus = 'complete' | 'current' | 'error' | 'upcoming';

export interface WizardStepState extends WizardStepDef {
  index: number;
  status: StepStatus;
  /** Errors on the step's fields, also while it is current. */
  hasErrors: boolean;
  /** The step indicator links to it (every step before it is complete). */
  reachable: boolean;
}

export const REVIEW_STEP_ID = 'review';

/** Whether `field` is one of `owned` or nested under/above it (`authentication` ↔ `authentication.mode`). */
export function ownsField(owned: readonly string[], field: string): boolean {
  return owned.some((f) => f === field || field.startsWith(`${f}.`) || f.startsWith(`${field}.`));
}

export function stepOfField(steps: readonly WizardStepDef[], field: string): string | undefined {
  return steps.find((s) => ownsField(s.fields, field))?.id;
}

/** Index of the first step that has not passed validation (the furthest one may open), or the review's. */
export function furthestReachable(steps: readonly WizardStepDef[], completed: ReadonlySet<string>): number {
  const first = steps.findIndex((s) => !completed.has(s.id));
  return first === -1 ? steps.length : first;
}

/** The step to show for a requested id: unknown ids open the first step, unreachable ones the furthest reachable. */
export function resolveStepIndex(
  all: readonly WizardStepDef[],
  requested: string | null | undefined,
  completed: ReadonlySet<string>,
): number {
  const index = all.findIndex((s) => s.id === requested);
  const limit = furthestReachable(all.slice(0, -1), completed);
  return Math.min(Math.max(index, 0), limit);
}

export function stepStates(
  all: readonly WizardStepDef[],
  currentIndex: number,
  completed: ReadonlySet<string>,
  hasErrors: (step: WizardStepDef) => boolean,
): WizardStepState[] {
  const limit = furthestReachable(all.slice(0, -1), completed);
  return all.map((step, index) => {
    const errors = hasErrors(step);
    const status: StepStatus =
      index === currentIndex ? 'current' : errors ? 'error' : completed.has(step.id) ? 'complete' : 'upcoming';
    return { ...step, index, status, hasErrors: errors, reachable: index <= limit };
  });
}

export interface StepIssue {
  /** Dotted form path; an issue about the whole object lands on the step's first field. */
  path: string;
  message: string;
  code: string;
}

/** The step schema's complaints about the current values (first one per field), in schema order. */
export async function stepIssues(step: WizardStepDef, values: FieldValues): Promise<StepIssue[]> {
  if (!step.schema) return [];
  const result = await safeParseAsync(step.schema, values);
  if (result.success) return [];
  const issues: StepIssue[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || step.fields[0] || '';
    if (path && !issues.some((i) => i.path === path)) issues.push({ path, message: issue.message, code: issue.code });
  }
  return issues;
}
