/**
 * What a customer's own administrators cannot do while "Restricted by partner" is on,
 * whatever their role (product brief; partner admins keep all of it).
 */
export const RESTRICTED_CONTROLS = [
  'The Manage users button',
  'Adding or changing users, by hand or by CSV',
  'Claiming users',
  'Licence auto-assignment',
  'Directory synchronisation',
  'Resetting packages',
  'Editing enabled services',
  'Service status',
  'Primary work number',
  'Company name',
  'Domains',
  'Admin-invite and email settings',
  'Authentication and single sign-on',
  'App call priority',
  'Calling behaviour',
  'Location PSTN options',
  'Migration',
  'Linked UC services',
] as const;
