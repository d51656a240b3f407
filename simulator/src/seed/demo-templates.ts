import type { TemplateData } from '@contract/hub';
import type { CustomerPackage } from '@contract/packages';
import type { Queryable } from '../db/db';
import { insertTemplate } from '../domain/templates';
import type { DemoOrg } from './demo-orgs';
import { DAY } from './demo-random';
import { slug } from './demo-names';

/** The name of the default template every org gets from createTenant (offers every package). */
export const DEFAULT_TEMPLATE = 'Standard SMB';

interface TemplateSpec {
  name: string;
  country: string;
  language: string;
  timezone: string;
  authentication: (org: DemoOrg) => TemplateData['authentication'];
  offeredPackages: CustomerPackage[];
  pstnProvider: string | null;
}

const WEBEX_AUTH = () => ({ mode: 'webex' });

/** One template per customer segment, each with its own admin defaults and authentication mode. */
export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  {
    name: 'SMB Calling – US',
    country: 'US',
    language: 'en_US',
    timezone: 'America/Chicago',
    authentication: WEBEX_AUTH,
    offeredPackages: [
      'webex_calling',
      'webex_meetings',
      'common_area_calling',
      'cisco_calling_plan',
      'attendant_console',
    ],
    pstnProvider: 'IntelePeer',
  },
  {
    name: 'Meetings only – EU',
    country: 'DE',
    language: 'de_DE',
    timezone: 'Europe/Berlin',
    authentication: WEBEX_AUTH,
    offeredPackages: ['webex_meetings'],
    pstnProvider: null,
  },
  {
    name: 'Suite – SSO',
    country: 'GB',
    language: 'en_GB',
    timezone: 'Europe/London',
    authentication: (org) => ({
      mode: 'partner_sso_saml',
      idpEntityId: `https://sso.${slug(org.name)}.example.com/saml/metadata`,
    }),
    offeredPackages: [
      'webex_suite',
      'webex_meetings',
      'attendant_console',
      'common_area_calling',
      'cisco_calling_plan',
    ],
    pstnProvider: 'Gamma Telecom',
  },
  {
    name: 'Contact Center – OIDC',
    country: 'US',
    language: 'en_US',
    timezone: 'America/New_York',
    authentication: (org) => ({ mode: 'partner_sso_oidc', idpName: `${org.name} Okta` }),
    offeredPackages: [
      'webex_calling',
      'cx_essentials',
      'cx_premium_agent',
      'cx_standard_agent',
      'cx_voice_ports',
      'cx_ai_assistant',
      'webex_ai_agent',
      'attendant_console',
    ],
    pstnProvider: 'Bandwidth',
  },
  {
    name: 'Voice Essentials – APAC',
    country: 'AU',
    language: 'en_AU',
    timezone: 'Australia/Sydney',
    authentication: WEBEX_AUTH,
    offeredPackages: ['webex_voice', 'webex_calling_standard', 'cisco_calling_plan', 'common_area_calling'],
    pstnProvider: 'Telstra Wholesale',
  },
];

/** Which of the specs each kind of org keeps (a reseller runs fewer segments than its parent). */
const SPECS_BY_ORG: Readonly<Record<DemoOrg['role'], readonly string[]>> = {
  partner: TEMPLATE_SPECS.map((s) => s.name),
  reseller: ['SMB Calling – US', 'Meetings only – EU', 'Suite – SSO'],
  suspended: ['Meetings only – EU'],
};

/**
 * Adds the org's segment templates next to its default one, through the same insert the
 * Partner Hub API uses. Returns template id by name, default included.
 */
export async function seedTemplates(tx: Queryable, tenantId: string, org: DemoOrg): Promise<Map<string, string>> {
  const byName = new Map<string, string>([[DEFAULT_TEMPLATE, org.defaultTemplateId]]);
  const wanted = SPECS_BY_ORG[org.role];
  let at = org.createdAt.getTime() + 2 * DAY;
  for (const spec of TEMPLATE_SPECS.filter((s) => wanted.includes(s.name))) {
    const template = await insertTemplate(tx, {
      tenantId,
      orgId: org.id,
      name: spec.name,
      data: {
        offerType: 'webex_for_wholesale',
        country: spec.country,
        language: spec.language,
        timezone: spec.timezone,
        subscriptionId: org.subscriptionId,
        authentication: spec.authentication(org),
        offeredPackages: spec.offeredPackages,
        pstnProvider: spec.pstnProvider,
        commonSettings: { allowAdminInviteEmailsOnAttach: true },
        callSettings: {},
      },
      createdBy: org.admin.email,
      now: new Date(at),
    });
    byName.set(spec.name, template.id);
    at += 9 * DAY;
  }
  return byName;
}
