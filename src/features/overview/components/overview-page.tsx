import { lazy, Suspense } from 'react';
import { Link } from '@tanstack/react-router';
import { FileText, Network, TriangleExclamationPoint, Users } from 'lucide-react';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { buttonClasses } from '@/shared/ui/button';
import { PageHeader } from '@/shared/ui/page-header';
import { Skeleton } from '@/shared/ui/skeleton';
import { useOverviewCounts, type Tally } from '../api/overview-counts';
import { BreakdownCard } from './breakdown-card';
import { StatCard } from './stat-card';

// Below the fold, and it brings the wholesale contract's list schemas: loaded after the figures.
const LatestReportsCard = lazy(() => import('./latest-reports-card').then((m) => ({ default: m.LatestReportsCard })));

/** Customers that need the partner's attention: failed, partly failed, or held for compliance review. */
const ATTENTION_STATUSES = ['error', 'provisioned_with_errors', 'pending_rpl_review'];
const IN_FLIGHT_STATUSES = ['provisioning', 'updating', 'deleting'];

const packagesPhrase = (n: number) => (n === 1 ? 'on 1 package' : `on ${n} packages`);

function sum(tally: Tally, keys: readonly string[]): number {
  return keys.reduce((total, key) => total + (tally.counts[key] ?? 0), 0);
}

/** `undefined` while loading, `null` when there is nothing to show. */
function figure<T>(
  query: { isPending: boolean; data?: T | null },
  pick: (data: T) => number,
): number | null | undefined {
  if (query.isPending) return undefined;
  return query.data ? pick(query.data) : null;
}

export function OverviewPage() {
  const org = useActingOrg();
  const { can } = usePermissions();
  const wanted = {
    customers: can('view', 'customer'),
    subscribers: can('view', 'user'),
    subPartners: can('view', 'indirect-providers'),
  };
  const {
    customersByStatus: customers,
    subscribersByPackage: subscribers,
    subPartnersByState: subPartners,
  } = useOverviewCounts(wanted);

  const customersLink = can('create', 'customer') ? (
    <Link to="/o/$orgId/customers" params={{ orgId: org.id }} className={buttonClasses('primary', 'sm')}>
      Go to customers
    </Link>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Overview"
        description={`${org.name} at a glance: customers, users and what needs your attention.`}
      />

      <div className="mb-6 grid grid-cols-2 gap-4 xl:grid-cols-4">
        {wanted.customers ? (
          <>
            <StatCard
              label="Customers"
              icon={<FileText />}
              value={figure(customers, (t) => t.total)}
              atLeast={customers.data?.capped}
              detail={
                customers.data ? `${(customers.data.counts.provisioned ?? 0).toLocaleString()} provisioned` : undefined
              }
            />
            <StatCard
              label="Need attention"
              icon={<TriangleExclamationPoint />}
              tone={customers.data && sum(customers.data, ATTENTION_STATUSES) > 0 ? 'attention' : 'default'}
              value={figure(customers, (t) => sum(t, ATTENTION_STATUSES))}
              detail={
                customers.data ? `${sum(customers.data, IN_FLIGHT_STATUSES).toLocaleString()} in progress` : undefined
              }
            />
          </>
        ) : null}
        {wanted.subscribers ? (
          <StatCard
            label="Users"
            icon={<Users />}
            value={figure(subscribers, (t) => t.total)}
            atLeast={subscribers.data?.capped}
            detail={subscribers.data ? packagesPhrase(Object.keys(subscribers.data.counts).length) : undefined}
          />
        ) : null}
        {wanted.subPartners ? (
          <StatCard
            label="Indirect providers"
            icon={<Network />}
            value={figure(subPartners, (t) => t.total)}
            atLeast={subPartners.data?.capped}
            detail={
              subPartners.data
                ? `${(subPartners.data.counts.active ?? 0).toLocaleString()} active, ${(subPartners.data.counts.suspended ?? 0).toLocaleString()} suspended`
                : undefined
            }
          />
        ) : null}
      </div>

      <div className="grid gap-4 xl:grid-cols-2">
        {wanted.customers ? (
          <BreakdownCard
            title="Customers by status"
            description="Where each customer is in provisioning"
            query={customers}
            kind="customer-status"
            chart="bar"
            noun="customers"
            empty={{
              title: 'No customers yet',
              description: 'Customers you provision appear here by status.',
              action: customersLink,
            }}
          />
        ) : null}
        {wanted.subscribers ? (
          <BreakdownCard
            title="Users by package"
            description="Wholesale packages assigned to users"
            query={subscribers}
            kind="package"
            chart="donut"
            noun="users"
            empty={{
              title: 'No users yet',
              description: 'Users appear here once customers are provisioned and users assigned a package.',
            }}
          />
        ) : null}
        {wanted.subPartners ? (
          <BreakdownCard
            title="Indirect providers by state"
            description="Sub-partners that resell your services"
            query={subPartners}
            kind="sub-partner-state"
            chart="donut"
            noun="sub-partners"
            empty={{ title: 'No indirect providers', description: 'Sub-partners you onboard appear here.' }}
          />
        ) : null}
        {can('view', 'billing-report') ? (
          <Suspense fallback={<Skeleton className="h-64 w-full rounded-lg" />}>
            <LatestReportsCard />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
