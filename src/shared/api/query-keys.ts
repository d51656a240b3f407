import type { ApiClient } from './client';

/**
 * Query keys, one factory per resource: all → lists → list(params) → details → detail(id).
 *
 * Each factory takes the object the request is made with (an OrgApi, or the ApiClient for
 * data that is not org-scoped), never a loose id: the key is derived from exactly what
 * the fetcher depends on, which is also what @tanstack/query/exhaustive-deps checks.
 * Every org-scoped key starts with ['org', orgId], so acting for a sub-partner never reads
 * the parent's cache and `queryKeys.org(scope)` invalidates everything of one org.
 */
export interface OrgKeyScope {
  orgId: string;
}

function resourceKeys<const R extends string>(resource: R) {
  const all = (scope: OrgKeyScope) => ['org', scope.orgId, resource] as const;
  const lists = (scope: OrgKeyScope) => [...all(scope), 'list'] as const;
  const details = (scope: OrgKeyScope) => [...all(scope), 'detail'] as const;
  return {
    all,
    lists,
    list: <P extends object>(scope: OrgKeyScope, params: P) => [...lists(scope), params] as const,
    details,
    detail: (scope: OrgKeyScope, id: string) => [...details(scope), id] as const,
  };
}

/** Global data is keyed by the backend it came from; the cache is cleared on sign-in and sign-out. */
const backendOf = (client: Pick<ApiClient, 'baseUrl'>) => client.baseUrl('api') ?? '';

export const queryKeys = {
  session: (client: Pick<ApiClient, 'baseUrl'>) => ['session', backendOf(client)] as const,
  capabilities: (client: Pick<ApiClient, 'baseUrl'>) => ['capabilities', backendOf(client)] as const,
  org: (scope: OrgKeyScope) => ['org', scope.orgId] as const,
  /**
   * Resolving the org id in the URL (there is no OrgApi yet). The signed-in org is part of
   * the key: the same URL means something else for another admin.
   */
  orgInfo: (client: Pick<ApiClient, 'baseUrl'>, signedIn: { id: string }, orgId: string) =>
    ['org', orgId, 'info', backendOf(client), signedIn.id] as const,
  stats: (scope: OrgKeyScope) => ['org', scope.orgId, 'stats'] as const,
  customers: resourceKeys('customers'),
  subscribers: resourceKeys('subscribers'),
  subPartners: resourceKeys('sub-partners'),
  subPartnerDirectory: resourceKeys('sub-partner-directory'),
  billingReports: resourceKeys('billing-reports'),
  priceBook: resourceKeys('price-book'),
  templates: resourceKeys('templates'),
} as const;
