import { findCountry } from '@contract/reference-data';
import type { AddressInput, ProvisioningParameters } from '@contract/wholesale';
import type { Queryable } from '../../db/db';
import { findTemplateByProvisioningId, type Template } from '../templates';
import { findWorldOrg, isDeniedParty, webexUserKind, type WorldOrg } from '../world';
import { attachProblems, needsAdminApproval } from '../rules/attach';
import { resolveLanguage } from '../rules/language';
import { notOfferedProblems } from '../rules/packages';
import type { Problem } from '../rules/problems';
import { externalIdTaken } from './repository';
import type { LocationInput } from './locations';

/** What POST /customers and its precheck share; the precheck leaves most of it optional. */
export interface NewCustomerInput {
  provisioningId?: string | undefined;
  packages?: readonly string[] | undefined;
  orgId?: string | undefined;
  externalId?: string | undefined;
  address: AddressInput;
  customerInfo?: { name?: string | undefined; primaryEmail: string; language?: string | undefined } | undefined;
  provisioningParameters?: ProvisioningParameters | undefined;
}

export interface NewCustomerPlan {
  template: Template | null;
  language: string;
  worldOrg: WorldOrg | null;
  needsApproval: boolean;
  /** The name screened against the denied-party list matched: hold for compliance review. */
  denied: boolean;
  headquarters: LocationInput;
}

const DEFAULT_LANGUAGE = 'en_US';

/**
 * Every rule a new customer must pass beyond the request schema, in the order a client
 * would fix them. Reads only: the precheck runs exactly this and writes nothing.
 */
export async function checkNewCustomer(
  q: Queryable,
  orgId: string,
  input: NewCustomerInput,
): Promise<{ problems: Problem[]; plan: NewCustomerPlan }> {
  const problems: Problem[] = [];
  const template = input.provisioningId ? await findTemplateByProvisioningId(q, orgId, input.provisioningId) : null;
  if (input.provisioningId && !template) {
    problems.push({
      code: 'PROVISIONING_ID_UNKNOWN',
      field: 'provisioningId',
      message: `"${input.provisioningId}" is not the provisioning ID of any of your onboarding templates; copy it from the template's page`,
    });
  }
  if (template && input.packages) problems.push(...notOfferedProblems(input.packages, template.data.offeredPackages));

  const language = resolveLanguage(input.customerInfo?.language, {
    countryHint: template?.data.country,
    fallback: template?.data.language ?? DEFAULT_LANGUAGE,
    field: 'customerInfo.language',
  });
  if (!language.ok) problems.push(language.problem);

  const location = input.provisioningParameters?.calling?.location;
  const callingLanguage = location
    ? resolveLanguage(location.language, {
        countryHint: location.address.country,
        fallback: DEFAULT_LANGUAGE,
        field: 'provisioningParameters.calling.location.language',
      })
    : null;
  if (callingLanguage && !callingLanguage.ok) problems.push(callingLanguage.problem);

  if (input.externalId && (await externalIdTaken(q, orgId, input.externalId))) {
    problems.push({
      code: 'EXTERNAL_ID_IN_USE',
      field: 'externalId',
      message: `"${input.externalId}" is already the external ID of another of your customers; external IDs are unique per partner`,
    });
  }

  let worldOrg: WorldOrg | null = null;
  if (input.orgId) {
    worldOrg = await findWorldOrg(q, input.orgId);
    problems.push(
      ...attachProblems(input.orgId, worldOrg, {
        allowAdminInviteEmailsOnAttach: template?.data.commonSettings.allowAdminInviteEmailsOnAttach ?? true,
      }),
    );
  } else if (input.customerInfo) {
    // On attach the first user is not made an admin, so only new orgs claim the e-mail.
    problems.push(...(await firstAdminEmailProblems(q, input.customerInfo.primaryEmail)));
  }

  const screenedName = input.customerInfo?.name ?? worldOrg?.name;
  const denied = screenedName ? await isDeniedParty(q, screenedName) : false;
  const resolvedLanguage = language.ok ? language.value : DEFAULT_LANGUAGE;
  return {
    problems,
    plan: {
      template,
      language: resolvedLanguage,
      worldOrg,
      needsApproval: worldOrg ? needsAdminApproval(worldOrg) : false,
      denied,
      headquarters: headquartersOf(
        input,
        template,
        resolvedLanguage,
        callingLanguage?.ok ? callingLanguage.value : null,
      ),
    },
  };
}

/** The e-mail of the first admin becomes a subscriber, and e-mails are unique across Webex. */
export async function firstAdminEmailProblems(
  q: Queryable,
  email: string,
  field = 'customerInfo.primaryEmail',
): Promise<Problem[]> {
  const taken = await q.query('SELECT 1 FROM subscribers WHERE lower(email) = lower($1) LIMIT 1', [email]);
  if (taken.length > 0) {
    return [{ code: 'EMAIL_ALREADY_EXISTS', field, message: `"${email}" is already associated with an existing user` }];
  }
  if ((await webexUserKind(q, email)) === 'other_partner') {
    return [
      {
        code: 'SUBSCRIBER_BELONGS_TO_OTHER_PARTNER',
        field,
        message: `"${email}" belongs to a user managed by another Webex partner; they must release the user first`,
      },
    ];
  }
  return [];
}

/**
 * The customer's first location: the calling location when one was sent, else the billing
 * address. Its time zone falls back to the meetings time zone, then to the template's when
 * the address is in the template's country, then to the country's usual zone.
 */
function headquartersOf(
  input: NewCustomerInput,
  template: Template | null,
  language: string,
  callingLanguage: string | null,
): LocationInput {
  const calling = input.provisioningParameters?.calling?.location;
  if (calling) {
    return {
      name: calling.name,
      address: calling.address,
      timezone: calling.timezone,
      language: callingLanguage ?? language,
      emergencyLocationIdentifier: calling.emergencyLocationIdentifier,
    };
  }
  const country = input.address.country;
  const timezone =
    input.provisioningParameters?.meetings?.timezone ??
    (template && template.data.country === country ? template.data.timezone : undefined) ??
    findCountry(country)?.defaultTimezone ??
    'America/New_York';
  return { name: 'Headquarters', address: input.address, timezone, language };
}
