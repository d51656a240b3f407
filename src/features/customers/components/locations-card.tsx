import { useCustomerLocations } from '@/shared/api/customer-locations';
import { Badge } from '@/shared/ui/badge';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { addressLines } from '../lib/format';

/** The customer's locations (Partner Hub only), headquarters first. */
export function LocationsCard({ customerId }: { customerId: string }) {
  const locations = useCustomerLocations(customerId);
  const items = [...(locations.data ?? [])].sort((a, b) => Number(!!b.isHeadquarters) - Number(!!a.isHeadquarters));
  return (
    <Card aria-labelledby="locations-title">
      <CardHeader id="locations-title" title="Locations" description="Where calling services are set up." />
      <CardContent>
        {locations.isPending ? (
          <div className="flex flex-col gap-2" aria-hidden="true">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-3/4" />
          </div>
        ) : locations.error ? (
          <ErrorState
            compact
            error={locations.error}
            title="Could not load locations"
            onRetry={() => void locations.refetch()}
          />
        ) : items.length === 0 ? (
          <p className="text-fg-muted">No locations. A location is created with the first calling package.</p>
        ) : (
          <ul className="divide-y divide-line">
            {items.map((location) => (
              <li key={location.id} className="py-2 first:pt-0 last:pb-0">
                <p className="flex items-center gap-2 font-medium text-fg">
                  {location.name}
                  {location.isHeadquarters ? <Badge tone="brand">Headquarters</Badge> : null}
                </p>
                <p className="text-[13px] text-fg-muted">
                  {addressLines(location.address).join(', ')}
                  {location.timezone ? ` · ${location.timezone}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
