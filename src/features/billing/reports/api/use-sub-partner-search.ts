import { useEffect, useState } from 'react';
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { decodeId } from '@contract/ids';
import { useCapabilities } from '@/shared/api/capabilities';
import { useOrgApi } from '@/shared/api/org-api';
import type { Page } from '@/shared/api/paging';
import { queryKeys } from '@/shared/api/query-keys';
import {
  fetchAllSubPartnerIds,
  fetchSubPartnerDirectory,
  fetchSubPartners,
  subPartnerEntryQueryOptions,
  type SubPartnerEntry,
} from '@/shared/api/sub-partners';

/** One request's worth: well under the API's maximum of 100, enough to fill the list twice. */
export const PICKER_PAGE_SIZE = 50;
/** Typing settles for this long before the directory is asked. */
export const SEARCH_DEBOUNCE_MS = 250;
/** The directory refuses longer searches (longer than any name or org ID). */
const SEARCH_MAX = 200;
const NAME_STALE_MS = 5 * 60_000;

/** A sub-partner as the picker lists it: no name when the backend has no Hub directory. */
export interface SubPartnerChoice {
  orgId: string;
  name: string | null;
  provisioningState: string;
  /** The directory's whole entry (null from the public list). */
  entry: SubPartnerEntry | null;
}

/** 'directory': the Hub's, with names and server-side search. 'public': the Wholesale API's list, org IDs only. */
export type SubPartnerSource = 'directory' | 'public';

export interface SubPartnerSearch {
  source: SubPartnerSource | null;
  /** The search the listed items answer (the typed text once it settled, trimmed). */
  searched: string;
  items: SubPartnerChoice[];
  /** A search is on its way (typing not settled, or the first page of a search loading). */
  searching: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  error: Error | null;
}

/** Whether the text is an encoded Webex org ID (what a pasted one must be). */
export function isOrgId(text: string): boolean {
  return decodeId(text.trim())?.type === 'ORGANIZATION';
}

/** "…Q4LWE5ZTQ": the end of an encoded org ID (their starts are all the same). */
export function shortOrgId(orgId: string): string {
  return orgId.length > 14 ? `…${orgId.slice(-10)}` : orgId;
}

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Where sub-partners come from on this backend (null while unknown, or when not asked). */
export function useSubPartnerSource(enabled: boolean): SubPartnerSource | null {
  const capabilities = useCapabilities();
  if (!enabled || !capabilities.data) return null;
  return capabilities.data['subPartnerDirectory'] === true ? 'directory' : 'public';
}

const nextPage = <T>(last: Page<T>) => last.next;

/**
 * A parent partner's sub-partners for a picker, a page at a time. With the Hub directory,
 * searched by the server (part of a name, or a whole org ID) after typing settles; against
 * the public API (no names, no search), its list paged and filtered by org ID here.
 */
export function useSubPartnerSearch(query: string, enabled: boolean): SubPartnerSearch {
  const api = useOrgApi();
  const source = useSubPartnerSource(enabled);
  const typed = query.trim().slice(0, SEARCH_MAX);
  const searched = useDebounced(typed, SEARCH_DEBOUNCE_MS);

  const directory = useInfiniteQuery({
    queryKey: queryKeys.subPartnerDirectory.list(api, { picker: true, q: searched }),
    queryFn: ({ pageParam, signal }) =>
      fetchSubPartnerDirectory(
        api,
        pageParam ?? { q: searched || undefined, sortBy: 'name', max: PICKER_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: nextPage,
    placeholderData: keepPreviousData,
    enabled: source === 'directory',
  });
  const plain = useInfiniteQuery({
    queryKey: queryKeys.subPartners.list(api, { picker: true }),
    queryFn: ({ pageParam, signal }) => fetchSubPartners(api.client, pageParam ?? { max: PICKER_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: nextPage,
    enabled: source === 'public',
  });

  const active = source === 'public' ? plain : directory;
  const all: SubPartnerChoice[] =
    source === 'public'
      ? (plain.data?.pages ?? []).flatMap((p) =>
          p.items.map((s) => ({
            orgId: s.orgId,
            name: null,
            provisioningState: s.provisioningState ?? '',
            entry: null,
          })),
        )
      : (directory.data?.pages ?? []).flatMap((p) =>
          p.items.map((s) => ({ orgId: s.orgId, name: s.name, provisioningState: s.provisioningState, entry: s })),
        );
  const needle = searched.toLowerCase();
  const items = source === 'public' && needle ? all.filter((s) => s.orgId.toLowerCase().includes(needle)) : all;
  return {
    source,
    searched,
    items: source ? items : [],
    // A new search keeps showing the previous answer (placeholder) until its own arrives.
    searching: source !== null && (typed !== searched || active.isPending || active.isPlaceholderData),
    hasMore: Boolean(active.hasNextPage),
    loadingMore: active.isFetchingNextPage,
    loadMore: () => void active.fetchNextPage(),
    error: active.error,
  };
}

/** A sub-partner's name from the Hub directory (cached by the picker when one was chosen there). */
export function useSubPartnerName(orgId: string, source: SubPartnerSource | null) {
  const api = useOrgApi();
  return useQuery({
    ...subPartnerEntryQueryOptions(api, orgId),
    enabled: source === 'directory' && orgId !== '',
    // A name shown beside a choice: the one the directory just listed is fresh enough.
    staleTime: NAME_STALE_MS,
  });
}

/**
 * Checks a pasted org ID against every sub-partner of the public list (Link paging, 100 a
 * request): the public API has no look-up of one sub-partner. Cached, so a second paste is free.
 */
export function useSubPartnerCheck() {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  return async (orgId: string): Promise<boolean> => {
    const all = await queryClient.fetchQuery({
      queryKey: queryKeys.subPartners.list(api, { every: true }),
      queryFn: ({ signal }) => fetchAllSubPartnerIds(api.client, signal),
    });
    return all.some((s) => s.orgId === orgId);
  };
}

/** Remembers a directory entry the picker listed, so showing the choice needs no request. */
export function useRememberSubPartner() {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  return (entry: SubPartnerEntry) =>
    queryClient.setQueryData(subPartnerEntryQueryOptions(api, entry.orgId).queryKey, entry);
}
