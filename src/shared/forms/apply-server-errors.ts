/**
 * Puts a server refusal on the form fields it is about, so the admin sees "this name is
 * taken" next to the name, not in a toast. Usage (a wizard does this for you):
 *
 *   try { await save(values) } catch (error) {
 *     const result = applyServerErrors(error, { setError: form.setError, fields: ['name', 'address.city'],
 *       fieldMap: { 'customerInfo.name': 'name' } });
 *     if (result.unplaced.length > 0 || result.placed.length === 0) showBanner(error);
 *   }
 *
 * Which field an error item is about: its `field` (the simulator names one), else the
 * field of `codeFieldMap[errorCode]`, else the catalogue's default field for that code
 * (`@contract/error-codes`, hub codes included). That server path is translated with
 * `fieldMap` when the request body is shaped differently from the form. The message is
 * the server's description plus the catalogue's plain explanation and the Webex code.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { describeErrorCode } from '@contract/error-codes';
import { isApiError, type ApiErrorItem } from '../api/api-error';

export interface ServerErrorOptions<T extends FieldValues> {
  setError: UseFormSetError<T>;
  /**
   * The form's field names (what the Form* components are given). A server path lands on
   * the longest of these it starts with (`packages.0` → `packages`), or on the first one
   * under it (`authentication` → `authentication.mode`); a path matching none goes to the
   * banner. Omit to place every path as it is.
   */
  fields?: readonly string[];
  /**
   * Server path → form path, when the request body is not shaped like the form. A key
   * matches the path or a parent of it (`{address: 'hq'}` maps `address.city` to
   * `hq.city`); `null` says the form has no such field (banner).
   */
  fieldMap?: Readonly<Record<string, string | null>>;
  /** Webex error code → server path, for errors sent without a field (overrides the catalogue default). */
  codeFieldMap?: Readonly<Record<number, string>>;
  /** The wizard step that shows a form field; errors on a field of no step go to the banner. */
  stepOfField?: (field: string) => string | undefined;
}

export interface PlacedServerError {
  /** Form field name the error was set on. */
  field: string;
  message: string;
  errorCode: number | null;
}

export interface ServerErrorResult {
  /** The step of the first placed error: show it (undefined when none was placed on a step). */
  step: string | undefined;
  /** Every step that received an error, in item order. */
  steps: string[];
  placed: PlacedServerError[];
  /**
   * Items no field shows: for a banner. A failure that is no refusal (network, a reply of
   * the wrong shape) places nothing and lists nothing here, so the rule for callers is:
   * show the error in a banner when `placed` is empty or `unplaced` is not.
   */
  unplaced: ApiErrorItem[];
}

function mapPath(path: string, fieldMap: ServerErrorOptions<FieldValues>['fieldMap']): string | null {
  if (!fieldMap) return path;
  let best: string | undefined;
  for (const key of Object.keys(fieldMap)) {
    if ((path === key || path.startsWith(`${key}.`)) && (!best || key.length > best.length)) best = key;
  }
  if (best === undefined) return path;
  const target = fieldMap[best];
  if (target === null || target === undefined) return null;
  const rest = path.slice(best.length);
  return target + rest;
}

function matchField(path: string, fields: readonly string[] | undefined): string | null {
  if (!fields) return path;
  let best: string | undefined;
  for (const field of fields) {
    if ((path === field || path.startsWith(`${field}.`)) && (!best || field.length > best.length)) best = field;
  }
  return best ?? fields.find((field) => field.startsWith(`${path}.`)) ?? null;
}

/** The server's description without the leading field path (the field's label already says it), as a sentence. */
function sentence(description: string, serverPath: string | undefined): string {
  let text = description.trim();
  if (serverPath && text.startsWith(`${serverPath} `)) text = text.slice(serverPath.length + 1);
  if (!text) return '';
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** "<what the server said>. <plain explanation> (Webex error 1301)" */
export function describeServerError(item: ApiErrorItem, serverPath?: string): string {
  const entry = item.errorCode === null ? undefined : describeErrorCode(item.errorCode);
  const parts = [sentence(item.description, serverPath ?? item.field)];
  if (entry && !parts[0]?.includes(entry.explanation)) parts.push(entry.explanation);
  const text = parts.filter(Boolean).join(' ') || entry?.title || 'The server refused this value.';
  return item.errorCode === null ? text : `${text} (Webex error ${item.errorCode})`;
}

export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  options: ServerErrorOptions<T>,
): ServerErrorResult {
  const result: ServerErrorResult = { step: undefined, steps: [], placed: [], unplaced: [] };
  // Only a refusal names request fields; a parse error's paths are response fields.
  if (!isApiError(error) || error.kind !== 'http') return result;
  const items: readonly ApiErrorItem[] =
    error.items.length > 0 ? error.items : [{ description: error.message, errorCode: null }];

  for (const item of items) {
    const serverPath =
      item.field ??
      (item.errorCode === null
        ? undefined
        : (options.codeFieldMap?.[item.errorCode] ?? describeErrorCode(item.errorCode)?.field));
    const mapped = serverPath === undefined ? null : mapPath(serverPath, options.fieldMap);
    const field = mapped === null ? null : matchField(mapped, options.fields);
    const step = field === null ? undefined : options.stepOfField?.(field);
    if (field === null || (options.stepOfField && step === undefined)) {
      result.unplaced.push(item);
      continue;
    }
    // One message per field: the first item about it is the one the admin fixes first.
    if (result.placed.some((p) => p.field === field)) continue;
    const message = describeServerError(item, serverPath);
    options.setError(field as Path<T>, { type: 'server', message });
    result.placed.push({ field, message, errorCode: item.errorCode });
    if (step !== undefined && !result.steps.includes(step)) result.steps.push(step);
  }
  result.step = result.steps[0];
  return result;
}
