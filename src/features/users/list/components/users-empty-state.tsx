import { Button } from '@/shared/ui/button';
import { EmptyState } from '@/shared/ui/empty-state';
import { isFiltered, type UsersSearch } from '../lib/users-search';

/** "No users yet", "no match" (offer to clear), or a page past the end of the list. */
export function UsersEmptyState({
  search,
  onClear,
  onFirst,
}: {
  search: UsersSearch;
  onClear: () => void;
  onFirst: () => void;
}) {
  if (isFiltered(search)) {
    return (
      <EmptyState
        variant="no-match"
        title="No users match these filters"
        description={
          search.package
            ? 'No user with this package in the part of the list that was read.'
            : 'E-mail addresses and external customer IDs must match exactly. Check them, or clear the filters.'
        }
        action={<Button onClick={onClear}>Clear all filters</Button>}
      />
    );
  }
  if (search.offset > 0) {
    return (
      <EmptyState
        variant="no-match"
        title="No users on this page"
        description="The list ends before this page."
        action={<Button onClick={onFirst}>Go to the first page</Button>}
      />
    );
  }
  return (
    <EmptyState
      variant="empty"
      title="No users yet"
      description="Users get a wholesale package when a customer is set up or users are imported. They will be listed here."
    />
  );
}
