import { describe, expect, it } from 'vitest';
import { queryKeys } from './query-keys';

const own = { orgId: 'org-partner' };
const sub = { orgId: 'org-contoso' };

/** TanStack Query matches keys by prefix: invalidating a prefix reaches everything below it. */
const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.every((part, i) => JSON.stringify(key[i]) === JSON.stringify(part));

describe('query keys', () => {
  it('nest all → lists → list(params) and all → details → detail(id)', () => {
    const list = queryKeys.customers.list(own, { status: 'error', max: 25 });
    const detail = queryKeys.customers.detail(own, 'c1');
    expect(list).toEqual(['org', 'org-partner', 'customers', 'list', { status: 'error', max: 25 }]);
    expect(detail).toEqual(['org', 'org-partner', 'customers', 'detail', 'c1']);
    expect(startsWith(list, queryKeys.customers.lists(own))).toBe(true);
    expect(startsWith(detail, queryKeys.customers.lists(own))).toBe(false);
    expect(startsWith(detail, queryKeys.customers.all(own))).toBe(true);
    expect(startsWith(list, queryKeys.org(own))).toBe(true);
  });

  it('never share a key between the partner and a sub-partner it acts for', () => {
    expect(startsWith(queryKeys.customers.list(sub, {}), queryKeys.org(own))).toBe(false);
    expect(queryKeys.stats(sub)).not.toEqual(queryKeys.stats(own));
  });
});
