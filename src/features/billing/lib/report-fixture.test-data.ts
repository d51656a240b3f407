/**
 * A small USER reconciliation report used by the model and chart tests. Expected figures
 * in those tests are worked out by hand from these rows:
 *   r0 Acme  u1 WEBEX_CALLING       31   loc-1
 *   r1 Acme  u1 ATTENDANT_CONSOLE   0.1  loc-1  L2
 *   r2 Acme  u2 WEBEX_CALLING       0.2  loc-2
 *   r3 Beta  u3 WEBEX_MEETINGS      9.5  (none)
 *   r4 Beta  w1 COMMON_AREA_CALLING 16   loc-3
 *   r5 Gamma (deleted; no org ID) u4 WEBEX_CALLING 2
 *   r6 Cee   u5 WEBEX_VOICE         0.1
 *   r7 Cee   u6 WEBEX_VOICE         0.2
 */
export const USER_REPORT_CSV = [
  'CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,USER_ID,WORKSPACE_ID,SKU,DESCRIPTION,QUANTITY,LOCATION_ID,LICENSE_ID',
  'org-a,Acme,u1,,WEBEX_CALLING,Webex Calling,31,loc-1,',
  'org-a,Acme,u1,,ATTENDANT_CONSOLE,Attendant Console,0.1,loc-1,L2',
  'org-a,Acme,u2,,WEBEX_CALLING,Webex Calling,0.2,loc-2,',
  'org-b,Beta,u3,,WEBEX_MEETINGS,Webex Meetings,9.5,,',
  'org-b,Beta,,w1,COMMON_AREA_CALLING,Common Area Calling,16,loc-3,',
  ',Gamma (deleted),u4,,WEBEX_CALLING,Webex Calling,2,,',
  'org-c,Cee,u5,,WEBEX_VOICE,Webex Voice,0.1,,',
  'org-c,Cee,u6,,WEBEX_VOICE,Webex Voice,0.2,,',
].join('\r\n');
