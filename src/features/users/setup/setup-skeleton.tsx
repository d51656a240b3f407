import { Skeleton } from '@/shared/ui/skeleton';

/** The wizard's layout while the customer, its locations and users load. */
export function SetupSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading" className="grid items-start gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="flex flex-col gap-3">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
      <div className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-4 w-2/3" />
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    </div>
  );
}
