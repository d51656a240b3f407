import { Card, CardContent } from '@/shared/ui/card';
import { LoadingRegion, Skeleton } from '@/shared/ui/skeleton';

/** The detail page's shape while the customer loads: title, then the two columns of cards. */
export function CustomerDetailSkeleton() {
  return (
    <LoadingRegion label="Loading the customer">
      <div className="mb-6 flex flex-col gap-2">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-5 w-40" />
      </div>
      <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {[4, 6].map((lines, column) => (
          <Card key={column}>
            <CardContent className="flex flex-col gap-3 pt-5">
              <Skeleton className="h-5 w-32" />
              {Array.from({ length: lines }, (_, i) => (
                <Skeleton key={i} className={i % 2 ? 'h-4 w-1/2' : 'h-4 w-3/4'} />
              ))}
            </CardContent>
          </Card>
        ))}
      </div>
    </LoadingRegion>
  );
}
