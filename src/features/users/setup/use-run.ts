import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';
import {
  closeRun,
  openRun,
  peekRun,
  startRun,
  type LiveRun,
  type RunInput,
  type UserRunner,
} from '../lib/run-registry';
import type { RunKind } from '../lib/run-storage';

/** The customer's run of this kind: live in this tab, saved from before a reload, or none. */
export function useRun(orgId: string, customerId: string, kind: RunKind) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ loading: boolean; run: LiveRun | null }>(() => {
    const live = peekRun({ orgId, customerId, kind });
    return { loading: live === null, run: live };
  });
  useEffect(() => {
    let current = true;
    void openRun(api, { orgId, customerId, kind }).then((run) => {
      if (current) setState({ loading: false, run });
    });
    return () => {
      current = false;
    };
  }, [api, orgId, customerId, kind]);
  const start = useCallback(
    async (source: string, users: readonly { key: string; input: RunInput }[]) => {
      const run = await startRun(api, { orgId, customerId, kind }, source, users);
      setState({ loading: false, run });
    },
    [api, orgId, customerId, kind],
  );
  /** Forgets the finished run; the users it created now count as the customer's existing ones. */
  const close = useCallback(async () => {
    await closeRun({ orgId, customerId, kind });
    await queryClient.invalidateQueries({ queryKey: queryKeys.subscribers.all(api) });
    setState({ loading: false, run: null });
  }, [api, queryClient, orgId, customerId, kind]);
  return { ...state, start, close };
}

export function useRunSnapshot(runner: UserRunner) {
  return useSyncExternalStore(
    useCallback((listener: () => void) => runner.subscribe(listener), [runner]),
    () => runner.getSnapshot(),
  );
}
