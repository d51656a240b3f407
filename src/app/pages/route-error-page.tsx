import { useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorState } from '@/shared/ui/error-state';
import { AccessDeniedError } from '../routes/guards';
import { AccessDeniedPage } from './access-denied-page';

/** Error boundary of every route: access denied gets its own page, everything else the error details. */
export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const { orgId } = useParams({ strict: false });
  if (error instanceof AccessDeniedError && orgId) return <AccessDeniedPage reason={error.reason} orgId={orgId} />;
  return (
    <ErrorState
      error={error}
      title="This page could not be loaded"
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}
