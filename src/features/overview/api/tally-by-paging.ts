import { fetchCustomers } from '@/shared/api/customers';
import type { OrgApi } from '@/shared/api/org-api';
import { collectPages } from '@/shared/api/paging';
import type { CountsByKey } from '@/shared/api/stats';
import { fetchSubPartners } from '@/shared/api/sub-partners';
import { fetchSubscribers } from '@/shared/api/subscribers';
import { COUNT_CAP, type Tally } from './overview-counts';

const FIRST_PAGE = { max: 100 };

function tally<T>(items: readonly T[], keyOf: (item: T) => string | undefined, capped: boolean): Tally {
  const counts: CountsByKey = {};
  for (const item of items) {
    const key = keyOf(item) ?? 'unknown';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { counts, total: items.length, capped };
}

/** Customers by status, read page by page (Link: rel="next") up to COUNT_CAP. */
export async function tallyCustomers(api: OrgApi, signal?: AbortSignal): Promise<Tally> {
  const { items, capped } = await collectPages((next) => fetchCustomers(api, next ?? FIRST_PAGE, signal), COUNT_CAP);
  return tally(items, (c) => c.status, capped);
}

/** Users by their (one) package. */
export async function tallySubscribers(api: OrgApi, signal?: AbortSignal): Promise<Tally> {
  const { items, capped } = await collectPages((next) => fetchSubscribers(api, next ?? FIRST_PAGE, signal), COUNT_CAP);
  return tally(items, (s) => s.packages[0] ?? s.package, capped);
}

/** Sub-partners by provisioning state (the signed-in partner's own list). */
export async function tallySubPartners(api: OrgApi, signal?: AbortSignal): Promise<Tally> {
  const { items, capped } = await collectPages(
    (next) => fetchSubPartners(api.client, next ?? FIRST_PAGE, signal),
    COUNT_CAP,
  );
  return tally(items, (s) => s.provisioningState, capped);
}
