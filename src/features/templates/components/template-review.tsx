import { useWatch } from 'react-hook-form';
import { CUSTOMER_PACKAGES, packageLabel } from '@contract/packages';
import { findCountry, SUPPORTED_LANGUAGES, SUPPORTED_TIMEZONES } from '@contract/reference-data';
import type { Wizard } from '@/shared/wizard/use-wizard';
import { ReviewList, ReviewSection } from '@/shared/wizard/wizard-review';
import { authenticationLabel, type TemplateForm } from '../lib/template-form';

const languageName = (code: string) => SUPPORTED_LANGUAGES.find((l) => l.code === code)?.name ?? code;
const timezoneName = (id: string) => SUPPORTED_TIMEZONES.find((t) => t.id === id)?.label ?? id;

/** What will be sent, step by step, each with its Edit link. */
export function TemplateReview({ wizard }: { wizard: Wizard<TemplateForm> }) {
  const values = useWatch<TemplateForm>({ control: wizard.form.control }) as TemplateForm;
  const auth = values.authentication;
  return (
    <div>
      <ReviewSection wizard={wizard} stepId="offer">
        <ReviewList
          items={[
            { label: 'Offer type', value: 'Webex for Wholesale' },
            {
              label: 'Packages offered',
              value:
                values.offeredPackages.length === CUSTOMER_PACKAGES.length
                  ? 'All packages'
                  : values.offeredPackages.map(packageLabel).join(', '),
            },
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="basics">
        <ReviewList
          items={[
            { label: 'Template name', value: values.name },
            { label: 'Country or region', value: findCountry(values.country)?.name ?? values.country },
            { label: 'Language', value: languageName(values.language) },
            { label: 'Time zone', value: timezoneName(values.timezone) },
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="subscription">
        <ReviewList
          items={[
            {
              label: 'Subscription',
              value: <span className="font-mono text-[13px] break-all">{values.subscriptionId}</span>,
            },
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="authentication">
        <ReviewList
          items={[
            { label: 'Mode', value: authenticationLabel(auth.mode) },
            ...(auth.mode === 'partner_sso_saml' ? [{ label: 'IdP entity ID', value: auth.idpEntityId }] : []),
            ...(auth.mode === 'partner_sso_oidc' ? [{ label: 'IdP name', value: auth.idpName }] : []),
          ]}
        />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="calling">
        <ReviewList items={[{ label: 'PSTN provider', value: values.pstnProvider }]} />
      </ReviewSection>
      <ReviewSection wizard={wizard} stepId="settings">
        <ReviewList
          items={[
            {
              label: 'Admin-invite emails when attaching',
              value: values.commonSettings.allowAdminInviteEmailsOnAttach ? 'Allowed' : 'Not allowed',
            },
            {
              label: 'Call settings',
              value: values.callSettings.length
                ? values.callSettings
                    .map(
                      (row) =>
                        `${row.name} = ${row.kind === 'boolean' ? (row.value === 'true' ? 'on' : 'off') : row.value}`,
                    )
                    .join('; ')
                : 'None',
            },
          ]}
        />
      </ReviewSection>
    </div>
  );
}
