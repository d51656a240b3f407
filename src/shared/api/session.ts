import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ALL_SCOPES } from '@contract/scopes';
import { useApiClient } from './api-context';
import type { ApiClient } from './client';
import { isApiError } from './api-error';
import { queryKeys } from './query-keys';
import { useCredentials, type Credentials } from '../session/credentials';

export type OrgKind = 'partner' | 'sub_partner';

export interface OrgInfo {
  id: string;
  name: string;
  kind: OrgKind;
  /** `active` or `suspended`; other values are shown as-is. */
  provisioningState: string;
}

/** Who is signed in, as the server describes it. */
export interface SessionInfo {
  person: { id: string; displayName: string; email: string | null };
  role: string | null;
  /** `null` when the backend cannot say (real API): the token's declared scopes apply. */
  scopes: readonly string[] | null;
  org: OrgInfo;
  parentOrg: { id: string; name: string } | null;
}

export interface Session extends SessionInfo {
  backend: Credentials['backend'];
  /** Effective scopes: granted by the server or the token, minus any a 403 proved missing. */
  scopes: readonly string[];
}

const HubSessionSchema = z.looseObject({
  person: z.looseObject({ id: z.string(), displayName: z.string(), email: z.nullish(z.string()) }),
  role: z.nullish(z.string()),
  scopes: z._default(z.array(z.string()), []),
  org: z.looseObject({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    provisioningState: z._default(z.string(), 'active'),
  }),
  parentOrg: z.nullish(z.looseObject({ id: z.string(), name: z.string() })),
});

/** Webex People API `GET /people/me` (only the fields used). */
const PeopleMeSchema = z.looseObject({
  id: z.string(),
  displayName: z.optional(z.string()),
  emails: z._default(z.array(z.string()), []),
  orgId: z.string(),
});

const OrganizationSchema = z.looseObject({ id: z.string(), displayName: z.optional(z.string()) });

const asKind = (kind: string): OrgKind => (kind === 'sub_partner' ? 'sub_partner' : 'partner');

async function fetchHubSession(client: ApiClient, signal?: AbortSignal): Promise<SessionInfo> {
  const { data } = await client.request({ base: 'hub', path: '/session', schema: HubSessionSchema, signal });
  return {
    person: { id: data.person.id, displayName: data.person.displayName, email: data.person.email ?? null },
    role: data.role ?? null,
    scopes: data.scopes,
    org: {
      id: data.org.id,
      name: data.org.name,
      kind: asKind(data.org.kind),
      provisioningState: data.org.provisioningState,
    },
    parentOrg: data.parentOrg ?? null,
  };
}

/**
 * Against the real API, who is signed in comes from the People API; the scopes come from
 * the token (what the admin declared). The public API cannot tell a sub-partner admin from
 * a partner admin, so the org is treated as a partner; a sub-partner call the token cannot
 * make answers 403 and marks its scope missing.
 */
async function fetchPeopleSession(client: ApiClient, signal?: AbortSignal): Promise<SessionInfo> {
  const { data: me } = await client.request({ path: '/people/me', schema: PeopleMeSchema, signal });
  let orgName = me.orgId;
  try {
    const path = `/organizations/${encodeURIComponent(me.orgId)}`;
    const { data: org } = await client.request({ path, schema: OrganizationSchema, signal });
    orgName = org.displayName ?? orgName;
  } catch (error) {
    // The organisation name is cosmetic: a token without spark-admin:organizations_read still signs in.
    if (!isApiError(error) || error.status === 401) throw error;
  }
  return {
    person: { id: me.id, displayName: me.displayName ?? me.emails[0] ?? me.id, email: me.emails[0] ?? null },
    role: null,
    scopes: null,
    org: { id: me.orgId, name: orgName, kind: 'partner', provisioningState: 'active' },
    parentOrg: null,
  };
}

export function fetchSession(client: ApiClient, signal?: AbortSignal): Promise<SessionInfo> {
  return client.has('hub') ? fetchHubSession(client, signal) : fetchPeopleSession(client, signal);
}

export function sessionQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.session(client),
    queryFn: ({ signal }) => fetchSession(client, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Combines what the server says with what only the browser knows (declared and denied scopes). */
export function resolveSession(info: SessionInfo, credentials: Credentials): Session {
  const granted = info.scopes ?? credentials.grantedScopes ?? ALL_SCOPES;
  return {
    ...info,
    backend: credentials.backend,
    scopes: granted.filter((s) => !credentials.deniedScopes.includes(s)),
  };
}

/**
 * The signed-in session. Only for components under the signed-in routes: their guard has
 * loaded it into the cache before they render, so it is read synchronously, and it stays
 * subscribed (a refetch or a newly denied scope re-renders the callers).
 */
export function useSession(): Session {
  const client = useApiClient();
  const credentials = useCredentials();
  const { data } = useQuery(sessionQueryOptions(client));
  const session = useMemo(() => (data && credentials ? resolveSession(data, credentials) : null), [data, credentials]);
  if (!session) throw new Error('useSession() is only available once the signed-in route has loaded the session.');
  return session;
}
