import { useId } from 'react';
import type { HubTemplate } from '@contract/hub';
import { CUSTOMER_PACKAGES, packageLabel } from '@contract/packages';
import { findCountry, SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES } from '@contract/reference-data';
import { Card, CardContent, CardHeader } from '@/shared/ui/card';
import { ReviewList, type ReviewItem } from '@/shared/wizard/wizard-review';
import { authenticationLabel } from '../lib/template-form';

function describeSetting(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function Group({ title, items }: { title: string; items: readonly ReviewItem[] }) {
  return (
    <section className="border-b border-line py-4 first:pt-0 last:border-0 last:pb-0">
      <h3 className="mb-2 text-sm font-semibold text-fg">{title}</h3>
      <ReviewList items={items} />
    </section>
  );
}

/** Every setting of a template, grouped like the wizard's steps. */
export function TemplateSettingsCard({ template }: { template: HubTemplate }) {
  const headingId = useId();
  const auth = template.authentication;
  const offered = template.offeredPackages;
  const callSettings = Object.entries(template.callSettings ?? {});
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Settings" description="Applied to every customer created with this template." />
      <CardContent>
        <Group
          title="Offer"
          items={[
            { label: 'Offer type', value: 'Webex for Wholesale' },
            {
              label: 'Packages offered',
              value:
                offered && offered.length < CUSTOMER_PACKAGES.length
                  ? offered.map(packageLabel).join(', ')
                  : 'All packages',
            },
          ]}
        />
        <Group
          title="Basic settings"
          items={[
            { label: 'Country or region', value: findCountry(template.country ?? '')?.name ?? template.country },
            {
              label: 'Language',
              value: SUPPORTED_LANGUAGES.find((l) => l.code === template.language)?.name ?? template.language,
            },
            {
              label: 'Time zone',
              value: SUPPORTED_TIMEZONES.find((t) => t.id === template.timezone)?.label ?? template.timezone,
            },
          ]}
        />
        <Group
          title="Wholesale subscription"
          items={[
            {
              label: 'Subscription',
              value: <span className="font-mono text-[13px] break-all">{template.subscriptionId}</span>,
            },
          ]}
        />
        <Group
          title="Authentication"
          items={[
            { label: 'Mode', value: authenticationLabel(auth?.mode) },
            ...(auth?.mode === 'partner_sso_saml' ? [{ label: 'IdP entity ID', value: auth.idpEntityId }] : []),
            ...(auth?.mode === 'partner_sso_oidc' ? [{ label: 'IdP name', value: auth.idpName }] : []),
          ]}
        />
        <Group title="Wholesale calling" items={[{ label: 'PSTN provider', value: template.pstnProvider }]} />
        <Group
          title="Common and call settings"
          items={[
            {
              label: 'Admin-invite emails when attaching',
              value: template.commonSettings?.allowAdminInviteEmailsOnAttach === false ? 'Not allowed' : 'Allowed',
            },
            {
              label: 'Call settings',
              value: callSettings.length
                ? callSettings.map(([name, value]) => `${name} = ${describeSetting(value)}`).join('; ')
                : 'None',
            },
          ]}
        />
      </CardContent>
    </Card>
  );
}
