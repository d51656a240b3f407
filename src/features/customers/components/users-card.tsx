import { Link } from '@tanstack/react-router';
import { packageLabel } from '@contract/packages';
import { useSubscriberList } from '@/shared/api/subscribers';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { StatusBadge } from '@/shared/ui/status-badge';

const PREVIEW = 5;

/** The customer's first few users, and the way to all of them in the Users section. */
export function UsersCard({ customerId, orgId }: { customerId: string; orgId: string }) {
  const users = useSubscriberList({ customerId, max: PREVIEW });
  const items = users.data?.items ?? [];
  const link = (
    <Link
      to="/o/$orgId/users"
      params={{ orgId }}
      search={{ customerId }}
      className="text-[13px] font-medium text-brand-text hover:underline"
    >
      {users.data?.next ? 'View all users' : 'Open in Users'}
    </Link>
  );
  return (
    <Card aria-labelledby="users-title">
      <CardHeader
        id="users-title"
        title="Users"
        description="People with a wholesale package in this customer."
        actions={link}
      />
      <CardContent>
        {users.isPending ? (
          <div className="flex flex-col gap-2" aria-hidden="true">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : users.error ? (
          <ErrorState compact error={users.error} title="Could not load users" onRetry={() => void users.refetch()} />
        ) : items.length === 0 ? (
          <p className="text-fg-muted">No users yet.</p>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((user) => (
              <li key={user.id} className="flex items-center justify-between gap-3 py-2 first:pt-0 last:pb-0">
                <div className="min-w-0">
                  <p className="truncate text-fg">{user.email ?? user.id}</p>
                  <p className="text-xs text-fg-muted">{user.packages.map(packageLabel).join(', ') || 'No package'}</p>
                </div>
                <StatusBadge kind="subscriber" value={user.status} />
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
