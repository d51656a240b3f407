import { useMemo } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { HubTemplateListResponse, type HubTemplate } from '@contract/hub';
import { SCOPES } from '@contract/scopes';
import { useApiClient } from '@/shared/api/api-context';
import { billingReportListQueryOptions, type BillingReportListParams } from '@/shared/api/billing-reports';
import { customerListQueryOptions, type CustomerListParams } from '@/shared/api/customers';
import { createOrgApi, type OrgApi } from '@/shared/api/org-api';
import { queryKeys } from '@/shared/api/query-keys';

/**
 * The client as the parent acting for one of its sub-partners: every provisioning call
 * carries onBehalfOfSubPartnerOrgId, every billing call subPartnerOrgId — the same OrgApi a
 * cross-launched tab of that sub-partner uses, so both share (and never mix up) its cache.
 */
export function useSubPartnerApi(subPartnerOrgId: string): OrgApi {
  const client = useApiClient();
  return useMemo(() => createOrgApi(client, { orgId: subPartnerOrgId, subPartnerOrgId }), [client, subPartnerOrgId]);
}

/** GET /hub/v1/onboardingTemplates in the sub-partner's space (every template; the list is not paged). */
export async function fetchTemplates(api: OrgApi, signal?: AbortSignal): Promise<HubTemplate[]> {
  const { data } = await api.client.request({
    base: 'hub',
    path: '/onboardingTemplates',
    schema: HubTemplateListResponse,
    org: api,
    orgParam: 'onBehalfOfSubPartnerOrgId',
    scope: SCOPES.customersRead,
    signal,
  });
  return data.items;
}

export function useSubPartnerTemplates(api: OrgApi, enabled: boolean) {
  return useQuery({
    ...queryOptions({
      // Its own params: the templates section may cache a differently shaped list for the same org.
      queryKey: queryKeys.templates.list(api, { view: 'indirect-provider' }),
      queryFn: ({ signal }) => fetchTemplates(api, signal),
    }),
    enabled,
  });
}

export function useSubPartnerCustomers(api: OrgApi, params: CustomerListParams, enabled: boolean) {
  return useQuery({ ...customerListQueryOptions(api, params), enabled, placeholderData: keepPreviousData });
}

export function useSubPartnerReports(api: OrgApi, params: BillingReportListParams, enabled: boolean) {
  return useQuery({ ...billingReportListQueryOptions(api, params), enabled });
}
