/** Words shared by the templates screens. */
export const TEMPLATES_DESCRIPTION =
  'Each customer is created with a template: its Provisioning ID carries the settings every customer of a segment shares.';

export const AUTH_CHANGE_NOTE =
  'A change of authentication mode applies only to customers created afterwards; existing customers keep the mode they were created with.';

export const PSTN_CHANGE_NOTE =
  'The PSTN provider applies to each customer’s first location when it is created; changing it later does not touch existing customers.';
