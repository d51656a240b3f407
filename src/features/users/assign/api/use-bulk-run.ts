import { useEffect, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOrgApi } from '@/shared/api/org-api';
import { fetchSubscriber, invalidateSubscribers, updateSubscriber } from '@/shared/api/subscribers';
import type { SubscriberPackage } from '@contract/packages';
import { ProvisioningRunner } from '../../lib/provisioning-runner';
import type { RunnerSnapshot } from '../../lib/provisioning-state';
import type { PhoneLine } from '../lib/bulk-numbers';

export interface BulkChangeInput {
  subscriberId: string;
  email: string;
  package: SubscriberPackage;
  /** The phone line entered for a move from meetings to calling (absent for any other move). */
  provisioningParameters?: PhoneLine;
}

/** Requests in flight at once: fast for a few dozen users, gentle on the API's rate limit. */
export const BULK_CONCURRENCY = 4;

export type BulkRunner = ProvisioningRunner<BulkChangeInput, string>;

/**
 * One PUT per user through the shared ProvisioningRunner (bounded concurrency, 429/503
 * honoured, a done row never sent again, retry of failed rows only). The caller starts it
 * with `begin`; the lists refresh whenever the run goes idle. A retry may carry corrected
 * phone lines for failed rows (a number the server found taken): the runner keeps each
 * row's input as it began, so the line to send is read from this run's own map.
 */
export function useBulkRun() {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const [{ runner, lines }, setRun] = useState<{ runner: BulkRunner | null; lines: Map<string, PhoneLine> }>({
    runner: null,
    lines: new Map(),
  });
  useEffect(() => () => runner?.dispose(), [runner]);

  const snapshot = useSyncExternalStore(
    (listener) => runner?.subscribe(listener) ?? (() => undefined),
    () => runner?.getSnapshot() ?? null,
  );

  async function settle(run: Promise<unknown>) {
    await run;
    await invalidateSubscribers(queryClient, api);
  }

  return {
    snapshot: snapshot as RunnerSnapshot<BulkChangeInput, string> | null,
    begin(rows: readonly BulkChangeInput[]) {
      const lineOf = new Map<string, PhoneLine>();
      for (const row of rows) if (row.provisioningParameters) lineOf.set(row.subscriberId, row.provisioningParameters);
      const next: BulkRunner = ProvisioningRunner.create(
        rows.map((input) => ({ key: input.subscriberId, input })),
        {
          concurrency: BULK_CONCURRENCY,
          // After an answer that leaves the outcome unknown (no answer, 500), a retry first
          // looks: a user already on the new package is done, not changed twice.
          verify: async (input) => {
            const current = await fetchSubscriber(api, input.subscriberId);
            return current.packages[0] === input.package ? input.package : null;
          },
          run: async (input, { signal }) => {
            const line = lineOf.get(input.subscriberId);
            const body = { packages: [input.package], ...(line ? { provisioningParameters: line } : {}) };
            const changed = await updateSubscriber(api, input.subscriberId, body, signal);
            return changed.packages[0] ?? input.package;
          },
        },
      );
      setRun({ runner: next, lines: lineOf });
      void settle(next.start());
    },
    /** Sends the failed rows again, with `corrections` replacing the phone line of the rows it names. */
    retryFailed(corrections: ReadonlyMap<string, PhoneLine> = new Map()) {
      if (!runner) return;
      for (const [id, line] of corrections) lines.set(id, line);
      void settle(runner.retryFailed());
    },
  };
}
