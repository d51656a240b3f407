import { useState } from 'react';
import { ArrowRight, Building, ShieldCheck, UserRound } from 'lucide-react';
import clsx from 'clsx';
import { Badge } from '@/shared/ui/badge';
import { EmptyState } from '@/shared/ui/empty-state';
import { ErrorState } from '@/shared/ui/error-state';
import { Field } from '@/shared/ui/field';
import { Select } from '@/shared/ui/select';
import { Skeleton, LoadingRegion } from '@/shared/ui/skeleton';
import { Spinner } from '@/shared/ui/spinner';
import { statusStyle } from '@/shared/lib/statuses';
import { personasFor, type Persona } from '../api/personas';
import { useCreateSimToken, useSimTenantOrgs, useSimTenants, type SimToken } from '../api/sim-control';

const DEMO_TENANT_NAME = 'Northwind Telecom';

export interface PersonaPickerProps {
  /** `?tenant=<orgId>`: preselected (tests create a tenant, then sign in to it). */
  preselectedTenant?: string;
  /** The org of the page to return to (after an expired session): its tenant comes first. */
  returnToOrg?: string;
  onSignedIn: (token: SimToken, persona: Persona) => void;
}

function PersonaIcon({ persona }: { persona: Persona }) {
  const Icon = persona.title.startsWith('Sub-partner')
    ? Building
    : persona.role === 'full_admin'
      ? ShieldCheck
      : UserRound;
  return (
    <span
      aria-hidden="true"
      className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-soft text-brand-soft-fg"
    >
      <Icon className="size-[18px]" />
    </span>
  );
}

/** Simulator sign-in: pick a simulated partner, then who to be in it. */
export function PersonaPicker({ preselectedTenant, returnToOrg, onSignedIn }: PersonaPickerProps) {
  const tenants = useSimTenants();
  const [chosenTenant, setChosenTenant] = useState<string | undefined>(undefined);
  const tenantId =
    chosenTenant ??
    preselectedTenant ??
    tenants.data?.find((t) => t.orgId === returnToOrg)?.orgId ??
    tenants.data?.find((t) => t.name === DEMO_TENANT_NAME)?.orgId ??
    tenants.data?.[0]?.orgId;
  const orgs = useSimTenantOrgs(tenantId);
  const token = useCreateSimToken();
  const [pending, setPending] = useState<string | null>(null);

  if (tenants.isPending) {
    return (
      <LoadingRegion label="Loading simulated partners" className="flex flex-col gap-3">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-full" />
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </LoadingRegion>
    );
  }
  if (tenants.isError) {
    return (
      <ErrorState
        compact
        error={tenants.error}
        title="Could not load simulated partners"
        onRetry={() => void tenants.refetch()}
      />
    );
  }
  const tenantOptions = tenants.data.map((t) => ({ value: t.orgId, label: t.name }));
  if (tenantId && !tenantOptions.some((o) => o.value === tenantId))
    tenantOptions.unshift({ value: tenantId, label: tenantId });
  if (tenantOptions.length === 0) {
    return (
      <EmptyState
        variant="empty"
        title="No simulated partners yet"
        description="Start the simulator with SEED=demo, or create one with POST /_sim/tenants, then reload."
      />
    );
  }

  const personas = orgs.data ? personasFor(orgs.data) : [];
  function signIn(persona: Persona) {
    setPending(persona.id);
    token.mutate(
      { orgId: persona.orgId, role: persona.role },
      { onSuccess: (result) => onSignedIn(result, persona), onSettled: () => setPending(null) },
    );
  }

  return (
    <div className="flex flex-col gap-5">
      <Field
        label="Partner organisation"
        hint="A simulated partner and its sub-partners; each is isolated from the others."
      >
        <Select value={tenantId ?? ''} onChange={(e) => setChosenTenant(e.target.value)} options={tenantOptions} />
      </Field>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-[13px] font-medium text-fg">Sign in as</legend>
        {orgs.isPending ? (
          <LoadingRegion label="Loading administrators" className="flex flex-col gap-2">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-16 w-full" />
            ))}
          </LoadingRegion>
        ) : orgs.isError ? (
          <ErrorState
            compact
            error={orgs.error}
            title="Could not load this partner’s organisations"
            onRetry={() => void orgs.refetch()}
          />
        ) : (
          <ul className="flex flex-col gap-2">
            {personas.map((persona) => (
              <li key={persona.id}>
                <button
                  type="button"
                  onClick={() => signIn(persona)}
                  disabled={pending !== null}
                  aria-labelledby={`${persona.id}-title`}
                  aria-describedby={`${persona.id}-desc`}
                  className={clsx(
                    'group flex w-full items-center gap-3 rounded-lg border border-line bg-surface px-3.5 py-3 text-left transition-colors hover:border-brand hover:bg-surface-muted',
                    'disabled:cursor-wait disabled:opacity-70',
                  )}
                >
                  <PersonaIcon persona={persona} />
                  <span className="min-w-0 flex-1">
                    <span className="flex items-center gap-2 font-medium text-fg">
                      <span id={`${persona.id}-title`}>{persona.title}</span>
                      {persona.state && persona.state !== 'active' ? (
                        <Badge tone={statusStyle('sub-partner', persona.state).tone}>
                          {statusStyle('sub-partner', persona.state).label}
                        </Badge>
                      ) : null}
                    </span>
                    <span id={`${persona.id}-desc`} className="block text-[13px] text-fg-muted">
                      {persona.description}
                    </span>
                  </span>
                  {pending === persona.id ? (
                    <Spinner label="Signing in" />
                  ) : (
                    <ArrowRight
                      aria-hidden="true"
                      className="size-4 shrink-0 text-fg-subtle group-hover:text-brand-text"
                    />
                  )}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {token.isError ? <ErrorState compact error={token.error} title="Could not sign in" /> : null}
    </div>
  );
}
