/**
 * The state of a multi-step form: react-hook-form values, the step in the URL, per-step
 * validation, a draft in localStorage, the leave guard, and server errors put back on the
 * field and step they are about. Render it with <Wizard wizard={…}>:
 *
 *   const wizard = useWizard<TemplateForm, HubTemplate>({
 *     id: 'template-create', draftVersion: 1, steps: TEMPLATE_STEPS, defaultValues,
 *     onSubmit: (values) => createTemplate(api, toRequest(values)),
 *     onSubmitted: (template) => navigate({ to: '…/$templateId', params: { templateId: template.id } }),
 *   });
 *
 * Next validates only the current step; Submit (on the review) validates every step and
 * opens the first one with a problem. A refusal from `onSubmit` (throw the ApiError) is
 * placed with applyServerErrors; what no field shows is `submitError` (the banner).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import { applyServerErrors } from '../forms/apply-server-errors';
import { useActingOrg } from '../session/acting-org';
import { clearDraft, loadDraft, saveDraft, type DraftKey } from './draft-storage';
import { useLeaveGuard, type LeaveGuard } from './use-leave-guard';
import { useStepParam } from './use-step-param';
import {
  REVIEW_STEP_ID,
  ownsField,
  resolveStepIndex,
  stepIssues,
  stepOfField,
  stepStates,
  type WizardStepDef,
  type WizardStepState,
} from './wizard-steps';

export interface UseWizardOptions<T extends FieldValues, R> {
  /** Names the wizard in draft keys: `customer-create`, `template-edit.<id>`. */
  id: string;
  /** The steps before the review (the review step is added, id `review`). */
  steps: readonly WizardStepDef[];
  defaultValues: DefaultValues<T>;
  /** The form's version for drafts (bump when the form's shape changes); `false` keeps no draft. */
  draftVersion: number | false;
  /** Sends the request; throw to refuse (an ApiError's items are placed on fields). */
  onSubmit: (values: T) => Promise<R>;
  /** After a successful submit (draft cleared, guard off): navigate or toast here. */
  onSubmitted?: (result: R) => void;
  /** Server path → form path where the request body is shaped differently (see applyServerErrors). */
  fieldMap?: Readonly<Record<string, string | null>>;
  /** Webex error code → server path for refusals that name no field. */
  codeFieldMap?: Readonly<Record<number, string>>;
  reviewTitle?: string;
  reviewDescription?: string;
  /** Every step starts complete (editing something that already passed them): any step, and the review, may be opened. */
  startComplete?: boolean;
  /** The step to open when neither the URL nor a draft names one, e.g. the review when editing. */
  initialStepId?: string;
}

export interface Wizard<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** Every step, the review last, with status for the step indicator. */
  steps: WizardStepState[];
  current: WizardStepState;
  isFirst: boolean;
  isReview: boolean;
  /** Every step before the review passed: offer "Review" beside Next. */
  canReview: boolean;
  goTo: (stepId: string) => void;
  /** Validates the current step, then opens the next one. */
  next: () => Promise<void>;
  back: () => void;
  /** Validates the current step, then opens the review. */
  review: () => Promise<void>;
  /** Validates every step, then sends. */
  submit: () => Promise<void>;
  submitting: boolean;
  /** A refusal (or failure) no field shows: render it in a banner. */
  submitError: unknown;
  /** Work survives a reload or leaving (a draft is kept). */
  keepsDraft: boolean;
  /** When the draft shown was saved (a restored draft), else null. */
  restoredFrom: string | null;
  discardDraft: () => void;
  /** The current step's heading: focus moves here on every step change. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  guard: LeaveGuard & { discardAndLeave: () => void };
}

const REVIEW_FIELDS: readonly string[] = [];

export function useWizard<T extends FieldValues, R = void>(options: UseWizardOptions<T, R>): Wizard<T> {
  const { id, steps, draftVersion } = options;
  const orgId = useActingOrg().id;
  const draftKey = useMemo<DraftKey | null>(
    () => (draftVersion === false ? null : { orgId, wizardId: id, version: draftVersion }),
    [orgId, id, draftVersion],
  );
  const [initialDraft] = useState(() => (draftKey ? loadDraft<DefaultValues<T>>(draftKey) : null));
  const [restoredFrom, setRestoredFrom] = useState(initialDraft?.savedAt ?? null);
  const [completed, setCompleted] = useState<ReadonlySet<string>>(
    () => new Set(options.startComplete ? steps.map((s) => s.id) : (initialDraft?.completed ?? [])),
  );
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const all = useMemo<WizardStepDef[]>(
    () => [
      ...steps,
      {
        id: REVIEW_STEP_ID,
        title: options.reviewTitle ?? 'Review',
        description: options.reviewDescription ?? 'Check everything, then submit.',
        fields: REVIEW_FIELDS,
      },
    ],
    [steps, options.reviewTitle, options.reviewDescription],
  );

  // Live re-validation (after a field is touched) checks the step on screen only.
  const validatingRef = useRef<WizardStepDef | undefined>(undefined);
  const resolver = useCallback<Resolver<T>>(async (values, _context, resolverOptions) => {
    const step = validatingRef.current;
    const issues = step ? await stepIssues(step, values) : [];
    if (issues.length === 0) return { values, errors: {} };
    const flat = Object.fromEntries(issues.map((i) => [i.path, { type: i.code, message: i.message }]));
    return { values: {}, errors: toNestErrors<T>(flat, resolverOptions) };
  }, []);
  // A restored draft is the starting point; its first save already made it "unsaved work".
  const form = useForm<T>({
    defaultValues: initialDraft?.values ?? options.defaultValues,
    mode: 'onTouched',
    resolver,
  });

  const [stepParam, setStepParam] = useStepParam();
  const index = resolveStepIndex(all, stepParam ?? initialDraft?.stepId ?? options.initialStepId, completed);
  const errors = form.formState.errors;
  const states = stepStates(all, index, completed, (step) => hasErrorUnder(errors, step.fields));
  const current = states[index] as WizardStepState;

  useEffect(() => {
    validatingRef.current = all[index];
  }, [all, index]);

  // The URL always names the step shown (a missing, unknown or not-yet-reachable step is replaced).
  useEffect(() => {
    if (stepParam !== current.id) setStepParam(current.id, { replace: true });
  }, [stepParam, current.id, setStepParam]);

  // --- draft ---------------------------------------------------------------
  const hasDraftRef = useRef(initialDraft !== null);
  const doneRef = useRef(false);
  const progressRef = useRef({ stepId: current.id, completed });
  useEffect(() => {
    progressRef.current = { stepId: current.id, completed };
  });
  const persist = useCallback(() => {
    if (!draftKey || doneRef.current) return;
    const { stepId, completed: done } = progressRef.current;
    saveDraft(draftKey, { values: form.getValues(), stepId, completed: [...done], savedAt: new Date().toISOString() });
    hasDraftRef.current = true;
  }, [draftKey, form]);
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ name, type }) => {
        // Only the admin's input starts a draft; programmatic updates join an existing one.
        if (type === 'change' || (name && hasDraftRef.current)) persist();
      },
    });
  }, [form, persist]);
  useEffect(() => {
    if (hasDraftRef.current) persist();
  }, [current.id, completed, persist]);

  // --- focus ---------------------------------------------------------------
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const focusFieldRef = useRef<string | null>(null);
  const shownRef = useRef<string | null>(null);
  useEffect(() => {
    const first = shownRef.current === null;
    shownRef.current = current.id;
    if (first) return; // the page opened: focus stays where the browser put it
    const field = focusFieldRef.current;
    focusFieldRef.current = null;
    if (field) {
      try {
        form.setFocus(field as Path<T>);
        return;
      } catch {
        // Not a registered input (e.g. a radio group): the heading instead.
      }
    }
    headingRef.current?.focus();
  }, [current.id, form]);

  // --- navigation and validation -------------------------------------------
  const goTo = useCallback((stepId: string) => setStepParam(stepId), [setStepParam]);

  /**
   * Marks fields with a problem as touched, so they re-validate as the admin types. Were
   * they re-validated only on leaving the field, the cleared error would shift the footer
   * between the press and the release of the admin's click on Next, and lose the click.
   */
  const touch = useCallback(
    (paths: readonly string[]) => {
      for (const path of paths) form.setValue(path as Path<T>, form.getValues(path as Path<T>), { shouldTouch: true });
    },
    [form],
  );

  const validate = useCallback(
    async (step: WizardStepDef): Promise<string | null> => {
      const issues = await stepIssues(step, form.getValues());
      form.clearErrors(step.fields as Path<T>[]);
      touch(issues.map((i) => i.path));
      for (const issue of issues) form.setError(issue.path as Path<T>, { type: issue.code, message: issue.message });
      return issues[0]?.path ?? null;
    },
    [form, touch],
  );

  const advance = useCallback(
    async (target: 'next' | 'review') => {
      const failed = await validate(current);
      if (failed !== null) {
        try {
          form.setFocus(failed as Path<T>);
        } catch {
          headingRef.current?.focus();
        }
        return;
      }
      const done = new Set(completed).add(current.id);
      setCompleted(done);
      goTo(target === 'review' ? REVIEW_STEP_ID : (all[index + 1]?.id ?? REVIEW_STEP_ID));
    },
    [validate, current, completed, goTo, all, index, form],
  );

  const submit = useCallback(async () => {
    setSubmitError(null);
    for (const step of steps) {
      const failed = await validate(step);
      if (failed !== null) {
        focusFieldRef.current = failed;
        goTo(step.id);
        return;
      }
    }
    setSubmitting(true);
    let result: R;
    try {
      result = await options.onSubmit(form.getValues());
    } catch (error) {
      setSubmitting(false);
      const placed = applyServerErrors(error, {
        setError: form.setError,
        fields: steps.flatMap((s) => s.fields),
        stepOfField: (field) => stepOfField(steps, field),
        fieldMap: options.fieldMap,
        codeFieldMap: options.codeFieldMap,
      });
      touch(placed.placed.map((p) => p.field));
      if (placed.placed.length === 0 || placed.unplaced.length > 0) setSubmitError(error);
      const target = steps.find((s) => placed.steps.includes(s.id));
      if (target) {
        focusFieldRef.current = placed.placed.find((p) => ownsField(target.fields, p.field))?.field ?? null;
        goTo(target.id);
      }
      return;
    }
    setSubmitting(false);
    doneRef.current = true;
    if (draftKey) clearDraft(draftKey);
    hasDraftRef.current = false;
    options.onSubmitted?.(result);
  }, [steps, validate, touch, goTo, options, form, draftKey]);

  const discardDraft = useCallback(() => {
    if (draftKey) clearDraft(draftKey);
    hasDraftRef.current = false;
    form.reset(options.defaultValues);
    setCompleted(new Set(options.startComplete ? steps.map((s) => s.id) : []));
    setRestoredFrom(null);
    setSubmitError(null);
    goTo(options.initialStepId ?? all[0]?.id ?? REVIEW_STEP_ID);
  }, [draftKey, form, options.defaultValues, options.startComplete, options.initialStepId, steps, goTo, all]);

  const isDirty = form.formState.isDirty;
  const guard = useLeaveGuard(() => !doneRef.current && (hasDraftRef.current || isDirty));

  return {
    form,
    steps: states,
    current,
    isFirst: index === 0,
    isReview: current.id === REVIEW_STEP_ID,
    canReview: steps.every((s) => completed.has(s.id) || s.id === current.id),
    goTo,
    next: () => advance('next'),
    back: () => goTo(all[Math.max(0, index - 1)]?.id ?? REVIEW_STEP_ID),
    review: () => advance('review'),
    submit,
    submitting,
    submitError,
    keepsDraft: draftKey !== null,
    restoredFrom,
    discardDraft,
    headingRef,
    guard: {
      ...guard,
      discardAndLeave: () => {
        if (draftKey) clearDraft(draftKey);
        doneRef.current = true;
        guard.leave();
      },
    },
  };
}

/** Whether any error sits on one of `fields` (or under it). */
function hasErrorUnder(errors: Record<string, unknown>, fields: readonly string[]): boolean {
  return fields.some((field) => {
    let node: unknown = errors;
    for (const key of field.split('.')) {
      if (!node || typeof node !== 'object') return false;
      node = (node as Record<string, unknown>)[key];
    }
    return node !== undefined && node !== null;
  });
}
