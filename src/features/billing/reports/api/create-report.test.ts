import { describe, expect, it, vi } from 'vitest';
import type { ListReport } from '@contract/wholesale';
import { ApiError } from '@/shared/api/api-error';
import {
  blockingReport,
  createReportResolvingConflict,
  type ConflictChoice,
  type CreateReportDeps,
} from './create-report';

const body = { billingStartDate: '2026-10-01', billingEndDate: '2026-10-31', type: 'PARTNER' as const };
const existing: ListReport = { id: 'OLD', category: 'RECONCILIATION', status: 'COMPLETED', ...body };
const conflict = () =>
  new ApiError({
    kind: 'http',
    status: 409,
    message: 'exists',
    items: [
      { description: 'billingStartDate: report OLD already covers…', errorCode: 2105, field: 'billingStartDate' },
    ],
  });

function deps(choice: ConflictChoice, firstCreate: () => Promise<{ id: string }>) {
  const calls: string[] = [];
  let creates = 0;
  const d: CreateReportDeps = {
    create: vi.fn(async () => {
      calls.push('create');
      creates++;
      return creates === 1
        ? { ...(await firstCreate()), category: 'RECONCILIATION' }
        : { id: 'NEW', category: 'RECONCILIATION' };
    }),
    findExisting: vi.fn(async () => existing),
    remove: vi.fn(async (id: string) => void calls.push(`delete ${id}`)),
    ask: vi.fn(async (report: ListReport) => {
      calls.push(`ask ${report.id}`);
      return choice;
    }),
  };
  return { d, calls };
}

describe('creating a report when one exists for the period (409)', () => {
  it('deletes the existing report and creates the new one in one step', async () => {
    const { d, calls } = deps('regenerate', () => Promise.reject(conflict()));
    const outcome = await createReportResolvingConflict(body, d);
    expect(outcome).toEqual({ kind: 'created', report: { id: 'NEW', category: 'RECONCILIATION' } });
    expect(calls).toEqual(['create', 'ask OLD', 'delete OLD', 'create']);
  });

  it('opens the existing report without deleting anything', async () => {
    const { d, calls } = deps('open', () => Promise.reject(conflict()));
    expect(await createReportResolvingConflict(body, d)).toEqual({ kind: 'open', report: existing });
    expect(calls).toEqual(['create', 'ask OLD']);
  });

  it('cancelling gives back the 409, for the form to show on the period', async () => {
    const refusal = conflict();
    const { d, calls } = deps('cancel', () => Promise.reject(refusal));
    await expect(createReportResolvingConflict(body, d)).rejects.toBe(refusal);
    expect(calls).toEqual(['create', 'ask OLD']);
  });

  it('asks nothing when there is no conflict, and passes other refusals through', async () => {
    const ok = deps('cancel', () => Promise.resolve({ id: 'FIRST' }));
    expect(await createReportResolvingConflict(body, ok.d)).toMatchObject({ kind: 'created', report: { id: 'FIRST' } });
    expect(ok.d.ask).not.toHaveBeenCalled();
    const other = new ApiError({ kind: 'http', status: 400, message: 'bad' });
    const bad = deps('regenerate', () => Promise.reject(other));
    await expect(createReportResolvingConflict(body, bad.d)).rejects.toBe(other);
    expect(bad.d.findExisting).not.toHaveBeenCalled();
  });

  it('blames the completed or in-progress reconciliation report of the same type, never a failed one or a snapshot', () => {
    const failed = { ...existing, id: 'F', status: 'FAILED' };
    const snapshot = { ...existing, id: 'S', category: 'POINT_IN_TIME' };
    const user = { ...existing, id: 'U', type: 'USER' };
    expect(blockingReport([failed, snapshot, user, existing], body)?.id).toBe('OLD');
    expect(blockingReport([failed, snapshot, user], body)).toBeNull();
  });
});
