/**
 * Wire format of the Partner Hub-only namespace (`/hub/v1`): onboarding templates, the
 * "Restricted by partner" setting and customer locations. None of this has a public Webex
 * API (wholesale-api-notes §9), so the simulator defines it; the SPA parses every answer
 * through the response schemas here and the simulator validates every request with the
 * request schemas. Same conventions as wholesale.ts: requests strict with a message per
 * rule (unknown keys stripped), responses tolerant.
 */
import { z } from 'zod';
import { currencyMinorDigits, isCurrencyCode } from './currencies';
import { CUSTOMER_PACKAGES, needsCallingLocation } from './packages';
import { COUNTRIES, findCountry, isSupportedTimezone, normalizeLanguage, suggestTimezone } from './reference-data';
import { CallingLocation, knownString } from './wholesale';
import type { HubErrorCodeName } from './hub-error-codes';
import { addIssue, describeValue, oneOf, optionalText, requiredText, string, typeError } from './validation';

export const TEMPLATE_NAME_MAX = 80;
const IDP_MAX = 1024;
const PSTN_PROVIDER_MAX = 100;

export const TEMPLATE_OFFER_TYPES = ['webex_for_wholesale'] as const;
export const AUTHENTICATION_MODES = ['webex', 'partner_sso_saml', 'partner_sso_oidc'] as const;
export type AuthenticationMode = (typeof AUTHENTICATION_MODES)[number];

const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: typeError('an object') });

/** Hub rules raise issues carrying a hub code; the simulator looks it up in HUB_ERROR_CODES. */
function addHubIssue(ctx: z.RefinementCtx, errorCode: HubErrorCodeName, message: string, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message, params: { hubErrorCode: errorCode }, ...(path ? { path } : {}) });
}

const countryCode = string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    if (!findCountry(value)) {
      addIssue(
        ctx,
        'INVALID_COUNTRY',
        `must be a 2-letter ISO 3166-1 code of a country where Webex Wholesale is offered (got ${describeValue(value)}); one of: ${COUNTRIES.map((c) => c.code).join(', ')}`,
      );
    }
  });

const timezone = string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isSupportedTimezone(value)) {
      const suggestion = suggestTimezone(value);
      addIssue(
        ctx,
        'UNSUPPORTED_TIMEZONE',
        `${describeValue(value)} is not a supported time zone; ${suggestion ? `did you mean ${suggestion}?` : 'use an IANA name such as America/Los_Angeles'}`,
      );
    }
  });

const language = string()
  .trim()
  .superRefine((value, ctx) => {
    const checked = normalizeLanguage(value);
    if (!checked.ok) addIssue(ctx, 'UNSUPPORTED_LANGUAGE', checked.reason);
  });

// ===========================================================================
// Onboarding templates: requests

export const TemplateAuthentication = object({
  mode: oneOf(AUTHENTICATION_MODES),
  idpEntityId: optionalText(IDP_MAX),
  idpName: optionalText(IDP_MAX),
})
  .superRefine((auth, ctx) => {
    if (auth.mode === 'partner_sso_saml' && !auth.idpEntityId) {
      addHubIssue(
        ctx,
        'IDP_REQUIRED',
        'is required for partner_sso_saml: the entity ID from your IdP’s SAML metadata',
        ['idpEntityId'],
      );
    }
    if (auth.mode === 'partner_sso_oidc' && !auth.idpName) {
      addHubIssue(ctx, 'IDP_REQUIRED', 'is required for partner_sso_oidc: the IdP name registered for the partner', [
        'idpName',
      ]);
    }
  })
  // Only the field of the chosen mode is kept, so switching modes leaves nothing stale.
  .transform((auth) =>
    auth.mode === 'partner_sso_saml'
      ? { mode: auth.mode, idpEntityId: auth.idpEntityId ?? '' }
      : auth.mode === 'partner_sso_oidc'
        ? { mode: auth.mode, idpName: auth.idpName ?? '' }
        : { mode: auth.mode },
  );

export const TemplateCommonSettings = object({
  /** Must be on to attach wholesale services to an existing Webex org (help article hbzl7eb). */
  allowAdminInviteEmailsOnAttach: z.boolean({ error: typeError('true or false') }).default(true),
});

/**
 * Cisco does not publish the template's call-settings fields (notes §9.1), so they are
 * kept as named scalar values rather than invented as a fixed list.
 */
export const TemplateCallSettings = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], { error: typeError('a string, number or true/false') }),
  { error: typeError('an object of setting names to values') },
);

/**
 * Create and full replace (PUT) share this body. `offeredPackages` says which packages
 * customers created with the template may have; the PSTN provider is required unless
 * they are all non-calling (product brief: optional when only meetings are offered).
 */
export const TemplateRequest = object({
  name: requiredText(TEMPLATE_NAME_MAX),
  offerType: oneOf(TEMPLATE_OFFER_TYPES).default('webex_for_wholesale'),
  country: countryCode,
  language,
  timezone,
  subscriptionId: requiredText(IDP_MAX),
  authentication: TemplateAuthentication,
  offeredPackages: z
    .array(oneOf(CUSTOMER_PACKAGES), { error: typeError('an array of package names') })
    .superRefine((list, ctx) => {
      if (list.length === 0)
        addIssue(ctx, 'NO_PACKAGES', `must list at least one package; one of: ${CUSTOMER_PACKAGES.join(', ')}`);
      if (new Set(list).size !== list.length) addIssue(ctx, 'DUPLICATE_PACKAGE', 'lists a package more than once');
    }),
  pstnProvider: optionalText(PSTN_PROVIDER_MAX).nullable(),
  commonSettings: TemplateCommonSettings.default({ allowAdminInviteEmailsOnAttach: true }),
  callSettings: TemplateCallSettings.default({}),
})
  .superRefine((t, ctx) => {
    if (!t.pstnProvider && needsCallingLocation(t.offeredPackages)) {
      addHubIssue(ctx, 'PSTN_PROVIDER_REQUIRED', 'is required because the template offers calling packages', [
        'pstnProvider',
      ]);
    }
  })
  .transform((t) => {
    const checked = normalizeLanguage(t.language, t.country);
    return { ...t, language: checked.ok ? checked.value : t.language, pstnProvider: t.pstnProvider || null };
  });

export const CloneTemplateRequest = object({ name: requiredText(TEMPLATE_NAME_MAX) });

/**
 * What the simulator stores per template. `offeredPackages` absent means every package
 * (templates created before the field existed, such as a tenant's seeded default).
 */
export const TemplateData = z.object({
  offerType: z.string(),
  country: z.string(),
  language: z.string(),
  timezone: z.string(),
  subscriptionId: z.string(),
  authentication: z.looseObject({
    mode: z.string(),
    idpEntityId: z.string().optional(),
    idpName: z.string().optional(),
  }),
  offeredPackages: z.array(z.string()).optional(),
  pstnProvider: z.string().nullable().default(null),
  commonSettings: z.looseObject({ allowAdminInviteEmailsOnAttach: z.boolean().default(true) }),
  callSettings: z.record(z.string(), z.unknown()).default({}),
});

// ===========================================================================
// Customer settings and locations: requests

export const CustomerSettingsRequest = object({
  restrictedByPartner: z.boolean({ error: typeError('true or false') }),
});

/** Same fields and rules as provisioningParameters.calling.location. */
export const LocationRequest = CallingLocation;

// ===========================================================================
// Price book: request

export const PRICE_BOOK_MAX_SKUS = 200;
/** Tax rates take up to 4 decimals (8.875 % is New York City's sales tax). */
export const TAX_RATE_DIGITS = 4;

const SKU_PATTERN = /^[A-Z0-9][A-Z0-9_]{0,63}$/;
const decimalPattern = (digits: number) => new RegExp(`^\\d{1,12}${digits > 0 ? `(\\.\\d{1,${digits}})?` : ''}$`);

/**
 * A partner's price book: per SKU (as billing reports name them) the unit price per month
 * Cisco charges (transfer) and the partner charges (resale), as decimal strings in the
 * currency's minor unit ("12.50" USD, "1250" JPY) so no float ever touches money; the
 * tax rate in percent on resale. PUT replaces the whole book.
 */
export const PriceBookRequest = object({
  currency: string()
    .trim()
    .toUpperCase()
    .superRefine((value, ctx) => {
      if (!isCurrencyCode(value))
        addIssue(
          ctx,
          'INVALID_VALUE',
          `must be a 3-letter ISO 4217 currency code such as USD or EUR (got ${describeValue(value)})`,
        );
    }),
  taxRatePercent: string()
    .trim()
    .superRefine((value, ctx) => {
      if (!decimalPattern(TAX_RATE_DIGITS).test(value) || Number(value) > 100)
        addIssue(
          ctx,
          'INVALID_VALUE',
          `must be a percentage from 0 to 100 written as a decimal string with at most ${TAX_RATE_DIGITS} decimals, such as "8.875" (got ${describeValue(value)})`,
        );
    }),
  prices: z.record(string(), object({ transferPrice: string().trim(), resalePrice: string().trim() }), {
    error: typeError('an object keyed by SKU'),
  }),
}).superRefine((book, ctx) => {
  const skus = Object.keys(book.prices);
  if (skus.length > PRICE_BOOK_MAX_SKUS)
    addIssue(ctx, 'INVALID_PARAMETER_SIZE', `must price at most ${PRICE_BOOK_MAX_SKUS} SKUs (got ${skus.length})`, [
      'prices',
    ]);
  const digits = currencyMinorDigits(book.currency);
  const pattern = decimalPattern(digits);
  for (const sku of skus) {
    if (!SKU_PATTERN.test(sku)) {
      addIssue(
        ctx,
        'INVALID_VALUE',
        `has the key ${describeValue(sku)}, which is not a SKU: use the SKU column of a billing report (capital letters, digits and _, such as WEBEX_CALLING)`,
        ['prices', sku],
      );
      continue;
    }
    for (const field of ['transferPrice', 'resalePrice'] as const) {
      const value = book.prices[sku]?.[field] ?? '';
      if (!pattern.test(value))
        addIssue(
          ctx,
          'INVALID_VALUE',
          `must be a price of 0 or more written as a decimal string with at most ${digits} decimals for ${book.currency || 'the currency'}, such as "${digits > 0 ? `12.${'5'.padEnd(digits, '0')}` : '1250'}" (got ${describeValue(value)})`,
          ['prices', sku, field],
        );
    }
  }
});

// ===========================================================================
// Responses (tolerant)

export const HubTemplate = z.looseObject({
  id: z.string(),
  orgId: z.string().optional(),
  name: z.string(),
  provisioningId: z.string(),
  offerType: knownString(TEMPLATE_OFFER_TYPES).optional(),
  country: z.string().optional(),
  language: z.string().optional(),
  timezone: z.string().optional(),
  subscriptionId: z.string().optional(),
  authentication: z
    .looseObject({
      mode: knownString(AUTHENTICATION_MODES),
      idpEntityId: z.string().optional(),
      idpName: z.string().optional(),
    })
    .optional(),
  /** Absent: the template does not restrict packages. */
  offeredPackages: z.array(knownString(CUSTOMER_PACKAGES)).optional(),
  pstnProvider: z.string().nullable().optional(),
  commonSettings: z.looseObject({ allowAdminInviteEmailsOnAttach: z.boolean().optional() }).optional(),
  callSettings: z.record(z.string(), z.unknown()).optional(),
  customerCount: z.number().optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
  createdBy: z.string().nullable().optional(),
});

export const HubTemplateListResponse = z.looseObject({ items: z.array(HubTemplate).default([]) });

export const SettingsChange = z.looseObject({
  restrictedByPartner: z.boolean(),
  /** Null when the simulator changed it (attaching to an existing org turns it off). */
  changedBy: z.looseObject({ name: z.string().optional(), email: z.string().optional() }).nullable().optional(),
  changedAt: z.string().optional(),
  reason: z.string().optional(),
});

/** `history` is newest first; `changedBy`/`changedAt` repeat its first entry (null if never changed). */
export const CustomerSettings = z.looseObject({
  customerId: z.string().optional(),
  restrictedByPartner: z.boolean(),
  changedBy: z.looseObject({ name: z.string().optional(), email: z.string().optional() }).nullable().optional(),
  changedAt: z.string().nullable().optional(),
  history: z.array(SettingsChange).default([]),
});

export const HubLocation = z.looseObject({
  id: z.string(),
  customerId: z.string().optional(),
  name: z.string(),
  address: z
    .looseObject({
      addressLine1: z.string().optional(),
      addressLine2: z.string().optional(),
      city: z.string().optional(),
      stateOrProvince: z.string().optional(),
      zipOrPostalCode: z.string().optional(),
      country: z.string().optional(),
    })
    .optional(),
  timezone: z.string().optional(),
  language: z.string().optional(),
  emergencyLocationIdentifier: z.string().optional(),
  isHeadquarters: z.boolean().optional(),
  created: z.string().optional(),
});

/**
 * What Partner Hub shows about a customer beyond the public Customer object (which has no
 * name): the company name, first admin, language, template and the hub-only flags.
 */
export const HubCustomer = z.looseObject({
  id: z.string(),
  name: z.string().nullable().optional(),
  primaryEmail: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  templateId: z.string().nullable().optional(),
  restrictedByPartner: z.boolean().optional(),
  /** Wholesale was attached to an existing Webex org (orgId on provision). */
  attached: z.boolean().optional(),
  status: z.string().optional(),
  created: z.string().optional(),
  updated: z.string().optional(),
});

export const HubLocationListResponse = z.looseObject({ items: z.array(HubLocation).default([]) });

/** A price book as stored; `updatedAt` null when the org never saved one (the book is then empty). */
export const HubPriceBook = z.looseObject({
  currency: z.string(),
  taxRatePercent: z.string(),
  prices: z.record(z.string(), z.looseObject({ transferPrice: z.string(), resalePrice: z.string() })).default({}),
  updatedAt: z.string().nullable().default(null),
  updatedBy: z.string().nullable().default(null),
});

export type TemplateRequest = z.infer<typeof TemplateRequest>;
export type TemplateRequestInput = z.input<typeof TemplateRequest>;
export type CloneTemplateRequest = z.infer<typeof CloneTemplateRequest>;
export type TemplateData = z.infer<typeof TemplateData>;
export type CustomerSettingsRequest = z.infer<typeof CustomerSettingsRequest>;
export type LocationRequest = z.infer<typeof LocationRequest>;
export type LocationRequestInput = z.input<typeof LocationRequest>;
export type HubTemplate = z.infer<typeof HubTemplate>;
export type HubTemplateListResponse = z.infer<typeof HubTemplateListResponse>;
export type SettingsChange = z.infer<typeof SettingsChange>;
export type CustomerSettings = z.infer<typeof CustomerSettings>;
export type HubLocation = z.infer<typeof HubLocation>;
export type HubCustomer = z.infer<typeof HubCustomer>;
export type HubLocationListResponse = z.infer<typeof HubLocationListResponse>;
export type PriceBookRequest = z.infer<typeof PriceBookRequest>;
export type HubPriceBook = z.infer<typeof HubPriceBook>;
