import { useState } from 'react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Repeat, Trash2 } from 'lucide-react';
import { PACKAGE_INFO, isCustomerPackage, packageLabel } from '@contract/packages';
import type { Subscriber } from '@contract/wholesale';
import { isApiError } from '@/shared/api/api-error';
import { useSubscriber } from '@/shared/api/subscribers';
import { useActingOrg } from '@/shared/session/acting-org';
import { Button, buttonClasses } from '@/shared/ui/button';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { CopyButton } from '@/shared/ui/copy-button';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { PageHeader } from '@/shared/ui/page-header';
import { Skeleton } from '@/shared/ui/skeleton';
import { StatusBadge } from '@/shared/ui/status-badge';
import { ChangePackageDialog } from '../../assign/components/change-package-dialog';
import { RemoveUserDialog } from '../../assign/components/remove-user-dialog';
import { formatDateTime } from '../lib/format';
import { useUserWriteMode, type WriteMode } from '../lib/use-user-write-mode';
import { ConsentCallout } from './consent-callout';

const route = getRouteApi('/o/$orgId/users/$subscriberId');

/** One user: details, package, status; package change and removal for admins who may. */
export function UserPage() {
  const { subscriberId } = route.useParams();
  const navigate = route.useNavigate();
  const org = useActingOrg();
  const user = useSubscriber(subscriberId);
  const updateMode = useUserWriteMode('update');
  const deleteMode = useUserWriteMode('delete');
  const [dialog, setDialog] = useState<'change' | 'remove' | null>(null);

  const back = (
    <Link to="/o/$orgId/users" params={{ orgId: org.id }} className={buttonClasses('secondary')}>
      Back to users
    </Link>
  );
  if (user.isPending) return <UserPageSkeleton />;
  if (user.error || !user.data) {
    const missing = isApiError(user.error) && user.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'User not found' : 'User'} actions={back} />
        <Card>
          {missing ? (
            <EmptyState
              variant="no-match"
              title="This user has no wholesale package here"
              description="The package may have been removed, or the link belongs to another organisation."
            />
          ) : (
            <ErrorState error={user.error} title="Could not load the user" onRetry={() => void user.refetch()} />
          )}
        </Card>
      </>
    );
  }
  const data = user.data;
  const pkg = data.packages[0];
  return (
    <>
      <PageHeader
        title={data.email ?? data.id}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StatusBadge kind="subscriber" value={data.status} />
            <span>{pkg ? packageLabel(pkg) : 'No package'}</span>
          </span>
        }
        actions={
          <>
            {back}
            <WriteButton mode={updateMode} icon={<Repeat />} variant="primary" onClick={() => setDialog('change')}>
              Change package
            </WriteButton>
          </>
        }
      />
      {updateMode.kind === 'disabled' ? (
        <p className="-mt-3 mb-4 text-[13px] text-fg-muted">{updateMode.reason}</p>
      ) : null}
      <div className="flex flex-col gap-4">
        {data.status === 'pending_user_migration' ? <ConsentCallout user={data} canResend={updateMode} /> : null}
        {data.errors.length > 0 ? <UserErrors user={data} /> : null}
        <div className="grid gap-4 lg:grid-cols-2">
          <DetailsCard user={data} orgId={org.id} />
          <Card aria-labelledby="package-title">
            <CardHeader
              id="package-title"
              title="Package"
              description="A user holds one wholesale package at a time."
            />
            <CardContent>
              <p className="font-medium text-fg">{pkg ? packageLabel(pkg) : 'No package'}</p>
              {pkg && isCustomerPackage(pkg) ? (
                <p className="mt-1 text-[13px] text-fg-muted">{PACKAGE_INFO[pkg].description}</p>
              ) : null}
              <p className="mt-3 text-[13px] text-fg-muted">
                {data.status === 'provisioned'
                  ? 'Billed per day while the user holds it.'
                  : 'Not billed until the user accepts the consent e-mail.'}
              </p>
            </CardContent>
          </Card>
        </div>
        {deleteMode.kind !== 'hidden' ? (
          <Card aria-labelledby="danger-title" className="border-danger/40">
            <CardHeader
              id="danger-title"
              title="Remove the wholesale package"
              description={
                data.status === 'provisioned'
                  ? 'Billing for this user stops; their Webex account stays in the customer’s organisation.'
                  : 'Withdraws the invitation; nothing was billed for this user yet.'
              }
              actions={
                <WriteButton mode={deleteMode} icon={<Trash2 />} variant="danger" onClick={() => setDialog('remove')}>
                  Remove package
                </WriteButton>
              }
            />
            <div className="pb-2" />
          </Card>
        ) : null}
      </div>
      {dialog === 'change' ? <ChangePackageDialog user={data} open onClose={() => setDialog(null)} /> : null}
      {dialog === 'remove' ? (
        <RemoveUserDialog
          user={data}
          open
          onClose={() => setDialog(null)}
          onRemoved={() => void navigate({ to: '/o/$orgId/users', params: { orgId: org.id } })}
        />
      ) : null}
    </>
  );
}

function WriteButton({
  mode,
  ...props
}: { mode: WriteMode } & Pick<Parameters<typeof Button>[0], 'icon' | 'variant' | 'onClick' | 'children'>) {
  if (mode.kind === 'hidden') return null;
  return (
    <Button {...props} disabled={mode.kind === 'disabled'} title={mode.kind === 'disabled' ? mode.reason : undefined} />
  );
}

function DetailsCard({ user, orgId }: { user: Subscriber; orgId: string }) {
  const rows: [string, React.ReactNode][] = [
    ['E-mail', user.email ?? '—'],
    [
      'Customer',
      user.customerId ? (
        <Link
          to="/o/$orgId/customers/$customerId"
          params={{ orgId, customerId: user.customerId }}
          className="text-brand-text hover:underline"
        >
          {user.externalCustomerId || 'Open the customer'}
        </Link>
      ) : (
        '—'
      ),
    ],
    ['Created', formatDateTime(user.created)],
    ['Status changed', formatDateTime(user.lastStatusChange)],
    [
      'Person ID',
      user.personId ? (
        <IdValue value={user.personId} label="Copy person ID" />
      ) : (
        <span className="text-fg-muted">Assigned once the user is provisioned</span>
      ),
    ],
    ['Subscriber ID', <IdValue key="id" value={user.id} label="Copy subscriber ID" />],
  ];
  return (
    <Card aria-labelledby="details-title">
      <CardHeader id="details-title" title="Details" />
      <CardContent>
        <dl className="grid grid-cols-[9rem_1fr] gap-x-4 gap-y-2.5 text-[13px]">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-fg-muted">{term}</dt>
              <dd className="min-w-0 text-fg">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}

function IdValue({ value, label }: { value: string; label: string }) {
  return (
    <span className="inline-flex max-w-full items-center gap-1">
      <span className="truncate font-mono text-[12px]" title={value}>
        {value}
      </span>
      <CopyButton value={value} label={label} />
    </span>
  );
}

function UserErrors({ user }: { user: Subscriber }) {
  return (
    <Card aria-labelledby="errors-title">
      <CardHeader id="errors-title" title="Problems Webex reported" />
      <CardContent>
        <ul className="flex flex-col gap-1.5 text-[13px]">
          {user.errors.map((e, index) => (
            <li key={index}>
              {e.errorCode !== undefined ? <span className="mr-2 font-mono text-fg">{e.errorCode}</span> : null}
              <span className="text-fg-muted">{e.description ?? 'No description'}</span>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}

function UserPageSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the user">
      <Skeleton className="mb-2 h-8 w-80" />
      <Skeleton className="mb-6 h-4 w-48" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-56 w-full" />
        <Skeleton className="h-56 w-full" />
      </div>
    </div>
  );
}
