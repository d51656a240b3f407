import { useMemo, useState, useSyncExternalStore } from 'react';
import { useOrgApi } from '@/shared/api/org-api';
import { CustomerCheck, summarizeVerdicts } from '../lib/customer-check';
import { applyCheckVerdicts, rowsWithNumbers } from '../lib/import-check';
import type { ImportResult } from '../lib/import-validator';

/**
 * Checks the numbers of a previewed file against the customer with Webex, on request
 * (a file may hold 20,000 rows). The preview is remounted per file, so one checker holds
 * the verdicts of one file.
 */
export function useImportCheck(customerId: string, result: ImportResult) {
  const api = useOrgApi();
  const [checker] = useState(() => new CustomerCheck(api, customerId));
  const progress = useSyncExternalStore(checker.subscribe, checker.getProgress);
  const candidates = useMemo(() => rowsWithNumbers(result), [result]);
  // `progress` changes whenever verdicts do: the merge is redone then.
  const merged = useMemo(
    () => ({ ...applyCheckVerdicts(result, (u) => checker.verdict(u)), progress }),
    [result, checker, progress],
  );
  const summary = summarizeVerdicts(candidates.map((u) => checker.verdict(u)));
  return {
    result: merged.result,
    progress,
    summary,
    candidates: candidates.length,
    run: () => {
      checker.arm();
      void checker.check(candidates);
    },
  };
}
