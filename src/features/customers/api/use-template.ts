import { queryOptions, useQuery } from '@tanstack/react-query';
import { HubTemplate } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import type { OrgApi } from '@/shared/api/org-api';
import { useOrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';

/** GET /hub/v1/onboardingTemplates/{id}: the template a customer was created with (Partner Hub only). */
function templateQueryOptions(api: OrgApi, templateId: string) {
  return queryOptions({
    queryKey: queryKeys.templates.detail(api, templateId),
    queryFn: async ({ signal }) => {
      const { data } = await api.client.request({
        base: 'hub',
        path: `/onboardingTemplates/${encodeURIComponent(templateId)}`,
        schema: HubTemplate,
        org: api,
        orgParam: 'onBehalfOfSubPartnerOrgId',
        scope: SCOPES.customersRead,
        signal,
      });
      return data;
    },
    staleTime: 60_000,
  });
}

export function useTemplate(templateId: string | null | undefined) {
  const api = useOrgApi();
  return useQuery({ ...templateQueryOptions(api, templateId ?? ''), enabled: Boolean(templateId) });
}
