/**
 * The customer creation wizard's form: its values, one zod schema per step (each checks
 * its own fields against the whole values) and the step list. The form's field names are
 * the request body's paths wherever the two coincide (`customerInfo.name`,
 * `address.city`, `packages`), so a server error naming a field lands on it unchanged;
 * CUSTOMER_FIELD_MAP translates the rest (see customer-request.ts).
 */
import { z } from 'zod';
import {
  LIMITABLE_PACKAGES,
  MEETINGS_PACKAGES,
  missingDependencies,
  needsCallingLocation,
  packageLabel,
  type LimitablePackage,
} from '@contract/packages';
import { findCountry, isSupportedLanguage, isSupportedTimezone, normalizeSubdivision } from '@contract/reference-data';
import { ADDRESS_LINE_MAX } from '@contract/wholesale';
import type { WizardStepDef } from '@/shared/wizard/wizard-steps';

export const CUSTOMER_NAME_MAX = 255;
export const EXTERNAL_ID_MAX = 255;
export const CITY_MAX = 100;
export const POSTAL_CODE_MAX = 20;
export const LOCATION_NAME_MAX = 80;
export const EMERGENCY_ID_MAX = 50;

export type CreateMode = 'new' | 'attach';

export interface CustomerForm {
  mode: CreateMode;
  /** The existing Webex organisation (attach mode only). */
  orgId: string;
  customerInfo: { name: string; primaryEmail: string; language: string };
  externalId: string;
  provisioningId: string;
  packages: string[];
  /**
   * Never edited: the packages step reports its rules (at least one, add-on prerequisites)
   * here, under the options, so an error line never appears above them and moves the
   * option being clicked (a live re-validation runs on the blur of the previous one).
   */
  packageRules: string;
  /** Per-package maximum quantity, as typed ('' = no limit). */
  limits: Record<LimitablePackage, string>;
  address: {
    addressLine1: string;
    addressLine2: string;
    city: string;
    stateOrProvince: string;
    zipOrPostalCode: string;
    country: string;
  };
  /** The first calling location (calling packages only); its address is the headquarters address. */
  location: { name: string; timezone: string; language: string; emergencyLocationIdentifier: string };
  /** Meetings packages only; '' leaves the template's. */
  meetingsTimezone: string;
  verifiedLocation: boolean;
}

/** Bump when CustomerForm changes shape: drafts of the old shape are dropped. */
export const CUSTOMER_FORM_VERSION = 1;

export function emptyCustomerForm(): CustomerForm {
  return {
    mode: 'new',
    orgId: '',
    customerInfo: { name: '', primaryEmail: '', language: '' },
    externalId: '',
    provisioningId: '',
    packages: [],
    packageRules: '',
    limits: Object.fromEntries(LIMITABLE_PACKAGES.map((p) => [p, ''])) as Record<LimitablePackage, string>,
    address: { addressLine1: '', addressLine2: '', city: '', stateOrProvince: '', zipOrPostalCode: '', country: '' },
    location: { name: 'Headquarters', timezone: '', language: '', emergencyLocationIdentifier: '' },
    meetingsTimezone: '',
    verifiedLocation: false,
  };
}

// A pragmatic check: the server has the last word, this catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, `Use at most ${max} characters.`);
const optionalText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

const CustomerStep = z
  .object({
    mode: z.enum(['new', 'attach'], { error: 'Choose whether to create a new organisation or attach one.' }),
    orgId: z.string().trim(),
    customerInfo: z.object({
      name: z.string().trim(),
      primaryEmail: z.string().trim(),
      language: z.string(),
    }),
    externalId: text(EXTERNAL_ID_MAX, 'Enter the external ID: your own key for this customer.'),
    provisioningId: z.string().trim().min(1, 'Choose the onboarding template.'),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (values.mode === 'attach') {
      if (!values.orgId) issue(['orgId'], 'Enter the Webex organisation ID of the existing organisation.');
      else if (/\s/.test(values.orgId)) issue(['orgId'], 'An organisation ID has no spaces.');
    }
    // On attach the organisation keeps its name and its admins: company name and admin are not sent.
    if (values.mode === 'new') {
      const { name, primaryEmail } = values.customerInfo;
      if (!name) issue(['customerInfo', 'name'], 'Enter the company name.');
      else if (name.length > CUSTOMER_NAME_MAX)
        issue(['customerInfo', 'name'], `Use at most ${CUSTOMER_NAME_MAX} characters.`);
      else if (name.includes('%')) issue(['customerInfo', 'name'], 'Remove the % character: Webex does not allow it.');
      if (!primaryEmail) issue(['customerInfo', 'primaryEmail'], 'Enter the administrator’s e-mail address.');
      else if (!EMAIL.test(primaryEmail))
        issue(['customerInfo', 'primaryEmail'], 'Enter an e-mail address such as name@example.com.');
    }
    const language = values.customerInfo.language;
    if (language && !isSupportedLanguage(language))
      issue(['customerInfo', 'language'], 'Choose a language from the list, or leave the template’s.');
  });

const limitText = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,7}$/.test(v), 'Enter a whole number of 0 or more, or leave it empty.');

const PackagesStep = z
  .object({
    packages: z.array(z.string()),
    limits: z.object(
      Object.fromEntries(LIMITABLE_PACKAGES.map((p) => [p, limitText])) as Record<LimitablePackage, typeof limitText>,
    ),
  })
  .superRefine((values, ctx) => {
    if (values.packages.length === 0)
      ctx.addIssue({ code: 'custom', path: ['packageRules'], message: 'Choose at least one package.' });
    const missing = missingDependencies(values.packages);
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['packageRules'],
        message: missing
          .map((m) => `${packageLabel(m.package)} needs one of: ${m.needsOneOf.map(packageLabel).join(', ')}.`)
          .join(' '),
      });
  });

const LocationStep = z
  .object({
    packages: z.array(z.string()),
    address: z.object({
      addressLine1: text(ADDRESS_LINE_MAX, 'Enter the street address.'),
      addressLine2: optionalText(ADDRESS_LINE_MAX),
      city: text(CITY_MAX, 'Enter the city.'),
      stateOrProvince: z.string().trim(),
      zipOrPostalCode: optionalText(POSTAL_CODE_MAX),
      country: z.string().refine((c) => !!findCountry(c), 'Choose the country.'),
    }),
    location: z.object({
      name: z.string().trim(),
      timezone: z.string(),
      language: z.string(),
      emergencyLocationIdentifier: optionalText(EMERGENCY_ID_MAX),
    }),
    meetingsTimezone: z.string(),
    verifiedLocation: z.literal(true, {
      error: 'Confirm that this customer is in a Cisco Webex supported location.',
    }),
  })
  .superRefine((values, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const country = findCountry(values.address.country);
    if (country) {
      const state = values.address.stateOrProvince;
      if (!state && country.requiresState) issue(['address', 'stateOrProvince'], `Required in ${country.name}.`);
      if (state) {
        const checked = normalizeSubdivision(country.code, state);
        if (!checked.ok) issue(['address', 'stateOrProvince'], `${checked.reason}.`);
      }
      if (!values.address.zipOrPostalCode && country.requiresPostalCode)
        issue(['address', 'zipOrPostalCode'], `Required in ${country.name}.`);
    }
    if (needsCallingLocation(values.packages)) {
      if (!values.location.name) issue(['location', 'name'], 'Name the calling location.');
      else if (values.location.name.length > LOCATION_NAME_MAX)
        issue(['location', 'name'], `Use at most ${LOCATION_NAME_MAX} characters.`);
      if (!isSupportedTimezone(values.location.timezone))
        issue(['location', 'timezone'], 'Choose the time zone of the calling location.');
      if (!isSupportedLanguage(values.location.language))
        issue(['location', 'language'], 'Choose the language of announcements and e-mails.');
    }
    if (values.meetingsTimezone && !isSupportedTimezone(values.meetingsTimezone))
      issue(['meetingsTimezone'], 'Choose a time zone from the list.');
  });

export const CUSTOMER_STEPS: readonly WizardStepDef[] = [
  {
    id: 'customer',
    title: 'Customer information',
    description: 'Who the customer is and which onboarding template it starts from.',
    schema: CustomerStep,
    fields: [
      'mode',
      'orgId',
      'customerInfo.name',
      'customerInfo.primaryEmail',
      'externalId',
      'provisioningId',
      'customerInfo.language',
    ],
  },
  {
    id: 'packages',
    title: 'Packages',
    description: 'What this customer may assign to its users and workspaces.',
    schema: PackagesStep,
    fields: ['packages', 'packageRules', ...LIMITABLE_PACKAGES.map((p) => `limits.${p}`)],
  },
  {
    id: 'location',
    title: 'Headquarters location',
    description: 'The billing address, and the first calling location when calling is included.',
    schema: LocationStep,
    fields: [
      'address.addressLine1',
      'address.addressLine2',
      'address.city',
      'address.stateOrProvince',
      'address.zipOrPostalCode',
      'address.country',
      'location.name',
      'location.timezone',
      'location.language',
      'location.emergencyLocationIdentifier',
      'meetingsTimezone',
      'verifiedLocation',
    ],
  },
];

export function includesMeetings(packages: readonly string[]): boolean {
  return packages.some((p) => (MEETINGS_PACKAGES as readonly string[]).includes(p));
}
