import { useId } from 'react';
import clsx from 'clsx';
import { Lock } from 'lucide-react';
import type { CustomerSettings, SettingsChange } from '@contract/hub';
import { useCustomerSettings, useUpdateCustomerSettings } from '@/shared/api/customer-settings';
import { Badge } from '@/shared/ui/badge';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { ErrorState } from '@/shared/ui/error-state';
import { Skeleton } from '@/shared/ui/skeleton';
import { Spinner } from '@/shared/ui/spinner';
import { toast } from '@/shared/ui/toast-store';
import { formatDateTime } from '../lib/format';
import { RESTRICTED_CONTROLS } from '../lib/restricted-controls';
import type { WriteMode } from '../lib/use-write-mode';

function who(change: Pick<SettingsChange, 'changedBy'>): string | null {
  const by = change.changedBy;
  if (!by) return null;
  return by.name && by.email ? `${by.name} (${by.email})` : (by.name ?? by.email ?? null);
}

/** "Turned off by Alex (alex@…) on 3 Mar 2026, 10:00 UTC", or why it changed by itself. */
function describeChange(change: SettingsChange): string {
  const verb = change.restrictedByPartner ? 'Turned on' : 'Turned off';
  const when = formatDateTime(change.changedAt);
  const by = who(change);
  const whenText = when ? ` on ${when}` : '';
  if (by) return `${verb} by ${by}${whenText}`;
  return `${verb} automatically${whenText}${change.reason ? `: ${change.reason}` : ''}`;
}

function lastChange(settings: CustomerSettings): string {
  const [latest] = settings.history;
  if (!latest) return 'Never changed: on by default since the customer was created.';
  return `${describeChange(latest)}.`;
}

/**
 * "Restricted by partner": the toggle (on by default), what the customer's admins lose
 * while it is on, the banner they see, and who changed it when. Partner Hub only.
 */
export function RestrictedCard({
  customerId,
  partnerName,
  mode,
}: {
  customerId: string;
  partnerName: string;
  mode: WriteMode;
}) {
  const settings = useCustomerSettings(customerId);
  const update = useUpdateCustomerSettings({
    onSuccess: (data) =>
      toast({
        tone: 'success',
        title: data.restrictedByPartner ? 'Restricted by partner is on' : 'Restricted by partner is off',
      }),
    onError: (error) => toast({ tone: 'error', title: 'The setting was not changed', description: error.message }),
  });
  const labelId = useId();
  const descriptionId = useId();

  return (
    <Card aria-labelledby="restricted-title">
      <CardHeader
        id="restricted-title"
        title="Restricted by partner"
        description="Keeps settings you manage out of the customer’s hands."
      />
      <CardContent className="flex flex-col gap-4">
        {settings.isPending ? (
          <div className="flex flex-col gap-2" aria-hidden="true">
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-4 w-3/4" />
          </div>
        ) : settings.error ? (
          <ErrorState
            compact
            error={settings.error}
            title="Could not load this setting"
            onRetry={() => void settings.refetch()}
          />
        ) : (
          <>
            <div className="flex items-center justify-between gap-4">
              <div className="min-w-0">
                <p id={labelId} className="font-medium text-fg">
                  Restrict the customer’s administrators
                </p>
                <p id={descriptionId} className="text-[13px] text-fg-muted">
                  {lastChange(settings.data)}
                </p>
              </div>
              {mode.kind === 'hidden' ? (
                <Badge tone={settings.data.restrictedByPartner ? 'brand' : 'neutral'}>
                  {settings.data.restrictedByPartner ? 'On' : 'Off'}
                </Badge>
              ) : (
                <div className="flex items-center gap-2">
                  {update.isPending ? <Spinner /> : null}
                  <Switch
                    checked={update.isPending ? !settings.data.restrictedByPartner : settings.data.restrictedByPartner}
                    disabled={mode.kind === 'disabled' || update.isPending}
                    title={mode.kind === 'disabled' ? mode.reason : undefined}
                    labelledBy={labelId}
                    describedBy={descriptionId}
                    onChange={(next) => update.mutate({ customerId, body: { restrictedByPartner: next } })}
                  />
                </div>
              )}
            </div>
            {mode.kind === 'disabled' ? <p className="text-[13px] text-fg-muted">{mode.reason}</p> : null}
            <div>
              <p className="text-[13px] font-medium text-fg">
                {settings.data.restrictedByPartner
                  ? 'The customer’s administrators cannot use, whatever their role:'
                  : 'When on, the customer’s administrators cannot use, whatever their role:'}
              </p>
              <ul className="mt-2 grid list-disc grid-cols-1 gap-x-6 gap-y-0.5 pl-5 text-[13px] text-fg-muted sm:grid-cols-2">
                {RESTRICTED_CONTROLS.map((control) => (
                  <li key={control}>{control}</li>
                ))}
              </ul>
              <p className="mt-2 text-[13px] text-fg-muted">You and your admins keep all of them.</p>
            </div>
            <div>
              <p className="text-[13px] font-medium text-fg">
                {settings.data.restrictedByPartner ? 'The banner they see:' : 'The banner they would see:'}
              </p>
              <div className="mt-2 flex items-start gap-2 rounded-md border border-line bg-surface-muted px-3 py-2 text-[13px] text-fg">
                <Lock aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-fg-muted" />
                <p>
                  Restricted mode is on. {partnerName} manages some settings of this organisation; ask them to change
                  them.
                </p>
              </div>
            </div>
            {settings.data.history.length > 0 ? (
              <details className="text-[13px]">
                <summary className="cursor-pointer font-medium text-fg">
                  Change history ({settings.data.history.length})
                </summary>
                <ol className="mt-2 flex flex-col gap-1 text-fg-muted">
                  {settings.data.history.map((change, index) => (
                    <li key={`${change.changedAt ?? ''}-${index}`}>{describeChange(change)}</li>
                  ))}
                </ol>
              </details>
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}

function Switch({
  checked,
  disabled,
  title,
  labelledBy,
  describedBy,
  onChange,
}: {
  checked: boolean;
  disabled: boolean;
  title?: string;
  labelledBy: string;
  describedBy: string;
  onChange: (checked: boolean) => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      disabled={disabled}
      title={title}
      onClick={() => onChange(!checked)}
      className={clsx(
        'relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border-2 border-transparent transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-55',
        checked ? 'bg-brand' : 'bg-line-strong',
      )}
    >
      <span
        aria-hidden="true"
        className={clsx(
          'inline-block size-5 rounded-full bg-white shadow transition-transform',
          checked ? 'translate-x-5' : 'translate-x-0',
        )}
      />
    </button>
  );
}
