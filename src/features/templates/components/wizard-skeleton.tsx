import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';

/** The wizard's layout (step list, card with heading and fields) while its data loads. */
export function WizardSkeleton() {
  return (
    <LoadingRegion label="Loading" className="grid items-start gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <div className="flex flex-col gap-3">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-7 w-40" />
        ))}
      </div>
      <div className="rounded-lg border border-line bg-surface p-6">
        <Skeleton className="mb-2 h-3 w-20" />
        <Skeleton className="mb-6 h-6 w-56" />
        <Skeleton className="mb-3 h-8 w-full max-w-md" />
        <Skeleton className="mb-3 h-8 w-full max-w-md" />
        <Skeleton className="h-8 w-full max-w-md" />
      </div>
    </LoadingRegion>
  );
}
