/**
 * The simulator's catalogue of Webex-style error codes.
 *
 * Cisco's "API Error Codes" table for Wholesale is not public (wholesale-api-notes §6).
 * Three codes are confirmed by the spec and kept as they are: 10022, 2560 and 2024. The
 * rest follow the numbering style of the sibling Webex for BroadWorks table (1001 Null
 * Parameter, 1002 Invalid Parameter Size, ...), one code per rule the simulator enforces,
 * so a client can map a code to a field and a fix without parsing the description:
 *
 * - 1001-1099 request validation (400)
 * - 1100-1199 package rules (400)
 * - 1200-1299 conflicts with existing data or organisation state (409, 423, 403, 404)
 * - 2024-2099 billing reports, beside the confirmed 2024
 * - 4000-4099 protocol-level failures, numbered 4000 + (HTTP status - 400)
 * - 2560 and 10022 as confirmed
 */
import { HUB_ERROR_CODES, type HubErrorCodeName } from './hub-error-codes';

export interface ErrorCodeEntry {
  code: number;
  httpStatus: number;
  title: string;
  /** Plain words for a partner admin: what it means and what to do. */
  explanation: string;
  /** Default field path (dotted, as in the request body) the error points at. */
  field?: string;
}

export const ERROR_CODES = {
  // --- request validation --------------------------------------------------
  MISSING_FIELD: {
    code: 1001,
    httpStatus: 400,
    title: 'Null parameter',
    explanation: 'A required field is missing or empty. Fill it in and send the request again.',
  },
  INVALID_PARAMETER_SIZE: {
    code: 1002,
    httpStatus: 400,
    title: 'Invalid parameter size',
    explanation: 'A value is longer (or shorter) than allowed. Shorten it to the stated limit.',
  },
  INVALID_VALUE: {
    code: 1003,
    httpStatus: 400,
    title: 'Invalid value',
    explanation: 'A value has the wrong type or format. Check the field against the API reference.',
  },
  INVALID_ENUM_VALUE: {
    code: 1004,
    httpStatus: 400,
    title: 'Value not allowed',
    explanation:
      'A field only accepts a fixed set of values and this one is not among them. Pick one of the listed values.',
  },
  ADDRESS_LINE_TOO_LONG: {
    code: 1005,
    httpStatus: 400,
    title: 'Address line too long',
    explanation: 'Each address line may hold at most 50 characters. Move the rest to address line 2 or abbreviate.',
    field: 'address.addressLine1',
  },
  INVALID_COUNTRY: {
    code: 1006,
    httpStatus: 400,
    title: 'Country not supported',
    explanation:
      'The country must be a two-letter ISO 3166 code (such as US or GB) of a country where Webex Wholesale is offered.',
    field: 'address.country',
  },
  STATE_REQUIRED: {
    code: 1007,
    httpStatus: 400,
    title: 'State or province required',
    explanation:
      'Addresses in this country need a state or province. Add it, using its ISO 3166-2 code where one exists.',
    field: 'address.stateOrProvince',
  },
  POSTAL_CODE_REQUIRED: {
    code: 1008,
    httpStatus: 400,
    title: 'Postal code required',
    explanation: 'Addresses in this country need a postal (ZIP) code. Add it.',
    field: 'address.zipOrPostalCode',
  },
  INVALID_STATE_FOR_COUNTRY: {
    code: 1009,
    httpStatus: 400,
    title: 'State not valid for the country',
    explanation:
      'The state or province is not one of the country’s subdivisions. Use its ISO 3166-2 code, for example CA for California.',
    field: 'address.stateOrProvince',
  },
  INVALID_CHARACTER_IN_NAME: {
    code: 1010,
    httpStatus: 400,
    title: 'Invalid character in name',
    explanation: 'The customer name cannot contain the % character. Remove it.',
    field: 'customerInfo.name',
  },
  UNSUPPORTED_LANGUAGE: {
    code: 1011,
    httpStatus: 400,
    title: 'Language not supported',
    explanation: 'The language must be a supported locale such as en_US, or a two-letter language such as en.',
    field: 'customerInfo.language',
  },
  UNSUPPORTED_TIMEZONE: {
    code: 1012,
    httpStatus: 400,
    title: 'Time zone not supported',
    explanation: 'The time zone must be an IANA name from the wholesale time-zone list, such as America/Los_Angeles.',
    field: 'provisioningParameters.calling.location.timezone',
  },
  INVALID_DATE: {
    code: 1013,
    httpStatus: 400,
    title: 'Invalid date',
    explanation: 'Dates must be real calendar dates written YYYY-MM-DD; instants are epoch milliseconds or ISO 8601.',
  },
  INVALID_PHONE_NUMBER: {
    code: 1014,
    httpStatus: 400,
    title: 'Invalid phone number',
    explanation:
      'The phone number must be in E.164 form: a + followed by the country code and number, such as +12405551212.',
    field: 'provisioningParameters.primaryPhoneNumber',
  },
  INVALID_EXTENSION: {
    code: 1015,
    httpStatus: 400,
    title: 'Invalid extension',
    explanation: 'The extension must be 2 to 10 digits.',
    field: 'provisioningParameters.extension',
  },
  INVALID_EMAIL: {
    code: 1016,
    httpStatus: 400,
    title: 'Invalid email address',
    explanation: 'The email address is not valid. Check it for typos.',
    field: 'email',
  },
  INVALID_PAGING_PARAMETER: {
    code: 1017,
    httpStatus: 400,
    title: 'Invalid paging parameter',
    explanation: 'max must be a whole number from 1 to 100 and offset a whole number of 0 or more.',
    field: 'max',
  },
  MALFORMED_ID: {
    code: 1018,
    httpStatus: 400,
    title: 'Malformed ID',
    explanation: 'The ID is not a Webex ID of the expected kind. Copy it again from the API response or Partner Hub.',
  },

  // --- package rules ---------------------------------------------------------
  PACKAGE_DEPENDENCY_MISSING: {
    code: 1101,
    httpStatus: 400,
    title: 'Package dependency missing',
    explanation:
      'An add-on needs a base package: Cisco Calling Plan needs a calling package, Attendant Console needs Webex Calling, Webex Suite or Customer Assist. Add one.',
    field: 'packages',
  },
  CALLING_LOCATION_REQUIRED: {
    code: 1102,
    httpStatus: 400,
    title: 'Calling location required',
    explanation: 'Calling packages need a first location: name, address, time zone and language.',
    field: 'provisioningParameters.calling.location',
  },
  PHONE_OR_EXTENSION_REQUIRED: {
    code: 1103,
    httpStatus: 400,
    title: 'Phone number or extension required',
    explanation:
      'A calling package needs a primary phone number, an extension, or both (unless the user already has Webex Calling).',
    field: 'provisioningParameters.primaryPhoneNumber',
  },
  ONE_PACKAGE_PER_SUBSCRIBER: {
    code: 1104,
    httpStatus: 400,
    title: 'One package per subscriber',
    explanation: 'A subscriber holds exactly one package. Send a list with a single package.',
    field: 'packages',
  },
  PACKAGE_OR_PACKAGES: {
    code: 1105,
    httpStatus: 400,
    title: 'Send package or packages',
    explanation: 'Send exactly one of package (deprecated) or packages, not both and not neither.',
    field: 'packages',
  },
  DUPLICATE_PACKAGE: {
    code: 1106,
    httpStatus: 400,
    title: 'Package listed twice',
    explanation: 'A package appears more than once in the list. List each package once.',
    field: 'packages',
  },
  PACKAGE_NOT_ENABLED_FOR_CUSTOMER: {
    code: 1107,
    httpStatus: 400,
    title: 'Package not enabled for the customer',
    explanation: 'A subscriber can only get packages the customer has. Add the package to the customer first.',
    field: 'packages',
  },
  NO_PACKAGES: {
    code: 1108,
    httpStatus: 400,
    title: 'No packages',
    explanation: 'A customer needs at least one package. To remove a customer, delete it instead.',
    field: 'packages',
  },
  PACKAGE_LIMIT_EXCEEDED: {
    code: 1109,
    httpStatus: 409,
    title: 'Package limit reached',
    explanation:
      'The customer has used every assignment its partner allowed for this package. Raise the limit on the customer or free an assignment.',
    field: 'packages',
  },
  FIRST_ADMIN_DOWNGRADE_REFUSED: {
    code: 1110,
    httpStatus: 409,
    title: 'First administrator cannot be downgraded',
    explanation:
      'The customer’s first full administrator must keep the package level the customer was created with. Choose an equal or higher package.',
    field: 'packages',
  },
  FIRST_ADMIN_REMOVAL_REFUSED: {
    code: 1111,
    httpStatus: 409,
    title: 'First administrator cannot be removed',
    explanation:
      'The customer’s first full administrator is managed with the customer itself. Remove the customer’s wholesale services instead, or keep this user.',
  },

  // --- conflicts and state ----------------------------------------------------
  DUPLICATE_PHONE_NUMBER: {
    code: 1201,
    httpStatus: 409,
    title: 'Phone number already in use',
    explanation: 'Another user of this customer already has this phone number. Choose a different number.',
    field: 'provisioningParameters.primaryPhoneNumber',
  },
  DUPLICATE_EXTENSION: {
    code: 1202,
    httpStatus: 409,
    title: 'Extension already in use',
    explanation: 'Another user of this customer already has this extension. Choose a different extension.',
    field: 'provisioningParameters.extension',
  },
  SUBSCRIBER_BELONGS_TO_OTHER_PARTNER: {
    code: 1203,
    httpStatus: 409,
    title: 'User belongs to another partner',
    explanation: 'This email belongs to a user managed by another Webex partner. They must release the user first.',
    field: 'email',
  },
  SUBSCRIBER_BELONGS_TO_OTHER_CUSTOMER: {
    code: 1204,
    httpStatus: 409,
    title: 'User belongs to another customer',
    explanation: 'This email is already a subscriber of another of your customers. Remove it there first.',
    field: 'email',
  },
  EXTERNAL_ID_IN_USE: {
    code: 1205,
    httpStatus: 409,
    title: 'External ID already used',
    explanation: 'Another customer already has this external ID. Use a unique ID from your own system.',
    field: 'externalId',
  },
  ORG_ALREADY_CUSTOMER: {
    code: 1206,
    httpStatus: 409,
    title: 'Organisation already a wholesale customer',
    explanation: 'This Webex organisation is already linked to a wholesale customer.',
    field: 'orgId',
  },
  CUSTOMER_NOT_PROVISIONED: {
    code: 1207,
    httpStatus: 409,
    title: 'Customer not provisioned yet',
    explanation:
      'Subscribers can be added once the customer is provisioned. Wait until its status is provisioned, then retry.',
    field: 'customerId',
  },
  CUSTOMER_BUSY: {
    code: 1208,
    httpStatus: 423,
    title: 'Customer busy',
    explanation: 'The customer is being updated or deleted. Wait for that to finish, then retry.',
  },
  ORG_ATTACH_NEEDS_APPROVAL: {
    code: 1209,
    httpStatus: 409,
    title: 'Organisation admin must approve',
    explanation:
      'The existing organisation has 100 or more users, a verified domain or a claimed domain, so its administrator must approve the attachment first.',
    field: 'orgId',
  },
  ADMIN_INVITE_DISABLED: {
    code: 1210,
    httpStatus: 400,
    title: 'Admin-invite emails are off',
    explanation:
      'Attaching an existing organisation needs "Allow admin-invite emails when attaching to existing orgs" turned on in the onboarding template.',
    field: 'provisioningId',
  },
  TRIAL_ORG_NOT_CONVERTIBLE: {
    code: 1211,
    httpStatus: 409,
    title: 'Trial organisation cannot be converted',
    explanation: 'Trial organisations cannot become wholesale customers. Provision a new customer instead.',
    field: 'orgId',
  },
  PROVISIONING_ID_UNKNOWN: {
    code: 1212,
    httpStatus: 400,
    title: 'Unknown provisioning ID',
    explanation: 'No onboarding template has this provisioning ID. Copy it again from the template in Partner Hub.',
    field: 'provisioningId',
  },
  SUB_PARTNER_SUSPENDED: {
    code: 1213,
    httpStatus: 403,
    title: 'Sub-partner suspended',
    explanation: 'A suspended sub-partner cannot provision or update; it can only delete. Ask Cisco to reactivate it.',
    field: 'onBehalfOfSubPartnerOrgId',
  },
  SUB_PARTNER_UNKNOWN: {
    code: 1214,
    httpStatus: 404,
    title: 'Unknown sub-partner',
    explanation: 'This organisation is not one of your sub-partners. Check the sub-partner org ID.',
    field: 'onBehalfOfSubPartnerOrgId',
  },
  SUBSCRIBER_NOT_PENDING_MIGRATION: {
    code: 1215,
    httpStatus: 409,
    title: 'Subscriber not waiting for consent',
    explanation: 'The consent email can only be sent to a subscriber whose status is pending_user_migration.',
  },
  LOCATION_UNKNOWN: {
    code: 1216,
    httpStatus: 400,
    title: 'Unknown location',
    explanation: 'The customer has no location with this ID. Pick one of the customer’s locations.',
    field: 'provisioningParameters.locationId',
  },
  EMAIL_ALREADY_EXISTS: {
    code: 10022,
    httpStatus: 409,
    title: 'Email already used',
    explanation: 'The email is already associated with an existing user. Use another email, or move that user first.',
    field: 'email',
  },
  CALLING_MAINTENANCE: {
    code: 2560,
    httpStatus: 503,
    title: 'Webex Calling under maintenance',
    explanation:
      'One or more Webex Calling services are unavailable due to maintenance, unable to start provisioning. Consult status.webex.com and retry later.',
  },

  // --- billing reports ---------------------------------------------------------
  BILLING_REPORT_NOT_FOUND: {
    code: 2024,
    httpStatus: 404,
    title: 'Billing report not found',
    explanation: 'Billing Report not found. It may have been deleted; list the reports to find the current one.',
    field: 'id',
  },
  REPORT_PERIOD_NOT_PAST: {
    code: 2025,
    httpStatus: 400,
    title: 'Report period not over',
    explanation: 'Reports cover whole past days: the dates must be before today (UTC).',
    field: 'billingEndDate',
  },
  REPORT_PERIOD_TOO_OLD: {
    code: 2026,
    httpStatus: 400,
    title: 'Report period too old',
    explanation: 'Billing data is kept for five years: the start date must be within the last five years.',
    field: 'billingStartDate',
  },
  REPORT_PERIOD_END_BEFORE_START: {
    code: 2027,
    httpStatus: 400,
    title: 'Report period ends before it starts',
    explanation: 'The end date must be on or after the start date.',
    field: 'billingEndDate',
  },
  REPORT_ALREADY_EXISTS: {
    code: 2028,
    httpStatus: 409,
    title: 'Report already exists',
    explanation: 'A report for this period and type already exists. Download it, or delete it first to regenerate.',
    field: 'billingStartDate',
  },
  REPORT_IN_PROGRESS_NOT_DELETABLE: {
    code: 2029,
    httpStatus: 409,
    title: 'Report still generating',
    explanation: 'A report that is still being generated cannot be deleted. Wait until it completes.',
    field: 'id',
  },
  REPORT_FAILED_NOT_DELETABLE: {
    code: 2030,
    httpStatus: 409,
    title: 'Failed report cannot be deleted',
    explanation: 'A failed report cannot be deleted. Create a new report instead.',
    field: 'id',
  },
  POINT_IN_TIME_PARTNER_NOT_ALLOWED: {
    code: 2031,
    httpStatus: 400,
    title: 'No point-in-time partner report',
    explanation: 'Point-in-time reports exist at customer and user level only. Choose type CUSTOMER or USER.',
    field: 'type',
  },

  // --- protocol ----------------------------------------------------------------
  MALFORMED_JSON: {
    code: 4000,
    httpStatus: 400,
    title: 'Malformed JSON',
    explanation: 'The request body is not valid JSON. Check quotes, commas and brackets.',
  },
  UNAUTHORIZED: {
    code: 4001,
    httpStatus: 401,
    title: 'Not signed in',
    explanation: 'The access token is missing, invalid or expired. Sign in again.',
  },
  FORBIDDEN_SCOPE: {
    code: 4003,
    httpStatus: 403,
    title: 'Not allowed',
    explanation: 'Your access token lacks the scope or role this action needs. Ask a full administrator.',
  },
  NOT_FOUND: {
    code: 4004,
    httpStatus: 404,
    title: 'Not found',
    explanation: 'Nothing with this ID exists for your organisation. It may have been removed.',
  },
  METHOD_NOT_ALLOWED: {
    code: 4005,
    httpStatus: 405,
    title: 'Method not allowed',
    explanation: 'This path does not support the HTTP method used.',
  },
  PAYLOAD_TOO_LARGE: {
    code: 4013,
    httpStatus: 413,
    title: 'Request too large',
    explanation: 'The request body is larger than the API accepts. Send less data per request.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    code: 4015,
    httpStatus: 415,
    title: 'Unsupported media type',
    explanation: 'Request bodies must be sent as application/json.',
  },
  RATE_LIMITED: {
    code: 4029,
    httpStatus: 429,
    title: 'Too many requests',
    explanation: 'Too many requests in a short time. Wait for the number of seconds in Retry-After, then retry.',
  },
  INTERNAL_ERROR: {
    code: 5000,
    httpStatus: 500,
    title: 'Internal error',
    explanation: 'Something went wrong on the server. Retry later; quote the tracking ID if it persists.',
  },
} as const satisfies Record<string, ErrorCodeEntry>;

export type ErrorCodeName = keyof typeof ERROR_CODES;

/**
 * Codes never sent as an HTTP error: they arrive inside a resource (a customer's or a package's
 * `errors`) that was read with 200. Kept apart so every ERROR_CODES entry is a real HTTP failure.
 */
export const STATUS_ERROR_CODES = {
  COMPLIANCE_REVIEW_EXPIRED: {
    code: 1250,
    httpStatus: null,
    title: 'Compliance review expired',
    explanation:
      'The customer matched the restricted/denied party list and the review did not clear within 72 hours, so onboarding stopped. Contact Cisco to resolve it, or delete the customer.',
  },
} as const satisfies Record<string, StatusErrorCodeEntry>;

export type StatusErrorCodeName = keyof typeof STATUS_ERROR_CODES;

export interface StatusErrorCodeEntry extends Omit<ErrorCodeEntry, 'httpStatus'> {
  httpStatus: null;
}

type DescribedCode = (ErrorCodeEntry | StatusErrorCodeEntry) & {
  name: ErrorCodeName | HubErrorCodeName | StatusErrorCodeName;
};

const BY_CODE: ReadonlyMap<number, DescribedCode> = new Map(
  (
    [...Object.entries(ERROR_CODES), ...Object.entries(HUB_ERROR_CODES), ...Object.entries(STATUS_ERROR_CODES)] as [
      DescribedCode['name'],
      ErrorCodeEntry | StatusErrorCodeEntry,
    ][]
  ).map(([name, entry]) => [entry.code, { ...entry, name }]),
);

/** For the SPA: the catalogue entry of a code received from the API, if the simulator defines it. */
export function describeErrorCode(code: number): DescribedCode | undefined {
  return BY_CODE.get(code);
}

export function isErrorCodeName(value: unknown): value is ErrorCodeName {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
