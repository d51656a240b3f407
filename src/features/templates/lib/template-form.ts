/**
 * The template wizard's form: its values, one zod schema per step (each checks its own
 * fields against the whole values), and the mapping to and from the hub API's
 * TemplateRequest / HubTemplate.
 */
import { z } from 'zod';
import type { HubTemplate, TemplateRequestInput } from '@contract/hub';
import { TEMPLATE_NAME_MAX, type AuthenticationMode } from '@contract/hub';
import { CUSTOMER_PACKAGES, isCustomerPackage, needsCallingLocation } from '@contract/packages';
import { findCountry, isSupportedLanguage, isSupportedTimezone } from '@contract/reference-data';
import type { WizardStepDef } from '@/shared/wizard/wizard-steps';

export const IDP_MAX = 1024;
export const PSTN_PROVIDER_MAX = 100;
export const SETTING_NAME_MAX = 64;

/** How a call setting's value is sent: the API keeps named scalars (their list is not published). */
export type SettingKind = 'text' | 'number' | 'boolean';

export interface CallSettingRow {
  name: string;
  value: string;
  kind: SettingKind;
}

export interface TemplateForm {
  offerType: 'webex_for_wholesale';
  offeredPackages: string[];
  name: string;
  country: string;
  language: string;
  timezone: string;
  subscriptionId: string;
  authentication: { mode: AuthenticationMode; idpEntityId: string; idpName: string };
  pstnProvider: string;
  commonSettings: { allowAdminInviteEmailsOnAttach: boolean };
  callSettings: CallSettingRow[];
}

export const AUTHENTICATION_LABELS: Record<AuthenticationMode, string> = {
  webex: 'Webex authentication',
  partner_sso_saml: 'Partner SSO (SAML)',
  partner_sso_oidc: 'Partner SSO (OpenID Connect)',
};

export function authenticationLabel(mode: string | undefined): string {
  return mode && mode in AUTHENTICATION_LABELS ? AUTHENTICATION_LABELS[mode as AuthenticationMode] : (mode ?? '—');
}

export function emptyTemplateForm(subscriptionId: string): TemplateForm {
  return {
    offerType: 'webex_for_wholesale',
    offeredPackages: [],
    name: '',
    country: '',
    language: '',
    timezone: '',
    subscriptionId,
    authentication: { mode: 'webex', idpEntityId: '', idpName: '' },
    pstnProvider: '',
    commonSettings: { allowAdminInviteEmailsOnAttach: true },
    callSettings: [],
  };
}

const text = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, `Use at most ${max} characters.`);

const OfferStep = z.object({
  offerType: z.literal('webex_for_wholesale', { error: 'Choose the offer type.' }),
  offeredPackages: z
    .array(z.string())
    .min(1, 'Choose at least one package that customers created with this template may have.'),
});

const BasicsStep = z.object({
  name: text(TEMPLATE_NAME_MAX, 'Enter a template name.'),
  country: z.string().refine((c) => !!findCountry(c), 'Choose the country of the customer administrators.'),
  language: z.string().refine(isSupportedLanguage, 'Choose a language.'),
  timezone: z.string().refine(isSupportedTimezone, 'Choose a time zone.'),
});

const SubscriptionStep = z.object({
  subscriptionId: z.string().trim().min(1, 'Choose the wholesale subscription.'),
});

const AuthenticationStep = z.object({
  authentication: z
    .object({
      mode: z.enum(['webex', 'partner_sso_saml', 'partner_sso_oidc'], { error: 'Choose an authentication mode.' }),
      idpEntityId: z.string().trim().max(IDP_MAX, `Use at most ${IDP_MAX} characters.`),
      idpName: z.string().trim().max(IDP_MAX, `Use at most ${IDP_MAX} characters.`),
    })
    .superRefine((auth, ctx) => {
      if (auth.mode === 'partner_sso_saml' && !auth.idpEntityId)
        ctx.addIssue({
          code: 'custom',
          path: ['idpEntityId'],
          message: 'Enter the IdP entity ID from your identity provider’s SAML metadata.',
        });
      if (auth.mode === 'partner_sso_oidc' && !auth.idpName)
        ctx.addIssue({
          code: 'custom',
          path: ['idpName'],
          message: 'Enter the IdP name registered for your partner organisation.',
        });
    }),
});

const CallingStep = z
  .object({
    offeredPackages: z.array(z.string()),
    pstnProvider: z.string().trim().max(PSTN_PROVIDER_MAX, `Use at most ${PSTN_PROVIDER_MAX} characters.`),
  })
  .superRefine((values, ctx) => {
    if (!values.pstnProvider && needsCallingLocation(values.offeredPackages))
      ctx.addIssue({
        code: 'custom',
        path: ['pstnProvider'],
        message: 'Enter the PSTN provider: this template offers calling packages.',
      });
  });

const SettingRow = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Name the setting.')
      .max(SETTING_NAME_MAX, `Use at most ${SETTING_NAME_MAX} characters.`),
    value: z.string().trim(),
    kind: z.enum(['text', 'number', 'boolean']),
  })
  .superRefine((row, ctx) => {
    if (row.kind === 'number' && (row.value === '' || !Number.isFinite(Number(row.value))))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter a number.' });
    if (row.kind === 'boolean' && row.value !== 'true' && row.value !== 'false')
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'Choose on or off.' });
  });

const SettingsStep = z.object({
  commonSettings: z.object({ allowAdminInviteEmailsOnAttach: z.boolean() }),
  callSettings: z.array(SettingRow).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = row.name.trim().toLowerCase();
      if (key && seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'Each setting may appear once.' });
      seen.add(key);
    });
  }),
});

export const TEMPLATE_STEPS: readonly WizardStepDef[] = [
  {
    id: 'offer',
    title: 'Offer type',
    description: 'What customers created with this template are offered.',
    schema: OfferStep,
    fields: ['offerType', 'offeredPackages'],
  },
  {
    id: 'basics',
    title: 'Basic settings',
    description: 'The template’s name and the defaults for each customer’s administrator.',
    schema: BasicsStep,
    fields: ['name', 'country', 'language', 'timezone'],
  },
  {
    id: 'subscription',
    title: 'Wholesale subscription',
    description: 'The subscription customers created with this template are billed under.',
    schema: SubscriptionStep,
    fields: ['subscriptionId'],
  },
  {
    id: 'authentication',
    title: 'Authentication mode',
    description: 'How users of these customers sign in.',
    schema: AuthenticationStep,
    fields: ['authentication.mode', 'authentication.idpEntityId', 'authentication.idpName'],
  },
  {
    id: 'calling',
    title: 'Wholesale calling',
    description: 'The cloud-connected PSTN provider for each customer’s first location.',
    schema: CallingStep,
    fields: ['pstnProvider'],
  },
  {
    id: 'settings',
    title: 'Common and call settings',
    description: 'Settings applied to every customer created with this template.',
    schema: SettingsStep,
    fields: ['commonSettings.allowAdminInviteEmailsOnAttach', 'callSettings'],
  },
];

/** Bump when TemplateForm changes shape: drafts of the old shape are dropped. */
export const TEMPLATE_FORM_VERSION = 1;

function settingValue(row: CallSettingRow): string | number | boolean {
  if (row.kind === 'number') return Number(row.value);
  if (row.kind === 'boolean') return row.value === 'true';
  return row.value.trim();
}

export function toTemplateRequest(values: TemplateForm): TemplateRequestInput {
  const { mode } = values.authentication;
  return {
    name: values.name.trim(),
    offerType: values.offerType,
    country: values.country,
    language: values.language,
    timezone: values.timezone,
    subscriptionId: values.subscriptionId,
    authentication:
      mode === 'partner_sso_saml'
        ? { mode, idpEntityId: values.authentication.idpEntityId.trim() }
        : mode === 'partner_sso_oidc'
          ? { mode, idpName: values.authentication.idpName.trim() }
          : { mode },
    offeredPackages: values.offeredPackages.filter(isCustomerPackage),
    pstnProvider: values.pstnProvider.trim() || null,
    commonSettings: { allowAdminInviteEmailsOnAttach: values.commonSettings.allowAdminInviteEmailsOnAttach },
    callSettings: Object.fromEntries(values.callSettings.map((row) => [row.name.trim(), settingValue(row)])),
  };
}

function settingRow(name: string, value: unknown): CallSettingRow {
  if (typeof value === 'number') return { name, value: String(value), kind: 'number' };
  if (typeof value === 'boolean') return { name, value: String(value), kind: 'boolean' };
  return { name, value: typeof value === 'string' ? value : JSON.stringify(value), kind: 'text' };
}

const AUTH_MODES: readonly string[] = ['webex', 'partner_sso_saml', 'partner_sso_oidc'];

/** The form for editing a template. A template that does not restrict packages (absent list) offers all. */
export function templateToForm(template: HubTemplate): TemplateForm {
  const mode = template.authentication?.mode;
  return {
    offerType: 'webex_for_wholesale',
    offeredPackages: template.offeredPackages ?? [...CUSTOMER_PACKAGES],
    name: template.name,
    country: template.country ?? '',
    language: template.language ?? '',
    timezone: template.timezone ?? '',
    subscriptionId: template.subscriptionId ?? '',
    authentication: {
      mode: mode && AUTH_MODES.includes(mode) ? (mode as AuthenticationMode) : 'webex',
      idpEntityId: template.authentication?.idpEntityId ?? '',
      idpName: template.authentication?.idpName ?? '',
    },
    pstnProvider: template.pstnProvider ?? '',
    commonSettings: {
      allowAdminInviteEmailsOnAttach: template.commonSettings?.allowAdminInviteEmailsOnAttach ?? true,
    },
    callSettings: Object.entries(template.callSettings ?? {}).map(([name, value]) => settingRow(name, value)),
  };
}
