import type { ReactNode } from 'react';
import { Button } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { isFiltered, type CustomersSearch } from '../lib/customers-search';

export const CLEARED: Partial<CustomersSearch> = {
  status: undefined,
  externalId: undefined,
  orgId: undefined,
  package: undefined,
};

/** "No customers yet" (offer the first step), "no match" (offer to clear), or a page past the end. */
export function CustomersEmptyState(opts: {
  search: CustomersSearch;
  /** The create action, when the admin may create. */
  createLink: ReactNode;
  onClear: () => void;
  onFirst: () => void;
}) {
  const { search } = opts;
  if (isFiltered(search)) {
    return (
      <EmptyState
        variant="no-match"
        title="No customers match these filters"
        description={
          search.package
            ? 'The scan found no customer with this package in the part of the list it read.'
            : 'Check the external ID or org ID (they must match exactly), or clear the filters.'
        }
        action={<Button onClick={opts.onClear}>Clear all filters</Button>}
      />
    );
  }
  if (search.offset > 0) {
    return (
      <EmptyState
        variant="no-match"
        title="No customers on this page"
        description="The list ends before this page."
        action={<Button onClick={opts.onFirst}>Go to the first page</Button>}
      />
    );
  }
  return (
    <EmptyState
      variant="empty"
      title="No customers yet"
      description={
        opts.createLink
          ? 'Create your first customer: pick packages, give the headquarters address, and Webex provisions the rest.'
          : 'Customers your organisation provisions will be listed here.'
      }
      action={opts.createLink ?? undefined}
    />
  );
}
