import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { SCOPES } from '@contract/scopes';
import { HubTemplate, HubTemplateListResponse, type TemplateRequestInput } from '@contract/hub';
import type { MutationConfig } from './mutation';
import type { OrgApi } from './org-api';
import { useOrgApi } from './org-api';
import { NoContent } from './paging';
import { queryKeys } from './query-keys';

/**
 * Onboarding templates (Partner Hub only: `base: 'hub'`). An org keeps a handful, so the
 * list is not paged. Every call acts for the org in the URL: while cross-launched the
 * client adds onBehalfOfSubPartnerOrgId, so a parent creates templates in the
 * sub-partner's space. Check `useCapabilities().data.onboardingTemplates` first: the real
 * Webex API has none (see shared/provisioning-ids for what to offer instead).
 */
const path = (id?: string) => (id ? `/onboardingTemplates/${encodeURIComponent(id)}` : '/onboardingTemplates');
const request = { base: 'hub', orgParam: 'onBehalfOfSubPartnerOrgId' } as const;

export async function fetchTemplates(api: OrgApi, signal?: AbortSignal): Promise<HubTemplate[]> {
  const { data } = await api.client.request({
    ...request,
    path: path(),
    schema: HubTemplateListResponse,
    org: api,
    scope: SCOPES.customersRead,
    signal,
  });
  return data.items;
}

export async function fetchTemplate(api: OrgApi, templateId: string, signal?: AbortSignal): Promise<HubTemplate> {
  const { data } = await api.client.request({
    ...request,
    path: path(templateId),
    schema: HubTemplate,
    org: api,
    scope: SCOPES.customersRead,
    signal,
  });
  return data;
}

export function templateListQueryOptions(api: OrgApi) {
  return queryOptions({
    queryKey: queryKeys.templates.list(api, {}),
    queryFn: ({ signal }) => fetchTemplates(api, signal),
  });
}

export function templateQueryOptions(api: OrgApi, templateId: string) {
  return queryOptions({
    queryKey: queryKeys.templates.detail(api, templateId),
    queryFn: ({ signal }) => fetchTemplate(api, templateId, signal),
  });
}

export function useTemplateList(options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...templateListQueryOptions(api), enabled: options.enabled ?? true });
}

export function useTemplate(templateId: string, options: { enabled?: boolean } = {}) {
  const api = useOrgApi();
  return useQuery({ ...templateQueryOptions(api, templateId), enabled: options.enabled ?? true });
}

const HubOrgSubscription = z.looseObject({ id: z.string(), subscriptionId: z.string().nullish() });

/**
 * The wholesale subscription templates of the acting org must use: its own, or for a
 * sub-partner the parent's shared one (the hub stores it on the org either way).
 */
export async function fetchTemplateSubscription(api: OrgApi, signal?: AbortSignal): Promise<string | null> {
  const { data } = await api.client.request({
    base: 'hub',
    path: `/orgs/${encodeURIComponent(api.orgId)}`,
    schema: HubOrgSubscription,
    signal,
  });
  return data.subscriptionId ?? null;
}

export function templateSubscriptionQueryOptions(api: OrgApi) {
  return queryOptions({
    queryKey: [...queryKeys.templates.all(api), 'subscription'] as const,
    queryFn: ({ signal }) => fetchTemplateSubscription(api, signal),
    staleTime: 5 * 60_000,
  });
}

export function useTemplateSubscription() {
  const api = useOrgApi();
  return useQuery(templateSubscriptionQueryOptions(api));
}

export async function createTemplate(api: OrgApi, body: TemplateRequestInput): Promise<HubTemplate> {
  const { data } = await api.client.request({
    ...request,
    method: 'POST',
    path: path(),
    body,
    schema: HubTemplate,
    org: api,
    scope: SCOPES.customersWrite,
  });
  return data;
}

/** PUT: a full replace. Customers created earlier keep the settings they were created with. */
export async function replaceTemplate(
  api: OrgApi,
  templateId: string,
  body: TemplateRequestInput,
): Promise<HubTemplate> {
  const { data } = await api.client.request({
    ...request,
    method: 'PUT',
    path: path(templateId),
    body,
    schema: HubTemplate,
    org: api,
    scope: SCOPES.customersWrite,
  });
  return data;
}

/** The clone gets its own id and provisioning ID; everything else is copied. */
export async function cloneTemplate(api: OrgApi, templateId: string, name: string): Promise<HubTemplate> {
  const { data } = await api.client.request({
    ...request,
    method: 'POST',
    path: `${path(templateId)}/clone`,
    body: { name },
    schema: HubTemplate,
    org: api,
    scope: SCOPES.customersWrite,
  });
  return data;
}

/** 409 (1302) while customers use the template; the message says how many. */
export async function deleteTemplate(api: OrgApi, templateId: string): Promise<void> {
  await api.client.request({
    ...request,
    method: 'DELETE',
    path: path(templateId),
    schema: NoContent,
    org: api,
    scope: SCOPES.customersWrite,
  });
}

/** Every template write changes the list; a replace or delete also the template itself. */
function useTemplateMutation<TData, TVariables>(
  mutationFn: (api: OrgApi, variables: TVariables) => Promise<TData>,
  config: MutationConfig<TData, TVariables>,
  changed?: { id: (variables: TVariables) => string; gone?: boolean },
) {
  const api = useOrgApi();
  const queryClient = useQueryClient();
  const { onSuccess, ...rest } = config;
  return useMutation({
    ...rest,
    mutationFn: (variables: TVariables) => mutationFn(api, variables),
    onSuccess: async (data, variables, onMutateResult, context) => {
      const detail = changed ? queryKeys.templates.detail(api, changed.id(variables)) : null;
      // A deleted template's page is still mounted: refetching it would only flash a 404.
      if (detail && changed?.gone) queryClient.removeQueries({ queryKey: detail });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.templates.lists(api) }),
        detail && !changed?.gone ? queryClient.invalidateQueries({ queryKey: detail }) : null,
      ]);
      await onSuccess?.(data, variables, onMutateResult, context);
    },
  });
}

export function useCreateTemplate(config: MutationConfig<HubTemplate, TemplateRequestInput> = {}) {
  return useTemplateMutation((api, body) => createTemplate(api, body), config);
}

export function useReplaceTemplate(
  config: MutationConfig<HubTemplate, { templateId: string; body: TemplateRequestInput }> = {},
) {
  return useTemplateMutation((api, { templateId, body }) => replaceTemplate(api, templateId, body), config, {
    id: (v) => v.templateId,
  });
}

export function useCloneTemplate(config: MutationConfig<HubTemplate, { templateId: string; name: string }> = {}) {
  return useTemplateMutation((api, { templateId, name }) => cloneTemplate(api, templateId, name), config);
}

export function useDeleteTemplate(config: MutationConfig<void, { templateId: string }> = {}) {
  return useTemplateMutation((api, { templateId }) => deleteTemplate(api, templateId), config, {
    id: (v) => v.templateId,
    gone: true,
  });
}
