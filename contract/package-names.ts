/**
 * The package names and status vocabularies of the API (official OpenAPI document), apart
 * from their rules and descriptions in packages.ts so that URL validation in the entry chunk
 * does not pull those in. packages.ts re-exports everything here.
 */

export const CUSTOMER_PACKAGES = [
  'common_area_calling',
  'webex_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
  'cisco_calling_plan',
  'attendant_console',
  'cx_premium_agent',
  'cx_standard_agent',
  'cx_voice_ports',
  'cx_ai_assistant',
  'webex_ai_agent',
] as const;
export type CustomerPackage = (typeof CUSTOMER_PACKAGES)[number];

export const SUBSCRIBER_PACKAGES = [
  'webex_calling',
  'webex_meetings',
  'webex_suite',
  'webex_voice',
  'cx_essentials',
  'webex_calling_standard',
  'attendant_console',
  'cx_premium_agent',
  'cx_standard_agent',
] as const satisfies readonly CustomerPackage[];
export type SubscriberPackage = (typeof SUBSCRIBER_PACKAGES)[number];

export const KNOWN_CUSTOMER_STATUSES = [
  'provisioned',
  'provisioned_with_errors',
  'provisioning',
  'updating',
  'deleting',
  'error',
  'pending_rpl_review',
] as const;
export type CustomerStatus = (typeof KNOWN_CUSTOMER_STATUSES)[number];

export const KNOWN_SUBSCRIBER_STATUSES = ['provisioned', 'pending_user_migration'] as const;
export type SubscriberStatus = (typeof KNOWN_SUBSCRIBER_STATUSES)[number];
