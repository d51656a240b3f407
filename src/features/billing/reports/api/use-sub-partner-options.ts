import { useQuery } from '@tanstack/react-query';
import { useCapabilities } from '@/shared/api/capabilities';
import { useOrgApi } from '@/shared/api/org-api';
import { subPartnerDirectoryQueryOptions, subPartnerListQueryOptions } from '@/shared/api/sub-partners';
import type { SelectOption } from '@/shared/ui/select';

/** More than a select can usefully show; beyond it a parent opens the sub-partner's own view. */
const MAX_OPTIONS = 100;

function shortOrgId(orgId: string): string {
  return orgId.length > 16 ? `…${orgId.slice(-12)}` : orgId;
}

/**
 * A parent partner's sub-partners as select options: by name from the Hub directory when
 * the backend has one, else by org ID from the public list (which carries no names).
 */
export function useSubPartnerOptions(enabled: boolean): { options: SelectOption[]; loading: boolean } {
  const api = useOrgApi();
  const capabilities = useCapabilities();
  const named = capabilities.data?.['subPartnerDirectory'] === true;
  const directory = useQuery({
    ...subPartnerDirectoryQueryOptions(api, { sortBy: 'name', max: MAX_OPTIONS }),
    enabled: enabled && named,
  });
  const plain = useQuery({
    ...subPartnerListQueryOptions(api, { max: MAX_OPTIONS }),
    enabled: enabled && capabilities.isSuccess && !named,
  });
  if (!enabled) return { options: [], loading: false };
  if (named) {
    return {
      options: (directory.data?.items ?? []).map((s) => ({ value: s.orgId, label: s.name })),
      loading: directory.isPending,
    };
  }
  return {
    options: (plain.data?.items ?? []).map((s) => ({ value: s.orgId, label: shortOrgId(s.orgId) })),
    loading: capabilities.isPending || plain.isPending,
  };
}
