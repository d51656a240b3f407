import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isSubscriberPackage } from '@contract/packages';
import { useCapabilities } from '@/shared/api/capabilities';
import { useCustomerLocations } from '@/shared/api/customer-locations';
import { useCustomer, useHubCustomer } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import { collectPages } from '@/shared/api/paging';
import { queryKeys } from '@/shared/api/query-keys';
import { fetchSubscribers } from '@/shared/api/subscribers';
import { useActingOrg } from '@/shared/session/acting-org';
import { loadKnownNumbers } from '../lib/known-numbers';
import type { SetupContext } from '../lib/setup-form';

/** E-mails already taken are checked before sending; a customer larger than this relies on the server's 409. */
const EXISTING_USERS_LIMIT = 5000;

/**
 * What the wizard and the import check rows against: the customer (its packages), its
 * locations, the e-mails of its users and the numbers known to be taken.
 */
export function useSetupContext(customerId: string) {
  const api = useOrgApi();
  const org = useActingOrg();
  const capabilities = useCapabilities();
  const hasLocations = capabilities.data?.customerLocations === true;
  const customer = useCustomer(customerId);
  const profile = useHubCustomer(customerId, { enabled: api.client.has('hub') });
  const locations = useCustomerLocations(customerId, { enabled: hasLocations });
  const existing = useQuery({
    queryKey: [...queryKeys.subscribers.list(api, { customerId }), 'all-emails'] as const,
    queryFn: ({ signal }) =>
      collectPages((next) => fetchSubscribers(api, next ?? { customerId, max: 100 }, signal), EXISTING_USERS_LIMIT),
  });
  const context = useMemo<SetupContext | null>(() => {
    if (!customer.data || !existing.data || (hasLocations && !locations.data)) return null;
    const known = loadKnownNumbers(org.id, customerId);
    return {
      locations: (locations.data ?? []).map((l) => ({ id: l.id, name: l.name })),
      customerPackages: customer.data.packages,
      existing: {
        emails: existing.data.items.flatMap((s) => (s.email ? [s.email] : [])),
        phoneNumbers: known.phoneNumbers,
        extensions: known.extensions,
      },
    };
  }, [customer.data, existing.data, hasLocations, locations.data, org.id, customerId]);

  const userPackages = (customer.data?.packages ?? []).filter(isSubscriberPackage);
  const error = customer.error ?? existing.error ?? locations.error ?? capabilities.error;
  return {
    context,
    customer,
    name: profile.data?.name || customer.data?.externalId || customerId,
    locations,
    hasLocations,
    userPackages,
    pending: !error && (capabilities.isPending || context === null),
    error,
    retry: () => {
      void customer.refetch();
      void existing.refetch();
      void locations.refetch();
    },
  };
}
