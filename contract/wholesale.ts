/**
 * Wire format of the 18 public Webex Wholesale operations, checked against the official
 * OpenAPI document by wholesale.test.ts.
 *
 * Two flavours, because the two consumers need different strictness:
 * - Request schemas (and list query schemas) are what the simulator enforces: strict
 *   about values, with a message per rule that says what is wrong and what is allowed,
 *   but unknown keys are stripped rather than refused, as the real API ignores them.
 *   Parsing also canonicalises a few values (upper-case country, ISO subdivision code,
 *   E.164 without separators); `z.input<>` types are for clients building requests.
 * - Response schemas are what the SPA parses: tolerant. Enum-like fields accept any
 *   string (the spec has only ever added values, quirk Q10), almost everything is
 *   optional, arrays default to empty and unknown keys pass through.
 */
import { z } from 'zod';
import {
  CUSTOMER_PACKAGES,
  KNOWN_CUSTOMER_STATUSES,
  KNOWN_SUBSCRIBER_STATUSES,
  LIMITABLE_PACKAGES,
  PACKAGE_STATUSES,
  REPORT_CATEGORIES,
  REPORT_STATUSES,
  REPORT_TYPES,
  SUB_PARTNER_STATES,
  SUBSCRIBER_PACKAGES,
  SUBSCRIBER_PACKAGES_DEPRECATED_FIELD,
  missingDependencies,
  needsCallingLocation,
  type ReportCategory,
  type ReportType,
} from './packages';
import {
  COUNTRIES,
  findCountry,
  isSupportedTimezone,
  normalizeLanguage,
  normalizeSubdivision,
  suggestTimezone,
} from './reference-data';
import type { ErrorCodeName } from './error-codes';
import {
  addIssue,
  calendarDate,
  describeValue,
  email,
  oneOf,
  optionalText,
  queryBoolean,
  queryEnum,
  queryInstant,
  queryInt,
  queryText,
  requiredText,
  string,
  typeError,
  utcDate,
} from './validation';

/** Page size ceiling of every list (spec for subscribers and reports; Cisco's ref app for the rest). */
export const MAX_PAGE_SIZE = 100;

/** The spec's 50-character limit on each address line. */
export const ADDRESS_LINE_MAX = 50;

// Limits the spec does not state. They only protect the simulator from absurd input and
// are generous enough that no realistic value hits them.
const NAME_MAX = 255;
const ID_MAX = 1024;
const CITY_MAX = 100;
const STATE_MAX = 50;
const POSTAL_CODE_MAX = 20;
/** Webex's Locations API caps a location name at 80 characters. */
const LOCATION_NAME_MAX = 80;
const EMERGENCY_LOCATION_ID_MAX = 50;

const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: typeError('an object') });

// ===========================================================================
// Request building blocks

const countryCode = string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    if (value.length === 0) addIssue(ctx, 'MISSING_FIELD', 'must not be empty');
    else if (!/^[A-Z]{2}$/.test(value)) {
      addIssue(
        ctx,
        'INVALID_COUNTRY',
        `must be a 2-letter ISO 3166-1 alpha-2 code such as US (got ${describeValue(value)})`,
      );
    } else if (!findCountry(value)) {
      addIssue(
        ctx,
        'INVALID_COUNTRY',
        `"${value}" is not a country where Webex Wholesale is offered; one of: ${COUNTRIES.map((c) => c.code).join(', ')}`,
      );
    }
  });

const emptyToUndefined = (value: string | undefined) => (value === '' ? undefined : value);

/**
 * Billing address and calling-location address share one shape. The per-country rules
 * (state, postal code, subdivision code) come from the maintained COUNTRIES table.
 */
export const AddressInput = object({
  addressLine1: requiredText(ADDRESS_LINE_MAX, 'ADDRESS_LINE_TOO_LONG'),
  addressLine2: optionalText(ADDRESS_LINE_MAX, 'ADDRESS_LINE_TOO_LONG'),
  city: requiredText(CITY_MAX),
  stateOrProvince: optionalText(STATE_MAX),
  zipOrPostalCode: optionalText(POSTAL_CODE_MAX),
  country: countryCode,
})
  .superRefine((address, ctx) => {
    const country = findCountry(address.country);
    if (!country) return;
    const state = emptyToUndefined(address.stateOrProvince);
    if (state === undefined) {
      if (country.requiresState) {
        addIssue(ctx, 'STATE_REQUIRED', `is required for addresses in ${country.name}`, ['stateOrProvince']);
      }
    } else {
      const checked = normalizeSubdivision(country.code, state);
      if (!checked.ok) addIssue(ctx, 'INVALID_STATE_FOR_COUNTRY', checked.reason, ['stateOrProvince']);
    }
    if (country.requiresPostalCode && emptyToUndefined(address.zipOrPostalCode) === undefined) {
      addIssue(ctx, 'POSTAL_CODE_REQUIRED', `is required for addresses in ${country.name}`, ['zipOrPostalCode']);
    }
  })
  .transform((address) => {
    const state = emptyToUndefined(address.stateOrProvince);
    const checked = state === undefined ? undefined : normalizeSubdivision(address.country, state);
    return {
      ...address,
      addressLine2: emptyToUndefined(address.addressLine2),
      stateOrProvince: checked?.ok ? checked.value : state,
      zipOrPostalCode: emptyToUndefined(address.zipOrPostalCode),
    };
  });

/**
 * Validated but not rewritten: a bare `en` is completed with the onboarding template's
 * country (product brief), which only the simulator knows, so it calls normalizeLanguage
 * itself. Whether a value is acceptable does not depend on that hint.
 */
export const LanguageInput = string()
  .trim()
  .superRefine((value, ctx) => {
    const checked = normalizeLanguage(value);
    if (!checked.ok) addIssue(ctx, 'UNSUPPORTED_LANGUAGE', checked.reason);
  });

export const TimezoneInput = string()
  .trim()
  .superRefine((value, ctx) => {
    if (value.length === 0) addIssue(ctx, 'MISSING_FIELD', 'must not be empty');
    else if (!isSupportedTimezone(value)) {
      const suggestion = suggestTimezone(value);
      const hint = suggestion
        ? `did you mean ${suggestion}?`
        : 'use an IANA name from the wholesale time-zone list, such as America/Los_Angeles or Europe/London';
      addIssue(ctx, 'UNSUPPORTED_TIMEZONE', `${describeValue(value)} is not a supported time zone; ${hint}`);
    }
  });

const customerName = requiredText(NAME_MAX).superRefine((value, ctx) => {
  if (value.includes('%')) addIssue(ctx, 'INVALID_CHARACTER_IN_NAME', 'must not contain the % character');
});

const id = () => requiredText(ID_MAX);

/**
 * E.164: "+", country code, subscriber number, at most 15 digits. Visual separators are
 * removed first because the spec's own PUT example is "+1-240-555-1212"; the parsed
 * value is the bare form.
 */
const e164 = string()
  .transform((value) => value.replace(/[\s\-.()]/g, ''))
  .superRefine((value, ctx) => {
    if (!/^\+[1-9]\d{1,14}$/.test(value)) {
      addIssue(
        ctx,
        'INVALID_PHONE_NUMBER',
        `must be an E.164 number: + then country code and number, at most 15 digits, such as +12405551212 (got ${describeValue(value)})`,
      );
    }
  });

const extension = string()
  .trim()
  .superRefine((value, ctx) => {
    if (!/^\d{2,10}$/.test(value))
      addIssue(ctx, 'INVALID_EXTENSION', `must be 2 to 10 digits (got ${describeValue(value)})`);
  });

function checkPackageList(list: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const pkg of list) {
    if (seen.has(pkg)) addIssue(ctx, 'DUPLICATE_PACKAGE', `lists ${pkg} more than once`);
    seen.add(pkg);
  }
  for (const { package: pkg, needsOneOf } of missingDependencies(list)) {
    addIssue(ctx, 'PACKAGE_DEPENDENCY_MISSING', `${pkg} needs one of: ${needsOneOf.join(', ')}`);
  }
}

const customerPackages = z
  .array(oneOf(CUSTOMER_PACKAGES), { error: typeError('an array of package names') })
  .superRefine((list, ctx) => {
    if (list.length === 0) {
      addIssue(ctx, 'NO_PACKAGES', `must list at least one package; one of: ${CUSTOMER_PACKAGES.join(', ')}`);
    }
    checkPackageList(list, ctx);
  });

const subscriberPackages = z
  .array(oneOf(SUBSCRIBER_PACKAGES), { error: typeError('an array with one package name') })
  .superRefine((list, ctx) => {
    if (list.length !== 1) {
      addIssue(
        ctx,
        'ONE_PACKAGE_PER_SUBSCRIBER',
        `must hold exactly one package (got ${list.length}); a subscriber has one package at a time`,
      );
    }
  });

const packageLimit = z.number({ error: typeError('a number') }).superRefine((value, ctx) => {
  if (!Number.isInteger(value) || value < 0) {
    addIssue(ctx, 'INVALID_VALUE', `must be a whole number of 0 or more (got ${value})`);
  }
});

/** A limit for a package the spec does not list is refused, not stripped, so a typo is not silently lost. */
export const PackageLimits = z
  .looseObject(
    Object.fromEntries(LIMITABLE_PACKAGES.map((p) => [p, packageLimit.optional()])) as Record<
      (typeof LIMITABLE_PACKAGES)[number],
      z.ZodOptional<typeof packageLimit>
    >,
  )
  .superRefine((limits, ctx) => {
    for (const key of Object.keys(limits)) {
      if (!(LIMITABLE_PACKAGES as readonly string[]).includes(key)) {
        addIssue(
          ctx,
          'INVALID_ENUM_VALUE',
          `is not a package that takes a limit; one of: ${LIMITABLE_PACKAGES.join(', ')}`,
          [key],
        );
      }
    }
  })
  .transform((limits) => {
    const known: Partial<Record<(typeof LIMITABLE_PACKAGES)[number], number>> = {};
    for (const key of LIMITABLE_PACKAGES) {
      const value = limits[key];
      if (value !== undefined) known[key] = value;
    }
    return known;
  });

export const CallingLocation = object({
  name: requiredText(LOCATION_NAME_MAX),
  address: AddressInput,
  timezone: TimezoneInput,
  language: LanguageInput,
  emergencyLocationIdentifier: optionalText(EMERGENCY_LOCATION_ID_MAX),
});

/** Customer-level provisioningParameters (POST, PUT and precheck share it). */
export const ProvisioningParameters = object({
  calling: object({ location: CallingLocation }).optional(),
  meetings: object({ timezone: TimezoneInput.optional() }).optional(),
  packages: object({ limits: PackageLimits.optional() }).optional(),
});

function requireCallingLocation(
  body: { packages?: readonly string[] | undefined; provisioningParameters?: { calling?: unknown } | undefined },
  ctx: z.RefinementCtx,
): void {
  if (body.packages && needsCallingLocation(body.packages) && !body.provisioningParameters?.calling) {
    addIssue(
      ctx,
      'CALLING_LOCATION_REQUIRED',
      'is required when packages include a calling package: send location.name, address, timezone and language',
      ['provisioningParameters', 'calling'],
    );
  }
}

// ===========================================================================
// Customers: requests

export const CustomerInfo = object({
  name: customerName,
  primaryEmail: email(),
  language: LanguageInput.optional(),
});

export const ProvisionCustomerRequest = object({
  provisioningId: id(),
  packages: customerPackages,
  orgId: id().optional(),
  externalId: requiredText(NAME_MAX),
  address: AddressInput,
  customerInfo: CustomerInfo.optional(),
  provisioningParameters: ProvisioningParameters.optional(),
  subPartnerAdminEmail: email().optional(),
}).superRefine((body, ctx) => {
  if (!body.orgId && !body.customerInfo) {
    addIssue(
      ctx,
      'MISSING_FIELD',
      'is required for a new customer; it may be left out only when orgId names an existing organization',
      ['customerInfo'],
    );
  }
  requireCallingLocation(body, ctx);
});

/**
 * `packages` is the complete desired list. Whether calling parameters are needed depends
 * on what the customer already has, so the simulator checks that, not this schema.
 */
export const UpdateCustomerRequest = object({
  packages: customerPackages,
  externalId: requiredText(NAME_MAX).optional(),
  address: AddressInput.optional(),
  provisioningParameters: ProvisioningParameters.optional(),
  subPartnerAdminEmail: email().optional(),
});

/** Only `address` is required: the spec's minimal variant is address + customerInfo.primaryEmail. */
export const CustomerPrecheckRequest = object({
  provisioningId: id().optional(),
  packages: customerPackages.optional(),
  orgId: id().optional(),
  externalId: requiredText(NAME_MAX).optional(),
  address: AddressInput,
  customerInfo: object({ name: customerName.optional(), primaryEmail: email() }).optional(),
  provisioningParameters: ProvisioningParameters.optional(),
}).superRefine(requireCallingLocation);

// ===========================================================================
// Subscribers: requests

function checkPackageChoice(
  body: { package?: string | undefined; packages?: readonly string[] | undefined },
  ctx: z.RefinementCtx,
  required: boolean,
): void {
  if (body.package !== undefined && body.packages !== undefined) {
    addIssue(
      ctx,
      'PACKAGE_OR_PACKAGES',
      'must not be sent together with packages; send only packages (package is deprecated)',
      ['package'],
    );
  } else if (required && body.package === undefined && body.packages === undefined) {
    addIssue(ctx, 'PACKAGE_OR_PACKAGES', 'is required: send packages with one package, such as ["webex_calling"]', [
      'packages',
    ]);
  }
}

const personName = optionalText(NAME_MAX);

export const SubscriberProvisioningParameters = object({
  firstName: personName,
  lastName: personName,
  primaryPhoneNumber: e164.optional(),
  extension: extension.optional(),
  locationId: id().optional(),
});

/**
 * Whether a phone number or extension is needed depends on the chosen package and on
 * whether the person is already a Webex Calling user, which only the simulator knows:
 * it raises ERROR_CODES.PHONE_OR_EXTENSION_REQUIRED itself.
 */
export const ProvisionSubscriberRequest = object({
  customerId: id(),
  email: email(),
  package: oneOf(SUBSCRIBER_PACKAGES_DEPRECATED_FIELD).optional(),
  packages: subscriberPackages.optional(),
  provisioningParameters: SubscriberProvisioningParameters,
}).superRefine((body, ctx) => checkPackageChoice(body, ctx, true));

/** The deprecated `package` takes all nine values here, unlike on POST (quirk Q8). */
export const UpdateSubscriberRequest = object({
  package: oneOf(SUBSCRIBER_PACKAGES).optional(),
  packages: subscriberPackages.optional(),
  provisioningParameters: object({
    primaryPhoneNumber: e164.optional(),
    extension: extension.optional(),
    locationId: id().optional(),
  }).optional(),
}).superRefine((body, ctx) => checkPackageChoice(body, ctx, true));

/** A package is optional here: the spec's minimal variant is customerId + email. */
export const SubscriberPrecheckRequest = object({
  provisioningId: id().optional(),
  customerId: id().optional(),
  email: email(),
  package: oneOf(SUBSCRIBER_PACKAGES_DEPRECATED_FIELD).optional(),
  packages: subscriberPackages.optional(),
  provisioningParameters: SubscriberProvisioningParameters.optional(),
  customerInfo: object({ primaryEmail: email() }).optional(),
}).superRefine((body, ctx) => checkPackageChoice(body, ctx, false));

/** The one package a subscriber request asks for, whichever field carried it. */
export function requestedSubscriberPackage(body: {
  package?: string | undefined;
  packages?: readonly string[] | undefined;
}): string | undefined {
  return body.packages?.[0] ?? body.package;
}

// ===========================================================================
// Billing reports: requests

export interface BillingPeriodProblem {
  errorCode: ErrorCodeName;
  field: 'billingStartDate' | 'billingEndDate';
  message: string;
}

/**
 * Date rules of a reconciliation report: whole past days (not today, UTC), within the
 * last five years, end not before start. `now` is a parameter because the simulator runs
 * a clock per tenant.
 */
export function billingPeriodProblems(start: string, end: string, now: Date): BillingPeriodProblem[] {
  const problems: BillingPeriodProblem[] = [];
  const today = utcDate(now);
  const earliest = utcDate(new Date(Date.UTC(now.getUTCFullYear() - 5, now.getUTCMonth(), now.getUTCDate())));
  if (end < start) {
    problems.push({
      errorCode: 'REPORT_PERIOD_END_BEFORE_START',
      field: 'billingEndDate',
      message: `must be on or after billingStartDate (${start})`,
    });
  }
  if (end >= today) {
    problems.push({
      errorCode: 'REPORT_PERIOD_NOT_PAST',
      field: 'billingEndDate',
      message: `must be before today (${today}, UTC); reports cover whole past days`,
    });
  }
  if (start < earliest) {
    problems.push({
      errorCode: 'REPORT_PERIOD_TOO_OLD',
      field: 'billingStartDate',
      message: `must be within the last five years (on or after ${earliest})`,
    });
  }
  return problems;
}

/**
 * The create body. `category` is not in the public spec (its create body has none, so how
 * a Point-In-Time report is requested through the API is unknown); the simulator accepts
 * it so the SPA can offer Point-In-Time reports. Point-In-Time ignores the dates (it is a
 * snapshot), so the period rules apply to reconciliation reports only.
 */
export function makeCreateBillingReportRequest(now: () => Date) {
  return object({
    billingStartDate: calendarDate(),
    billingEndDate: calendarDate(),
    type: oneOf(REPORT_TYPES).default('PARTNER'),
    category: oneOf(REPORT_CATEGORIES).default('RECONCILIATION'),
    subPartnerOrgId: id().optional(),
    internal: z.boolean({ error: typeError('true or false') }).default(false),
  }).superRefine((body, ctx) => {
    if (body.category === 'POINT_IN_TIME') {
      if (body.type === 'PARTNER') {
        addIssue(
          ctx,
          'POINT_IN_TIME_PARTNER_NOT_ALLOWED',
          'must be CUSTOMER or USER for a POINT_IN_TIME report (PARTNER is the default when type is left out)',
          ['type'],
        );
      }
      return;
    }
    for (const problem of billingPeriodProblems(body.billingStartDate, body.billingEndDate, now())) {
      addIssue(ctx, problem.errorCode, problem.message, [problem.field]);
    }
  });
}

/** Reads the real clock; the simulator builds its own with the tenant's clock. */
export const CreateBillingReportRequest = makeCreateBillingReportRequest(() => new Date());

// ===========================================================================
// Query parameters

const pageSize = (fallback: number) =>
  queryInt({ min: 1, max: MAX_PAGE_SIZE, errorCode: 'INVALID_PAGING_PARAMETER' }).default(fallback);
const pageOffset = () => queryInt({ min: 0, errorCode: 'INVALID_PAGING_PARAMETER' }).default(0);

/** `status` may repeat (`?status=a&status=b`) or be comma-joined (`?status=a,b`, as wxc_sdk sends it). */
const customerStatuses = z
  .preprocess(
    (raw) =>
      (Array.isArray(raw) ? raw : [raw]).flatMap((value: unknown) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [value],
      ),
    z.array(oneOf(KNOWN_CUSTOMER_STATUSES)),
  )
  .optional();

/** The spec states no default page size for customers; Cisco's reference app asks for 100. */
export const ListCustomersQuery = z.object({
  externalId: queryText(),
  orgId: queryText(),
  status: customerStatuses,
  offset: pageOffset(),
  max: pageSize(MAX_PAGE_SIZE),
  onBehalfOfSubPartnerOrgId: queryText(),
});

export const GetCustomerQuery = z.object({
  onBehalfOfSubPartnerOrgId: queryText(),
  includePackageLicenseInfo: queryBoolean().default(false),
});

/** Query of every operation whose only parameter is onBehalfOfSubPartnerOrgId. */
export const OnBehalfQuery = z.object({ onBehalfOfSubPartnerOrgId: queryText() });

export const SUBSCRIBER_SORT_FIELDS = ['created', 'lastStatusChange'] as const;
export const SORT_ORDERS = ['ASC', 'DESC'] as const;

/**
 * `after` and `lastStatusChange` come back as epoch milliseconds. The spec gives no
 * default sort order; ascending keeps offset paging stable as new subscribers arrive.
 */
export const ListSubscribersQuery = z.object({
  max: pageSize(50),
  offset: pageOffset(),
  customerId: queryText(),
  personId: queryText(),
  externalCustomerId: queryText(),
  email: queryText(),
  status: queryEnum(KNOWN_SUBSCRIBER_STATUSES),
  after: queryInstant(),
  lastStatusChange: queryInstant(),
  sortBy: queryEnum(SUBSCRIBER_SORT_FIELDS).default('created'),
  sortOrder: z
    .preprocess((raw) => {
      const value: unknown = Array.isArray(raw) ? raw[0] : raw;
      return typeof value === 'string' ? value.trim().toUpperCase() : value;
    }, oneOf(SORT_ORDERS))
    .default('ASC'),
  onBehalfOfSubPartnerOrgId: queryText(),
});

export const ListSubPartnersQuery = z.object({
  provisioningState: queryEnum(SUB_PARTNER_STATES),
  offset: pageOffset(),
  max: pageSize(MAX_PAGE_SIZE),
});

export const REPORT_SORT_FIELDS = ['id', 'billingStartDate', 'billingEndDate', 'status'] as const;

const queryDate = () => z.preprocess((raw) => (Array.isArray(raw) ? raw[0] : raw), calendarDate()).optional();

/**
 * The spec has no `offset` here (paging is by Link header only); it is accepted because
 * the simulator's `rel="next"` URLs carry it and clients follow those URLs verbatim.
 */
export const ListBillingReportsQuery = z.object({
  billingStartDate: queryDate(),
  billingEndDate: queryDate(),
  type: queryEnum(REPORT_TYPES),
  status: queryEnum(REPORT_STATUSES),
  sortBy: queryEnum(REPORT_SORT_FIELDS).default('billingStartDate'),
  max: pageSize(MAX_PAGE_SIZE),
  offset: pageOffset(),
  subPartnerOrgId: queryText(),
});

// ===========================================================================
// Response schemas (tolerant)

/**
 * A string whose known values are listed for autocompletion and in the JSON schema
 * (`x-known-values`), while any other string still parses: a value added to the API
 * after this contract was written must render, not crash a page.
 */
export function knownString<const T extends readonly string[]>(values: T) {
  return z.string().meta({ 'x-known-values': [...values] }) as unknown as z.ZodType<T[number] | (string & {}), string>;
}

/** Error codes became integers in Dec 2023; older strings are still read as numbers. */
const errorCode = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.union([z.number(), z.string()]),
);

/** Spec schema `Error`: an asynchronous provisioning error or warning. */
export const ResourceError = z.looseObject({
  errorCode: errorCode.optional(),
  description: z.string().optional(),
});

/** Spec schema `ReportError`: billing uses `code` where provisioning uses `errorCode`. */
export const ReportError = z.looseObject({
  code: errorCode.optional(),
  description: z.string().optional(),
});

export const Address = z.looseObject({
  addressLine1: z.string().optional(),
  addressLine2: z.string().optional(),
  city: z.string().optional(),
  stateOrProvince: z.string().optional(),
  zipOrPostalCode: z.string().optional(),
  country: z.string().optional(),
});

/** Spec schema `Package`. `licenseIds` stays undefined unless includePackageLicenseInfo=true was asked. */
export const CustomerPackageDetail = z.looseObject({
  name: knownString(CUSTOMER_PACKAGES),
  status: knownString(PACKAGE_STATUSES).optional(),
  warnings: z.array(ResourceError).default([]),
  errors: z.array(ResourceError).default([]),
  licenseIds: z.array(z.string()).optional(),
});

export const ResourceDetails = z.looseObject({
  packages: z.array(CustomerPackageDetail).default([]),
});

export const Customer = z.looseObject({
  id: z.string(),
  orgId: z.string().optional(),
  externalId: z.string().optional(),
  address: Address.optional(),
  status: knownString(KNOWN_CUSTOMER_STATUSES).optional(),
  packages: z.array(knownString(CUSTOMER_PACKAGES)).default([]),
  resourceDetails: ResourceDetails.optional(),
  errors: z.array(ResourceError).default([]),
});

export const CustomerListResponse = z.looseObject({ items: z.array(Customer).default([]) });

/** Spec schema `ResourceURL`: where to GET the customer that a POST/PUT accepted. */
export const ResourceUrl = z.looseObject({ url: z.string() });

/** The customer ID at the end of a ResourceUrl (what Cisco's SDKs do). */
export function idFromResourceUrl(url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : undefined;
}

/** `package` keeps the spec's six known values on responses too; `packages` is the field to read. */
export const Subscriber = z.looseObject({
  id: z.string(),
  personId: z.string().optional(),
  email: z.string().optional(),
  customerId: z.string().optional(),
  externalCustomerId: z.string().optional(),
  package: knownString(SUBSCRIBER_PACKAGES_DEPRECATED_FIELD).optional(),
  packages: z.array(knownString(SUBSCRIBER_PACKAGES)).default([]),
  status: knownString(KNOWN_SUBSCRIBER_STATUSES).optional(),
  errors: z.array(ResourceError).default([]),
  created: z.string().optional(),
  lastStatusChange: z.string().optional(),
});

export const SubscriberListResponse = z.looseObject({ items: z.array(Subscriber).default([]) });

export const PrecheckInfo = z.looseObject({
  infoCode: errorCode.optional(),
  description: z.string().optional(),
});

/**
 * Quirk Q4: the spec types `info` as one object but its examples send an array. Both are
 * accepted and the parsed value is always an array.
 */
export const PrecheckResponse = z.looseObject({
  message: z.string().optional(),
  info: z
    .union([z.array(PrecheckInfo), PrecheckInfo])
    .optional()
    .transform((info) => (info === undefined ? [] : Array.isArray(info) ? info : [info])),
});
export const CustomerPrecheckResponse = PrecheckResponse;
export const SubscriberPrecheckResponse = PrecheckResponse;

export const SubPartner = z.looseObject({
  orgId: z.string(),
  subscriptionId: z.string().optional(),
  provisioningState: knownString(SUB_PARTNER_STATES).optional(),
  created: z.string().optional(),
  billingStartDate: z.string().optional(),
});

/** Quirk Q3: the schema's key is `items` but the spec example uses `subPartners`; both are read. */
export const SubPartnersListResponse = z.preprocess(
  (body) => {
    if (body && typeof body === 'object' && !('items' in body) && 'subPartners' in body) {
      const { subPartners, ...rest } = body;
      return { ...rest, items: subPartners };
    }
    return body;
  },
  z.looseObject({ items: z.array(SubPartner).default([]) }),
);

/** Quirk Q5: the `Report` example says `reportType` where the schema says `type`. */
function typeFromReportType(body: unknown): unknown {
  if (body && typeof body === 'object' && !('type' in body) && 'reportType' in body) {
    return { ...body, type: body.reportType };
  }
  return body;
}

const reportFields = {
  id: z.string(),
  billingStartDate: z.string().optional(),
  billingEndDate: z.string().optional(),
  type: knownString(REPORT_TYPES).optional(),
  category: knownString(REPORT_CATEGORIES).default('RECONCILIATION'),
};

/** What create returns. The spec example also carries `internal`, which the schema lacks. */
export const ReportId = z.looseObject({ ...reportFields, internal: z.boolean().optional() });

export const ListReport = z.preprocess(
  typeFromReportType,
  z.looseObject({
    ...reportFields,
    status: knownString(REPORT_STATUSES).optional(),
    created: z.string().optional(),
    createdBy: z.string().optional(),
    tempDownloadURL: z.string().optional(),
  }),
);

export const Report = z.preprocess(
  typeFromReportType,
  z.looseObject({
    ...reportFields,
    status: knownString(REPORT_STATUSES).optional(),
    created: z.string().optional(),
    createdBy: z.string().optional(),
    tempDownloadURL: z.string().optional(),
    errors: z.array(ReportError).default([]),
  }),
);

export const BillingReportsListResponse = z.looseObject({ items: z.array(ListReport).default([]) });

// ===========================================================================
// Billing report CSV columns

/**
 * Columns of the report CSV per type and category, from the product brief's table (Cisco's
 * real header names are not public). One fixed order for all: who (partner, then
 * customer, then user), what (service), when (period or snapshot date), how much, then the
 * location and licence detail. It puts QUANTITY in the 11th column of a CUSTOMER
 * reconciliation report, where a third-party script was seen reading it (notes §4.3).
 * Point-In-Time exists for CUSTOMER and USER only.
 */
const COLUMN_ORDER = [
  'PARTNER_NAME',
  'PARTNER_ORG_ID',
  'SUBSCRIPTION_ID',
  'CUSTOMER_ORG_ID',
  'CUSTOMER_EXTERNAL_ID',
  'SUBSCRIBER_ID',
  'USER_ID',
  'WORKSPACE_ID',
  'SERVICE_NAME',
  'SKU',
  'DESCRIPTION',
  'CONSUMPTION_START_DATE',
  'CONSUMPTION_END_DATE',
  'REPORT_DATE',
  'QUANTITY',
  'LOCATION_ID',
  'LICENSE_ID',
] as const;
export type BillingReportColumn = (typeof COLUMN_ORDER)[number];

const COLUMNS_BY_TYPE: Readonly<Record<ReportType, readonly BillingReportColumn[]>> = {
  PARTNER: ['PARTNER_NAME', 'PARTNER_ORG_ID', 'SUBSCRIPTION_ID', 'SERVICE_NAME', 'SKU', 'DESCRIPTION', 'QUANTITY'],
  CUSTOMER: [
    'PARTNER_NAME',
    'PARTNER_ORG_ID',
    'SUBSCRIPTION_ID',
    'CUSTOMER_ORG_ID',
    'CUSTOMER_EXTERNAL_ID',
    'SERVICE_NAME',
    'SKU',
    'DESCRIPTION',
    'QUANTITY',
    'LOCATION_ID',
    'LICENSE_ID',
  ],
  USER: COLUMN_ORDER.filter(
    (c) => c !== 'CONSUMPTION_START_DATE' && c !== 'CONSUMPTION_END_DATE' && c !== 'REPORT_DATE',
  ),
};

const COLUMNS_BY_CATEGORY: Readonly<Record<ReportCategory, readonly BillingReportColumn[]>> = {
  RECONCILIATION: ['CONSUMPTION_START_DATE', 'CONSUMPTION_END_DATE'],
  POINT_IN_TIME: ['REPORT_DATE'],
};

function columnsFor(type: ReportType, category: ReportCategory): readonly BillingReportColumn[] {
  const wanted = new Set([...COLUMNS_BY_TYPE[type], ...COLUMNS_BY_CATEGORY[category]]);
  return COLUMN_ORDER.filter((c) => wanted.has(c));
}

export const BILLING_REPORT_COLUMNS = {
  PARTNER: { RECONCILIATION: columnsFor('PARTNER', 'RECONCILIATION') },
  CUSTOMER: {
    RECONCILIATION: columnsFor('CUSTOMER', 'RECONCILIATION'),
    POINT_IN_TIME: columnsFor('CUSTOMER', 'POINT_IN_TIME'),
  },
  USER: {
    RECONCILIATION: columnsFor('USER', 'RECONCILIATION'),
    POINT_IN_TIME: columnsFor('USER', 'POINT_IN_TIME'),
  },
} as const satisfies Record<ReportType, Partial<Record<ReportCategory, readonly BillingReportColumn[]>>>;

/** Undefined for a combination that has no report (PARTNER + POINT_IN_TIME). */
export function billingReportColumns(type: string, category: string): readonly BillingReportColumn[] | undefined {
  const byCategory: Partial<Record<string, readonly BillingReportColumn[]>> | undefined =
    BILLING_REPORT_COLUMNS[type as ReportType];
  return byCategory?.[category];
}

// ===========================================================================
// Types. Plain names are the parsed (output) shapes; `...Input` is what a client sends.

export type AddressInput = z.infer<typeof AddressInput>;
export type CallingLocation = z.infer<typeof CallingLocation>;
export type PackageLimits = z.infer<typeof PackageLimits>;
export type ProvisioningParameters = z.infer<typeof ProvisioningParameters>;
export type CustomerInfo = z.infer<typeof CustomerInfo>;
export type ProvisionCustomerRequest = z.infer<typeof ProvisionCustomerRequest>;
export type ProvisionCustomerRequestInput = z.input<typeof ProvisionCustomerRequest>;
export type UpdateCustomerRequest = z.infer<typeof UpdateCustomerRequest>;
export type UpdateCustomerRequestInput = z.input<typeof UpdateCustomerRequest>;
export type CustomerPrecheckRequest = z.infer<typeof CustomerPrecheckRequest>;
export type CustomerPrecheckRequestInput = z.input<typeof CustomerPrecheckRequest>;
export type SubscriberProvisioningParameters = z.infer<typeof SubscriberProvisioningParameters>;
export type ProvisionSubscriberRequest = z.infer<typeof ProvisionSubscriberRequest>;
export type ProvisionSubscriberRequestInput = z.input<typeof ProvisionSubscriberRequest>;
export type UpdateSubscriberRequest = z.infer<typeof UpdateSubscriberRequest>;
export type UpdateSubscriberRequestInput = z.input<typeof UpdateSubscriberRequest>;
export type SubscriberPrecheckRequest = z.infer<typeof SubscriberPrecheckRequest>;
export type SubscriberPrecheckRequestInput = z.input<typeof SubscriberPrecheckRequest>;
export type CreateBillingReportRequest = z.infer<typeof CreateBillingReportRequest>;
export type CreateBillingReportRequestInput = z.input<typeof CreateBillingReportRequest>;

export type ListCustomersQuery = z.infer<typeof ListCustomersQuery>;
export type GetCustomerQuery = z.infer<typeof GetCustomerQuery>;
export type OnBehalfQuery = z.infer<typeof OnBehalfQuery>;
export type ListSubscribersQuery = z.infer<typeof ListSubscribersQuery>;
export type ListSubPartnersQuery = z.infer<typeof ListSubPartnersQuery>;
export type ListBillingReportsQuery = z.infer<typeof ListBillingReportsQuery>;

export type ResourceError = z.infer<typeof ResourceError>;
export type ReportError = z.infer<typeof ReportError>;
export type Address = z.infer<typeof Address>;
export type CustomerPackageDetail = z.infer<typeof CustomerPackageDetail>;
export type ResourceDetails = z.infer<typeof ResourceDetails>;
export type Customer = z.infer<typeof Customer>;
export type CustomerListResponse = z.infer<typeof CustomerListResponse>;
export type ResourceUrl = z.infer<typeof ResourceUrl>;
export type Subscriber = z.infer<typeof Subscriber>;
export type SubscriberListResponse = z.infer<typeof SubscriberListResponse>;
export type PrecheckInfo = z.infer<typeof PrecheckInfo>;
export type PrecheckResponse = z.infer<typeof PrecheckResponse>;
export type SubPartner = z.infer<typeof SubPartner>;
export type SubPartnersListResponse = z.infer<typeof SubPartnersListResponse>;
export type ReportId = z.infer<typeof ReportId>;
export type ListReport = z.infer<typeof ListReport>;
export type Report = z.infer<typeof Report>;
export type BillingReportsListResponse = z.infer<typeof BillingReportsListResponse>;
