/**
 * Wizard drafts in localStorage, so a reload (or a closed tab) never loses a half-filled
 * wizard. Used by `useWizard`; call directly only to offer "continue your draft" elsewhere:
 *
 *   const draft = loadDraft({ orgId, wizardId: 'template-create', version: 1 });
 *   if (draft) … draft.values, draft.stepId, draft.savedAt
 *
 * A draft is keyed by the org acted for (a sub-partner's draft never appears in the
 * parent's space) and the wizard id, and carries the wizard's form version: when a wizard
 * changes its form shape it bumps `version` and old drafts are dropped instead of being
 * poured into fields that no longer mean the same thing.
 */

/** Storage format of this module; bump when the envelope itself changes. */
const FORMAT = 'v1';
const PREFIX = `wph.draft.${FORMAT}`;

export interface DraftKey {
  orgId: string;
  wizardId: string;
  /** The wizard's form version (see above). */
  version: number;
}

export interface Draft<T> {
  values: T;
  /** The step the admin was on. */
  stepId: string | null;
  /** Steps that passed validation (their indicator shows "complete"). */
  completed: string[];
  savedAt: string;
}

interface Stored {
  version: number;
  values: unknown;
  stepId: string | null;
  completed: unknown;
  savedAt: string;
}

export function draftStorageKey({ orgId, wizardId }: Pick<DraftKey, 'orgId' | 'wizardId'>): string {
  return `${PREFIX}.${orgId}.${wizardId}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage disabled (privacy mode): the wizard still works, only without drafts.
    return null;
  }
}

function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.version === 'number' && typeof v.savedAt === 'string' && typeof v.values === 'object';
}

/**
 * The stored draft, or null when there is none, it is unreadable or from another form
 * version (which is then removed). The values are the wizard's own form values: the
 * wizard validates them step by step before anything is sent, so they are not re-parsed here.
 */
export function loadDraft<T>(key: DraftKey): Draft<T> | null {
  const store = storage();
  const storageKey = draftStorageKey(key);
  const raw = store?.getItem(storageKey);
  if (!store || !raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    store.removeItem(storageKey);
    return null;
  }
  if (!isStored(parsed) || parsed.version !== key.version || parsed.values === null) {
    store.removeItem(storageKey);
    return null;
  }
  return {
    values: parsed.values as T,
    stepId: typeof parsed.stepId === 'string' ? parsed.stepId : null,
    completed: Array.isArray(parsed.completed)
      ? parsed.completed.filter((s): s is string => typeof s === 'string')
      : [],
    savedAt: parsed.savedAt,
  };
}

export function saveDraft<T>(key: DraftKey, draft: Draft<T>): void {
  const stored: Stored = { version: key.version, ...draft };
  try {
    storage()?.setItem(draftStorageKey(key), JSON.stringify(stored));
  } catch {
    // Quota exceeded: losing the draft is better than breaking the form.
  }
}

export function clearDraft(key: Pick<DraftKey, 'orgId' | 'wizardId'>): void {
  storage()?.removeItem(draftStorageKey(key));
}
