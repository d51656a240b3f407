import { Spinner } from '@/shared/ui/spinner';

/** Shown only when a route takes longer than the router's pending threshold (1 s). */
export function PagePending() {
  return (
    <div role="status" className="flex min-h-[40vh] items-center justify-center gap-2 text-fg-muted">
      <Spinner />
      Loading…
    </div>
  );
}
