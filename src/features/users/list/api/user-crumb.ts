import type { QueryClient } from '@tanstack/react-query';
import type { OrgApi } from '@/shared/api/org-api';
import { subscriberQueryOptions } from '@/shared/api/subscribers';

/**
 * The breadcrumb of a user page: the e-mail address (the API gives no name). Loading it
 * also warms the cache the page reads; a failure leaves the generic crumb and the page
 * itself shows the error.
 */
export async function userCrumb(
  queryClient: QueryClient,
  api: OrgApi,
  subscriberId: string,
): Promise<string | undefined> {
  try {
    const subscriber = await queryClient.ensureQueryData(subscriberQueryOptions(api, subscriberId));
    return subscriber.email || undefined;
  } catch {
    return undefined;
  }
}
