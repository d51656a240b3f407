import { useEffect, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOrgApi } from '@/shared/api/org-api';
import { fetchSubscriber, invalidateSubscribers, updateSubscriber } from '@/shared/api/subscribers';
import type { SubscriberPackage } from '@contract/packages';
import { ProvisioningRunner } from '../../lib/provisioning-runner';
import type { RunnerSnapshot } from '../../lib/provisioning-state';

export interface BulkChangeInput {
  subscriberId: string;
  email: string;
  package: SubscriberPackage;
}

/** Requests in flight at once: fast for a few dozen users, gentle on the API's rate limit. */
export const BULK_CONCURRENCY = 4;

export type BulkRunner = ProvisioningRunner<BulkChangeInput, string>;

/**
 * One PUT per user through the shared ProvisioningRunner (bounded concurrency, 429/503
 * honoured, a done row never sent again, retry of failed rows only). The caller starts it
 * with `begin`; the lists refresh whenever the run goes idle.
 */
export function useBulkRun() {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const [runner, setRunner] = useState<BulkRunner | null>(null);
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
            const changed = await updateSubscriber(api, input.subscriberId, { packages: [input.package] }, signal);
            return changed.packages[0] ?? input.package;
          },
        },
      );
      setRunner(next);
      void settle(next.start());
    },
    retryFailed() {
      if (runner) void settle(runner.retryFailed());
    },
  };
}
