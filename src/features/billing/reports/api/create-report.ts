/**
 * Creating a report, with the one case that needs the admin: a reconciliation report for
 * the same period and type already exists (409). The API wants the old one deleted before
 * it makes a new one, so the admin chooses, in one step: open the existing report, or
 * delete it and create the new one; cancelling leaves the refusal on the period field.
 */
import type { CreateBillingReportRequestInput, ListReport, ReportId } from '@contract/wholesale';
import { isApiError } from '@/shared/api/api-error';

export type ConflictChoice = 'open' | 'regenerate' | 'cancel';

export type CreateOutcome = { kind: 'created'; report: ReportId } | { kind: 'open'; report: ListReport };

export interface CreateReportDeps {
  create: (body: CreateBillingReportRequestInput) => Promise<ReportId>;
  /** The reports that block this body: same dates, type and organisation, not failed. */
  findExisting: (body: CreateBillingReportRequestInput) => Promise<ListReport | null>;
  remove: (id: string) => Promise<void>;
  /** Asks the admin what to do about `existing`. */
  ask: (existing: ListReport) => Promise<ConflictChoice>;
}

export function isDuplicateReport(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

export async function createReportResolvingConflict(
  body: CreateBillingReportRequestInput,
  deps: CreateReportDeps,
): Promise<CreateOutcome> {
  try {
    return { kind: 'created', report: await deps.create(body) };
  } catch (error) {
    if (!isDuplicateReport(error)) throw error;
    const existing = await deps.findExisting(body);
    // Gone in between (deleted elsewhere): the refusal no longer holds, try once more.
    if (!existing) return { kind: 'created', report: await deps.create(body) };
    const choice = await deps.ask(existing);
    if (choice === 'open') return { kind: 'open', report: existing };
    if (choice === 'cancel') throw error;
    await deps.remove(existing.id);
    return { kind: 'created', report: await deps.create(body) };
  }
}

/** The report a 409 is about, among the list's exact-period matches. */
export function blockingReport(
  items: readonly ListReport[],
  body: Pick<CreateBillingReportRequestInput, 'type'>,
): ListReport | null {
  return (
    items.find(
      (r) =>
        r.category === 'RECONCILIATION' && r.status !== 'FAILED' && (r.type ?? 'PARTNER') === (body.type ?? 'PARTNER'),
    ) ?? null
  );
}
