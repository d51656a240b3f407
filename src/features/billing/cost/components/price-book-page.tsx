import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { ArrowLeft, Cloud, HardDrive } from 'lucide-react';
import { useActingOrg } from '@/shared/session/acting-org';
import { usePermissions } from '@/shared/session/use-permissions';
import { buttonClasses } from '@/shared/ui/button';
import { Card } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Skeleton } from '@/shared/ui/skeleton';
import { usePriceBook, usePriceBookMode } from '../api/price-book-api';
import { PriceBookEditor } from './price-book-editor';

export function PriceBookPage() {
  const org = useActingOrg();
  const mode = usePriceBookMode();
  const book = usePriceBook();
  const { can } = usePermissions();
  const canEdit = can('create', 'billing-report');
  const stored = book.data;
  const key = useMemo(() => (stored ? `${stored.updatedAt ?? 'new'}` : 'loading'), [stored]);

  return (
    <>
      <PageHeader
        title="Price book"
        description={`What Cisco charges ${org.name} per package and month (transfer price), what you charge your customers (resale price), and the tax on resale. Cost summaries of billing reports are computed with it.`}
        actions={
          <Link to="/o/$orgId/billing" params={{ orgId: org.id }} className={buttonClasses('subtle')}>
            <ArrowLeft aria-hidden="true" />
            Billing reports
          </Link>
        }
      />
      {mode ? (
        <p className="-mt-2 mb-4 flex items-center gap-2 text-[13px] text-fg-muted">
          {mode === 'hub' ? (
            <>
              <Cloud aria-hidden="true" className="size-4" />
              Stored in Partner Hub for {org.name}: every admin of the organisation sees the same prices.
            </>
          ) : (
            <>
              <HardDrive aria-hidden="true" className="size-4" />
              Stored in this browser only: the Webex API has no price book. Export it as JSON to use it on another
              device or share it with a colleague.
            </>
          )}
        </p>
      ) : null}
      {book.isError ? (
        <ErrorState error={book.error} title="Could not load the price book" onRetry={() => void book.refetch()} />
      ) : !stored || !mode ? (
        <Card aria-busy="true" aria-label="Loading the price book" className="flex flex-col gap-3 p-5">
          <Skeleton className="h-8 w-72" />
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-8" />
          ))}
        </Card>
      ) : (
        <PriceBookEditor key={key} stored={stored} canEdit={canEdit} />
      )}
    </>
  );
}
