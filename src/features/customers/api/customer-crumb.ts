import type { QueryClient } from '@tanstack/react-query';
import { customerQueryOptions, hubCustomerQueryOptions } from '@/shared/api/customers';
import type { OrgApi } from '@/shared/api/org-api';

/**
 * The breadcrumb of a customer page: its company name where Partner Hub knows it, else the
 * partner's external ID (the public Customer has no name). Loading it also warms the cache
 * the page reads, so the page renders with data. A failure leaves the generic crumb: the
 * page itself shows the error.
 */
export async function customerCrumb(
  queryClient: QueryClient,
  api: OrgApi,
  customerId: string,
): Promise<string | undefined> {
  const [profile, customer] = await Promise.allSettled([
    api.client.has('hub') ? queryClient.ensureQueryData(hubCustomerQueryOptions(api, customerId)) : null,
    queryClient.ensureQueryData(customerQueryOptions(api, customerId)),
  ]);
  const name = profile.status === 'fulfilled' ? profile.value?.name : undefined;
  const externalId = customer.status === 'fulfilled' ? customer.value.externalId : undefined;
  return name || externalId || undefined;
}
