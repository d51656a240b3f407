import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { useApiClient } from '@/shared/api/api-context';
import type { ApiClient } from '@/shared/api/client';
import type { MutationConfig } from '@/shared/api/mutation';

/** The simulator's control API (/_sim): who can be signed in as, for QA and tests. Absent against the real API. */

const TenantsSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      orgId: z.string(),
      name: z.string(),
      created: z.optional(z.string()),
      subPartnerCount: z._default(z.number(), 0),
    }),
  ),
});
export type SimTenant = z.infer<typeof TenantsSchema>['items'][number];

const TenantOrgsSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      orgId: z.string(),
      name: z.string(),
      kind: z.string(),
      provisioningState: z._default(z.string(), 'active'),
    }),
  ),
});
export type SimOrg = z.infer<typeof TenantOrgsSchema>['items'][number];

const TokenSchema = z.looseObject({
  accessToken: z.string().check(z.minLength(1)),
  expiresIn: z.optional(z.number()),
  scopes: z.optional(z.array(z.string())),
});
export type SimToken = z.infer<typeof TokenSchema>;

export type SimRole = 'full_admin' | 'read_only_admin';

const simKeys = {
  tenants: (client: ApiClient) => ['sim', client.baseUrl('sim'), 'tenants'] as const,
  orgs: (client: ApiClient, tenantId: string) => ['sim', client.baseUrl('sim'), 'tenants', tenantId, 'orgs'] as const,
};

export function simTenantsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: simKeys.tenants(client),
    queryFn: ({ signal }) =>
      client.request({ base: 'sim', path: '/tenants', schema: TenantsSchema, signal }).then((r) => r.data.items),
  });
}

export function simTenantOrgsQueryOptions(client: ApiClient, tenantId: string) {
  return queryOptions({
    queryKey: simKeys.orgs(client, tenantId),
    queryFn: ({ signal }) =>
      client
        .request({
          base: 'sim',
          path: `/tenants/${encodeURIComponent(tenantId)}/orgs`,
          schema: TenantOrgsSchema,
          signal,
        })
        .then((r) => r.data.items),
  });
}

export function useSimTenants() {
  const client = useApiClient();
  return useQuery(simTenantsQueryOptions(client));
}

export function useSimTenantOrgs(tenantId: string | undefined) {
  const client = useApiClient();
  return useQuery({ ...simTenantOrgsQueryOptions(client, tenantId ?? ''), enabled: !!tenantId });
}

/** POST /_sim/tokens: a token for one of the org's two simulated admins. */
export function useCreateSimToken(config: MutationConfig<SimToken, { orgId: string; role: SimRole }> = {}) {
  const client = useApiClient();
  return useMutation({
    ...config,
    mutationFn: (body) =>
      client.request({ method: 'POST', base: 'sim', path: '/tokens', body, schema: TokenSchema }).then((r) => r.data),
  });
}
