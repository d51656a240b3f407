import type { ErrorCodeEntry } from './error-codes';

/**
 * Refusals of the hub namespace that the public catalogue (error-codes.ts) has no entry
 * for. Same shape and numbering style (1300-1399: Partner Hub-only rules), so a client
 * maps them to fields exactly as it does the public codes.
 */
export const HUB_ERROR_CODES = {
  TEMPLATE_NAME_IN_USE: {
    code: 1301,
    httpStatus: 409,
    title: 'Template name already used',
    explanation:
      'Another onboarding template of this organisation has this name (names ignore case). Choose another name.',
    field: 'name',
  },
  TEMPLATE_IN_USE: {
    code: 1302,
    httpStatus: 409,
    title: 'Template in use',
    explanation:
      'Customers were created with this template, so it cannot be deleted. Keep it, or delete those customers first.',
    field: 'id',
  },
  SUBSCRIPTION_NOT_AVAILABLE: {
    code: 1303,
    httpStatus: 400,
    title: 'Subscription not available',
    explanation:
      'Templates use the organisation’s own wholesale subscription (a sub-partner uses its parent’s shared one).',
    field: 'subscriptionId',
  },
  IDP_REQUIRED: {
    code: 1304,
    httpStatus: 400,
    title: 'Identity provider required',
    explanation:
      'Partner SSO needs the identity provider: the SAML IdP entity ID, or the OpenID Connect IdP name registered for the partner.',
    field: 'authentication',
  },
  PSTN_PROVIDER_REQUIRED: {
    code: 1305,
    httpStatus: 400,
    title: 'PSTN provider required',
    explanation:
      'A template that offers calling packages needs a cloud-connected PSTN provider. Meetings-only templates may leave it out.',
    field: 'pstnProvider',
  },
  LOCATION_NAME_IN_USE: {
    code: 1306,
    httpStatus: 409,
    title: 'Location name already used',
    explanation: 'The customer already has a location with this name (names ignore case). Choose another name.',
    field: 'name',
  },
  PACKAGE_NOT_OFFERED: {
    code: 1307,
    httpStatus: 400,
    title: 'Package not offered by the template',
    explanation:
      'The onboarding template does not offer this package. Pick a template that offers it, or remove the package.',
    field: 'packages',
  },
} as const satisfies Record<string, ErrorCodeEntry>;
export type HubErrorCodeName = keyof typeof HUB_ERROR_CODES;
