import { useEffect, useRef, useState } from 'react';
import { fetchCustomers } from '@/shared/api/customers';
import { createOrgApi, useOrgApi } from '@/shared/api/org-api';
import { fetchSubPartners } from '@/shared/api/sub-partners';
import {
  searchSubPartnerCustomers,
  type SubPartnerHit,
  type SubPartnerSearchProgress,
  type SubPartnerSearchResult,
  type SubPartnerSearchTerms,
} from './sub-partner-search';

/** Matches per sub-partner: an exact external ID or org ID rarely matches more than one. */
const HITS_PER_SUB_PARTNER = 20;

export type SubPartnerSearchState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: SubPartnerSearchProgress; hits: SubPartnerHit[] }
  | { kind: 'done'; result: SubPartnerSearchResult; stopped: boolean }
  | { kind: 'failed'; error: unknown };

/** Runs searchSubPartnerCustomers on demand (never on load), with Stop; results arrive as they are found. */
export function useSubPartnerSearch() {
  const api = useOrgApi();
  const [state, setState] = useState<SubPartnerSearchState>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  async function run(terms: SubPartnerSearchTerms) {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    let hits: SubPartnerHit[] = [];
    let progress: SubPartnerSearchProgress = { searched: 0, total: null };
    setState({ kind: 'running', progress, hits });
    try {
      const result = await searchSubPartnerCustomers({
        terms,
        signal: abort.signal,
        listSubPartners: (next, signal) => fetchSubPartners(api.client, next ?? { max: 100 }, signal),
        listCustomers: (subPartnerOrgId, t, signal) =>
          fetchCustomers(
            createOrgApi(api.client, { orgId: subPartnerOrgId, subPartnerOrgId }),
            { ...t, max: HITS_PER_SUB_PARTNER },
            signal,
          ),
        onProgress: (p) => {
          progress = p;
          if (!abort.signal.aborted) setState({ kind: 'running', progress, hits });
        },
        onHits: (found) => {
          hits = [...hits, ...found];
          if (!abort.signal.aborted) setState({ kind: 'running', progress, hits });
        },
      });
      if (controller.current === abort) setState({ kind: 'done', result, stopped: abort.signal.aborted });
    } catch (error) {
      if (controller.current !== abort) return;
      if (abort.signal.aborted) {
        setState({
          kind: 'done',
          stopped: true,
          result: { hits, failures: [], truncated: [], searched: progress.searched, total: progress.total ?? 0 },
        });
      } else setState({ kind: 'failed', error });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }

  return {
    state,
    search: (terms: SubPartnerSearchTerms) => void run(terms),
    stop: () => controller.current?.abort(),
  };
}
