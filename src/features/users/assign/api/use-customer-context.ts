import { useQueries } from '@tanstack/react-query';
import type { Customer } from '@contract/wholesale';
import { customerQueryOptions, hubCustomerQueryOptions } from '@/shared/api/customers';
import { useOrgApi } from '@/shared/api/org-api';
import type { CustomerContext } from '../lib/package-rules';

/** Packages provisioned in the customer org: one whose provisioning failed has no licence to give. */
export function usablePackages(customer: Customer): string[] {
  const details = customer.resourceDetails?.packages ?? [];
  return customer.packages.filter((p) => {
    const status = details.find((d) => d.name === p)?.status;
    return status === undefined || status === 'provisioned';
  });
}

export interface CustomerContexts {
  /** By customer ID; absent while loading or when it failed. */
  byCustomer: ReadonlyMap<string, CustomerContext>;
  loading: boolean;
  error: Error | null;
}

/**
 * What the package rules need for each customer: its usable packages (public API) and its
 * first administrator's e-mail (Partner Hub only; without a hub the API's own refusal
 * explains a forbidden downgrade instead).
 */
export function useCustomerContexts(customerIds: readonly string[]): CustomerContexts {
  const api = useOrgApi();
  const hub = api.client.has('hub');
  const ids = [...new Set(customerIds)];
  const customers = useQueries({ queries: ids.map((id) => customerQueryOptions(api, id)) });
  const profiles = useQueries({
    queries: ids.map((id) => ({ ...hubCustomerQueryOptions(api, id), enabled: hub })),
  });
  const byCustomer = new Map<string, CustomerContext>();
  ids.forEach((id, index) => {
    const customer = customers[index]?.data;
    const profile = profiles[index];
    if (!customer || (hub && profile?.isPending)) return;
    byCustomer.set(id, {
      usablePackages: usablePackages(customer),
      firstAdminEmail: profile?.data?.primaryEmail ?? null,
    });
  });
  return {
    byCustomer,
    loading: customers.some((q) => q.isPending) || (hub && profiles.some((q) => q.isPending)),
    error: customers.find((q) => q.error)?.error ?? null,
  };
}
