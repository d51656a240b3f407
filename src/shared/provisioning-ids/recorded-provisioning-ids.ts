/**
 * Provisioning IDs the admin recorded by hand. Against the real Webex API there is no
 * template API (the Provisioning ID is copied from a template's page in Partner Hub), so
 * the Templates page keeps a list of {name, provisioningId} in localStorage for the org,
 * and the customer wizard offers them:
 *
 *   const { items } = useRecordedProvisioningIds();          // [{ name, provisioningId, recordedAt }]
 *   <FormSelect name="provisioningId" options={items.map((i) => ({ value: i.provisioningId, label: i.name }))} />
 *
 * The list can be exported as JSON and imported on another browser (see parseRecordedJson).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { useActingOrg } from '../session/acting-org';

export const RECORDED_NAME_MAX = 80;
const ID_MAX = 512;
const STORAGE_PREFIX = 'wph.provisioning-ids.v1';

export interface RecordedProvisioningId {
  name: string;
  provisioningId: string;
  /** ISO instant the entry was recorded. */
  recordedAt: string;
}

const Entry = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'name is required'), z.maxLength(RECORDED_NAME_MAX)),
  provisioningId: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'provisioningId is required'),
      z.maxLength(ID_MAX),
      z.regex(/^\S+$/, 'provisioningId cannot contain spaces'),
    ),
  recordedAt: z.catch(z.string(), () => new Date().toISOString()),
});
const ExportFile = z.object({ provisioningIds: z.array(Entry) });

const storageKey = (orgId: string) => `${STORAGE_PREFIX}.${orgId}`;
const listeners = new Set<() => void>();
const snapshots = new Map<string, { raw: string | null; items: readonly RecordedProvisioningId[] }>();
const EMPTY: readonly RecordedProvisioningId[] = [];

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The org's list; unreadable storage reads as empty (entries that fail the rules are skipped). */
export function readRecordedProvisioningIds(orgId: string): readonly RecordedProvisioningId[] {
  const raw = storage()?.getItem(storageKey(orgId)) ?? null;
  const cached = snapshots.get(orgId);
  if (cached && cached.raw === raw) return cached.items;
  let items: readonly RecordedProvisioningId[] = EMPTY;
  if (raw) {
    try {
      const parsed = z.array(z.unknown()).safeParse(JSON.parse(raw));
      items = parsed.success
        ? parsed.data.flatMap((entry) => {
            const ok = Entry.safeParse(entry);
            return ok.success ? [ok.data] : [];
          })
        : EMPTY;
    } catch {
      items = EMPTY;
    }
  }
  snapshots.set(orgId, { raw, items });
  return items;
}

function write(orgId: string, items: readonly RecordedProvisioningId[]): void {
  storage()?.setItem(storageKey(orgId), JSON.stringify(items));
  for (const listener of listeners) listener();
}

export type RecordResult = { ok: true } | { ok: false; field: 'name' | 'provisioningId'; message: string };

/** Adds an entry (or renames the entry of the same ID). Names are unique ignoring case, like template names. */
export function recordProvisioningId(orgId: string, input: { name: string; provisioningId: string }): RecordResult {
  const parsed = Entry.safeParse({ ...input, recordedAt: new Date().toISOString() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'provisioningId' ? 'provisioningId' : 'name';
    return { ok: false, field, message: issue?.message ?? 'is not valid' };
  }
  const entry = parsed.data;
  const items = readRecordedProvisioningIds(orgId);
  const clash = items.find(
    (i) => i.name.toLowerCase() === entry.name.toLowerCase() && i.provisioningId !== entry.provisioningId,
  );
  if (clash) return { ok: false, field: 'name', message: `"${clash.name}" is already recorded for another ID` };
  write(orgId, [...items.filter((i) => i.provisioningId !== entry.provisioningId), entry]);
  return { ok: true };
}

export function forgetProvisioningId(orgId: string, provisioningId: string): void {
  write(
    orgId,
    readRecordedProvisioningIds(orgId).filter((i) => i.provisioningId !== provisioningId),
  );
}

/** The export file: `{ "provisioningIds": [{ "name", "provisioningId", "recordedAt" }] }`. */
export function toRecordedJson(items: readonly RecordedProvisioningId[]): string {
  return `${JSON.stringify({ provisioningIds: items }, null, 2)}\n`;
}

/** Reads an export file; says what is wrong instead of importing half of it. */
export function parseRecordedJson(
  text: string,
): { ok: true; items: RecordedProvisioningId[] } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not JSON.' };
  }
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      message: `The file is not a provisioning ID export${where}: ${issue?.message ?? 'unexpected shape'}. Expected {"provisioningIds": [{"name", "provisioningId"}]}.`,
    };
  }
  return { ok: true, items: parsed.data.provisioningIds };
}

/** Merges imported entries into the org's list (an imported ID replaces the recorded one). */
export function importRecordedProvisioningIds(orgId: string, imported: readonly RecordedProvisioningId[]): void {
  const byId = new Map(readRecordedProvisioningIds(orgId).map((i) => [i.provisioningId, i]));
  for (const entry of imported) byId.set(entry.provisioningId, entry);
  write(orgId, [...byId.values()]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab recording an ID updates this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(STORAGE_PREFIX)) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** The acting org's recorded IDs, and the operations on them. */
export function useRecordedProvisioningIds() {
  const orgId = useActingOrg().id;
  const getSnapshot = useCallback(() => readRecordedProvisioningIds(orgId), [orgId]);
  const items = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  return useMemo(
    () => ({
      items,
      record: (input: { name: string; provisioningId: string }) => recordProvisioningId(orgId, input),
      forget: (provisioningId: string) => forgetProvisioningId(orgId, provisioningId),
      importItems: (imported: readonly RecordedProvisioningId[]) => importRecordedProvisioningIds(orgId, imported),
    }),
    [items, orgId],
  );
}
