import { useWatch } from 'react-hook-form';
import { Info, TriangleAlert } from 'lucide-react';
import type { HubTemplate } from '@contract/hub';
import { useSession } from '@/shared/api/session';
import { FormInput } from '@/shared/forms/form-input';
import { FormRadioGroup } from '@/shared/forms/form-radio-group';
import { FormSelect } from '@/shared/forms/form-select';
import { useActingOrg } from '@/shared/session/acting-org';
import { AUTH_CHANGE_NOTE } from '../lib/copy';
import { AUTHENTICATION_LABELS, IDP_MAX, type TemplateForm } from '../lib/template-form';

export function Note({ tone = 'info', children }: { tone?: 'info' | 'warning'; children: React.ReactNode }) {
  const Icon = tone === 'warning' ? TriangleAlert : Info;
  return (
    <p
      className={
        tone === 'warning'
          ? 'flex gap-2 rounded-md bg-warning-soft px-3 py-2 text-[13px] text-warning-soft-fg'
          : 'flex gap-2 rounded-md bg-info-soft px-3 py-2 text-[13px] text-info-soft-fg'
      }
    >
      <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/**
 * The org's own subscription; a sub-partner's is its parent's shared one (so it is
 * pre-filled and the only choice). An edited template keeps showing its own value.
 */
export function SubscriptionStep({
  subscriptionId,
  original,
}: {
  subscriptionId: string | null;
  original?: HubTemplate;
}) {
  const session = useSession();
  const org = useActingOrg();
  const parentName = org.crossLaunchedFrom?.name ?? session.parentOrg?.name ?? null;
  const shared = org.kind === 'sub_partner';
  const ids = [...new Set([subscriptionId, original?.subscriptionId].filter((id): id is string => !!id))];
  return (
    <>
      <FormSelect<TemplateForm>
        name="subscriptionId"
        label="Wholesale subscription"
        required
        placeholder={ids.length ? undefined : 'No subscription available'}
        options={ids.map((id) => ({
          value: id,
          label: id === subscriptionId ? `${id}${shared ? ' (shared by your parent partner)' : ''}` : `${id} (current)`,
        }))}
        className="font-mono"
        fieldClassName="flex max-w-xl flex-col gap-1.5"
      />
      {shared ? (
        <Note>
          {org.name} is a sub-partner: it uses the wholesale subscription{' '}
          {parentName ? `${parentName} shares` : 'its parent shares'} with it, so that is pre-filled.
        </Note>
      ) : null}
    </>
  );
}

export function AuthenticationStep({ original }: { original?: HubTemplate }) {
  const mode = useWatch<TemplateForm, 'authentication.mode'>({ name: 'authentication.mode' });
  const before = original?.authentication?.mode;
  const changed = original !== undefined && before !== undefined && before !== mode;
  const customers = original?.customerCount ?? 0;
  return (
    <>
      <FormRadioGroup<TemplateForm>
        name="authentication.mode"
        legend="Authentication mode"
        required
        options={[
          {
            value: 'webex',
            label: AUTHENTICATION_LABELS.webex,
            description: 'Webex is the identity provider: users sign in with a Webex password.',
          },
          {
            value: 'partner_sso_saml',
            label: AUTHENTICATION_LABELS.partner_sso_saml,
            description: 'Users sign in through your SAML identity provider.',
          },
          {
            value: 'partner_sso_oidc',
            label: AUTHENTICATION_LABELS.partner_sso_oidc,
            description: 'Users sign in through your OpenID Connect identity provider.',
          },
        ]}
      />
      {mode === 'partner_sso_saml' ? (
        <FormInput<TemplateForm>
          name="authentication.idpEntityId"
          label="IdP entity ID"
          hint="The entityID from your identity provider’s SAML metadata."
          required
          maxLength={IDP_MAX}
          autoComplete="off"
          spellCheck={false}
          fieldClassName="flex max-w-xl flex-col gap-1.5"
        />
      ) : mode === 'partner_sso_oidc' ? (
        <FormInput<TemplateForm>
          name="authentication.idpName"
          label="IdP name"
          hint="The identity provider name registered for your partner organisation."
          required
          maxLength={IDP_MAX}
          autoComplete="off"
          fieldClassName="flex max-w-xl flex-col gap-1.5"
        />
      ) : null}
      {changed ? (
        <Note tone="warning">
          You changed the mode from {AUTHENTICATION_LABELS[before as keyof typeof AUTHENTICATION_LABELS] ?? before} to{' '}
          {AUTHENTICATION_LABELS[mode]}. This applies only to customers created from now on
          {customers > 0
            ? `: ${customers === 1 ? 'the customer' : `the ${customers.toLocaleString()} customers`} already created with this template ${customers === 1 ? 'keeps' : 'keep'} the old mode.`
            : '.'}
        </Note>
      ) : (
        <Note>{AUTH_CHANGE_NOTE}</Note>
      )}
    </>
  );
}
