import { randomUUID } from 'node:crypto';
import { decodeId, encodeId } from '@contract/ids';
import type { CustomerPackage } from '@contract/packages';

/**
 * Licence keys per package. Only SLWCA (webex_calling) appears in the spec's example
 * (`ciscospark://us/LICENSE/<orgUuid>:SLWCA_<uuid>`); the others are the simulator's own,
 * in the same style, so that billing reports carry distinguishable LICENSE_IDs.
 */
const LICENCE_KEYS: Readonly<Record<CustomerPackage, string>> = {
  webex_calling: 'SLWCA',
  common_area_calling: 'SLWCCA',
  webex_meetings: 'SLWMT',
  webex_suite: 'SLWSU',
  webex_voice: 'SLWVO',
  cx_essentials: 'SLCXE',
  webex_calling_standard: 'SLWCS',
  cisco_calling_plan: 'SLCCP',
  attendant_console: 'SLATC',
  cx_premium_agent: 'SLCXP',
  cx_standard_agent: 'SLCXS',
  cx_voice_ports: 'SLCXV',
  cx_ai_assistant: 'SLCXA',
  webex_ai_agent: 'SLWAI',
};

/** A new licence of `pkg` in the customer's Webex org (`webexOrgId` is an encoded ORGANIZATION id). */
export function mintLicenceId(webexOrgId: string, pkg: string): string {
  const orgUuid = decodeId(webexOrgId)?.uuid ?? webexOrgId;
  const key = LICENCE_KEYS[pkg as CustomerPackage] ?? pkg.toUpperCase();
  return encodeId('LICENSE', `${orgUuid}:${key}_${randomUUID()}`);
}
