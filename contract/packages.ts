/**
 * Wholesale packages, their rules, and the status vocabularies of the API.
 *
 * Values come from the official OpenAPI document (WholesalePackagesCustomer,
 * WholesalePackagesSubscriber and the response enums); the rules come from the
 * spec descriptions and the Wholesale help articles (wholesale-api-notes §3).
 * The contract tests compare these tuples with the spec, so a spec update that
 * adds a value fails a test instead of silently drifting.
 */

// The name and status lists live in package-names.ts: routes validate URLs with them in the
// entry chunk, and a module is split whole, so everything below would ride along.
export {
  CUSTOMER_PACKAGES,
  KNOWN_CUSTOMER_STATUSES,
  KNOWN_SUBSCRIBER_STATUSES,
  SUBSCRIBER_PACKAGES,
  type CustomerPackage,
  type CustomerStatus,
  type SubscriberPackage,
  type SubscriberStatus,
} from './package-names';
import {
  CUSTOMER_PACKAGES,
  SUBSCRIBER_PACKAGES,
  type CustomerPackage,
  type CustomerStatus,
  type SubscriberPackage,
} from './package-names';

/**
 * The deprecated single `package` field of POST /wholesale/subscribers and its precheck
 * only offers these six (quirk Q8); PUT and every `packages` array take all nine.
 */
export const SUBSCRIBER_PACKAGES_DEPRECATED_FIELD = [
  'webex_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
] as const satisfies readonly SubscriberPackage[];
export type SubscriberPackageDeprecatedField = (typeof SUBSCRIBER_PACKAGES_DEPRECATED_FIELD)[number];

/**
 * Customer packages that need `provisioningParameters.calling.location`. The spec never
 * lists them; the `cisco_calling_plan` dependency list is the only authoritative set of
 * "calling packages" it gives, so both rules share it. Whether the cx_* contact-centre
 * and AI packages need a location is undocumented; they are left out so the simulator
 * does not refuse a request the real API might accept.
 */
export const CALLING_PACKAGES_CUSTOMER = [
  'common_area_calling',
  'webex_calling',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
] as const satisfies readonly CustomerPackage[];

/** The spec contrasts `webex_meetings` with "any calling-enabled package" (notes §3.3). */
export const CALLING_PACKAGES_SUBSCRIBER = SUBSCRIBER_PACKAGES.filter(
  (p): p is Exclude<SubscriberPackage, 'webex_meetings'> => p !== 'webex_meetings',
);

/** Packages for which `provisioningParameters.meetings.timezone` matters. */
export const MEETINGS_PACKAGES = ['webex_meetings', 'webex_suite'] as const satisfies readonly CustomerPackage[];

export const PACKAGE_DEPENDENCIES: Readonly<Partial<Record<CustomerPackage, readonly CustomerPackage[]>>> = {
  cisco_calling_plan: CALLING_PACKAGES_CUSTOMER,
  attendant_console: ['webex_calling', 'webex_suite', 'cx_essentials'],
};

/** The keys the spec declares under provisioningParameters.packages.limits. */
export const LIMITABLE_PACKAGES = [
  'webex_calling',
  'common_area_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
  'attendant_console',
] as const satisfies readonly CustomerPackage[];
export type LimitablePackage = (typeof LIMITABLE_PACKAGES)[number];

/** Billable add-ons; everything else is a base package (help article ny0fr7x). */
export const ADD_ON_PACKAGES = [
  'attendant_console',
  'cisco_calling_plan',
] as const satisfies readonly CustomerPackage[];

export interface PackageInfo {
  label: string;
  description: string;
  /**
   * The value billing reports carry in both SERVICE_NAME and SKU for this package. Cisco's
   * real CSV header values are not public; the simulator uses the package name in upper
   * snake case, which matches the examples in the product brief.
   */
  billingSku: string;
}

export const PACKAGE_INFO: Readonly<Record<CustomerPackage, PackageInfo>> = {
  common_area_calling: {
    label: 'Common Area Calling',
    description: 'Calling for shared spaces such as lobbies and door phones, assigned to workspaces.',
    billingSku: 'COMMON_AREA_CALLING',
  },
  webex_calling: {
    label: 'Webex Calling',
    description: 'Cloud calling with a phone number and extension ("Calling Professional").',
    billingSku: 'WEBEX_CALLING',
  },
  webex_meetings: {
    label: 'Webex Meetings',
    description: 'Meetings and messaging without a phone number.',
    billingSku: 'WEBEX_MEETINGS',
  },
  webex_suite: {
    label: 'Webex Suite',
    description: 'Calling plus full meetings for up to 1000 participants.',
    billingSku: 'WEBEX_SUITE',
  },
  webex_voice: {
    label: 'Webex Voice',
    description: 'Enhanced calling, voice only.',
    billingSku: 'WEBEX_VOICE',
  },
  cx_essentials: {
    label: 'Customer Assist',
    description: 'Calling with contact-centre basics (formerly Customer Experience Essentials).',
    billingSku: 'CX_ESSENTIALS',
  },
  webex_calling_standard: {
    label: 'Webex Calling Standard',
    description: 'Basic calling on one device: a desk phone or a soft client, not both.',
    billingSku: 'WEBEX_CALLING_STANDARD',
  },
  cisco_calling_plan: {
    label: 'Cisco Calling Plan',
    description: 'Add-on PSTN calling plan from Cisco; needs a calling package.',
    billingSku: 'CISCO_CALLING_PLAN',
  },
  attendant_console: {
    label: 'Attendant Console',
    description: 'Add-on receptionist console; needs Webex Calling, Webex Suite or Customer Assist.',
    billingSku: 'ATTENDANT_CONSOLE',
  },
  cx_premium_agent: {
    label: 'Contact Center Premium Agent',
    description: 'Webex Contact Center agent with premium features.',
    billingSku: 'CX_PREMIUM_AGENT',
  },
  cx_standard_agent: {
    label: 'Contact Center Standard Agent',
    description: 'Webex Contact Center agent with standard features.',
    billingSku: 'CX_STANDARD_AGENT',
  },
  cx_voice_ports: {
    label: 'Contact Center Voice Ports',
    description: 'Concurrent voice channels for the contact centre.',
    billingSku: 'CX_VOICE_PORTS',
  },
  cx_ai_assistant: {
    label: 'Contact Center AI Assistant',
    description: 'AI assistance for contact-centre agents.',
    billingSku: 'CX_AI_ASSISTANT',
  },
  webex_ai_agent: {
    label: 'Webex AI Agent',
    description: 'Autonomous AI agent that answers customer calls and chats.',
    billingSku: 'WEBEX_AI_AGENT',
  },
};

/**
 * Rank used to refuse downgrading a customer's first (full) administrator, who must keep
 * the package level the customer was created with (help article ny0fr7x). The ranking is
 * ours, by what the package includes: Suite (calling + full meetings) > Calling and
 * Customer Assist (full calling, Customer Assist adds contact-centre basics on top) >
 * Voice and Calling Standard (restricted calling) > Meetings (no calling). Add-ons and
 * contact-centre agent packages are not base user packages, so they rank 0: moving the
 * first admin to one of them counts as a downgrade.
 */
export const PACKAGE_LEVEL: Readonly<Record<CustomerPackage, number>> = {
  webex_suite: 4,
  webex_calling: 3,
  cx_essentials: 3,
  webex_voice: 2,
  webex_calling_standard: 2,
  webex_meetings: 1,
  common_area_calling: 0,
  cisco_calling_plan: 0,
  attendant_console: 0,
  cx_premium_agent: 0,
  cx_standard_agent: 0,
  cx_voice_ports: 0,
  cx_ai_assistant: 0,
  webex_ai_agent: 0,
};

function isKnown<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

export function isCustomerPackage(value: string): value is CustomerPackage {
  return isKnown(CUSTOMER_PACKAGES, value);
}

export function isSubscriberPackage(value: string): value is SubscriberPackage {
  return isKnown(SUBSCRIBER_PACKAGES, value);
}

/** Unknown package names rank 0, like add-ons, so they never pass as an upgrade. */
export function packageLevel(pkg: string): number {
  return isCustomerPackage(pkg) ? PACKAGE_LEVEL[pkg] : 0;
}

export function isPackageDowngrade(from: string, to: string): boolean {
  return packageLevel(to) < packageLevel(from);
}

export function packageLabel(pkg: string): string {
  return isCustomerPackage(pkg) ? PACKAGE_INFO[pkg].label : pkg;
}

export interface MissingDependency {
  package: CustomerPackage;
  needsOneOf: readonly CustomerPackage[];
}

/** Each add-on in the list whose prerequisite is absent, with what would satisfy it. */
export function missingDependencies(packages: readonly string[]): MissingDependency[] {
  const missing: MissingDependency[] = [];
  for (const pkg of new Set(packages)) {
    if (!isCustomerPackage(pkg)) continue;
    const needsOneOf = PACKAGE_DEPENDENCIES[pkg];
    if (needsOneOf && !needsOneOf.some((dep) => packages.includes(dep))) {
      missing.push({ package: pkg, needsOneOf });
    }
  }
  return missing;
}

export function needsCallingLocation(packages: readonly string[]): boolean {
  return packages.some((p) => isKnown(CALLING_PACKAGES_CUSTOMER, p));
}

export function isCallingSubscriberPackage(pkg: string): boolean {
  return isKnown(CALLING_PACKAGES_SUBSCRIBER, pkg);
}

export function hasMeetingsPackage(packages: readonly string[]): boolean {
  return packages.some((p) => isKnown(MEETINGS_PACKAGES, p));
}

// ---------------------------------------------------------------------------
// Status vocabularies. "KNOWN_" marks the ones the SPA must treat as open-ended:
// the spec has only ever added values (quirk Q10).

/** States after which polling a customer can stop (Cisco's reference app does the same). */
export const TERMINAL_CUSTOMER_STATUSES = [
  'provisioned',
  'provisioned_with_errors',
  'error',
] as const satisfies readonly CustomerStatus[];

/** resourceDetails.packages[].status */
export const PACKAGE_STATUSES = ['provisioned', 'provisioning', 'deleting', 'error'] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const REPORT_STATUSES = ['IN_PROGRESS', 'COMPLETED', 'FAILED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TYPES = ['PARTNER', 'CUSTOMER', 'USER'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export const REPORT_CATEGORIES = ['RECONCILIATION', 'POINT_IN_TIME'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const SUB_PARTNER_STATES = ['active', 'suspended'] as const;
export type SubPartnerState = (typeof SUB_PARTNER_STATES)[number];
