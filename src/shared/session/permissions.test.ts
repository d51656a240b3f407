import { describe, expect, it } from 'vitest';
import { SCOPES } from '@contract/scopes';
import {
  PERMISSION_RULES,
  checkPermission,
  permissionsFor,
  type Action,
  type PermissionContext,
  type Resource,
} from './permissions';

const ALL = Object.values(SCOPES);
const READ = ALL.filter((s) => s.endsWith('_read'));
const NO_SUB_PARTNERS = (scopes: readonly string[]) => scopes.filter((s) => !s.includes('sub_partners'));

const partner = { kind: 'partner' as const, name: 'Northwind', provisioningState: 'active', subPartnerOrgId: null };
const ownSubPartner = {
  kind: 'sub_partner' as const,
  name: 'Contoso',
  provisioningState: 'active',
  subPartnerOrgId: null,
};
const crossLaunched = { ...ownSubPartner, subPartnerOrgId: 'org-contoso' };
const suspendedCrossLaunch = {
  ...crossLaunched,
  name: 'Fabrikam',
  provisioningState: 'suspended',
  subPartnerOrgId: 'org-fabrikam',
};

const PERSONAS: Record<string, PermissionContext> = {
  'partner full admin': { scopes: ALL, actingOrg: partner },
  'partner read-only admin': { scopes: READ, actingOrg: partner },
  'sub-partner admin (direct)': { scopes: NO_SUB_PARTNERS(ALL), actingOrg: ownSubPartner },
  'partner admin cross-launched': { scopes: ALL, actingOrg: crossLaunched },
  'partner admin in a suspended sub-partner': { scopes: ALL, actingOrg: suspendedCrossLaunch },
};

// Expected answers written out by hand from the product rules, one row per persona.
const CASES: [Action, Resource, Record<keyof typeof PERSONAS, boolean>][] = [
  [
    'view',
    'overview',
    {
      'partner full admin': true,
      'partner read-only admin': true,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'view',
    'customer',
    {
      'partner full admin': true,
      'partner read-only admin': true,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'create',
    'customer',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': false,
    },
  ],
  [
    'update',
    'customer',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': false,
    },
  ],
  [
    'delete',
    'customer',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'create',
    'user',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': false,
    },
  ],
  [
    'delete',
    'user',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'create',
    'template',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': false,
    },
  ],
  [
    'view',
    'billing-report',
    {
      'partner full admin': true,
      'partner read-only admin': true,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'create',
    'billing-report',
    {
      'partner full admin': true,
      'partner read-only admin': false,
      'sub-partner admin (direct)': true,
      'partner admin cross-launched': true,
      'partner admin in a suspended sub-partner': true,
    },
  ],
  [
    'view',
    'indirect-providers',
    {
      'partner full admin': true,
      'partner read-only admin': true,
      'sub-partner admin (direct)': false,
      'partner admin cross-launched': false,
      'partner admin in a suspended sub-partner': false,
    },
  ],
  [
    'update',
    'billing-report',
    {
      'partner full admin': false,
      'partner read-only admin': false,
      'sub-partner admin (direct)': false,
      'partner admin cross-launched': false,
      'partner admin in a suspended sub-partner': false,
    },
  ],
];

describe('can(action, resource)', () => {
  for (const [action, resource, expected] of CASES) {
    it(`${action} ${resource}`, () => {
      const answers = Object.fromEntries(
        Object.entries(PERSONAS).map(([name, ctx]) => [name, permissionsFor(ctx).can(action, resource)]),
      );
      expect(answers).toEqual(expected);
    });
  }

  it('drops a scope a 403 proved missing, and says which one', () => {
    const withoutWrite = { scopes: ALL.filter((s) => s !== SCOPES.customersWrite), actingOrg: partner };
    const p = permissionsFor(withoutWrite);
    expect(p.can('create', 'customer')).toBe(false);
    expect(p.why('create', 'customer')).toBe(`Your access token lacks the scope this needs: ${SCOPES.customersWrite}.`);
    expect(p.can('view', 'customer')).toBe(true);
  });

  it('explains refusals in the admin’s terms', () => {
    expect(permissionsFor(PERSONAS['partner admin in a suspended sub-partner']!).why('create', 'customer')).toContain(
      'Fabrikam is suspended',
    );
    expect(permissionsFor(PERSONAS['partner admin cross-launched']!).why('view', 'indirect-providers')).toContain(
      'acting for a sub-partner',
    );
    expect(permissionsFor(PERSONAS['sub-partner admin (direct)']!).why('view', 'indirect-providers')).toContain(
      'scope',
    );
    expect(permissionsFor(PERSONAS['partner full admin']!).why('create', 'customer')).toBeNull();
  });

  it('withholds a section flagged withheldWhenCrossLaunched only while cross-launched, before any suspension', () => {
    for (const resource of Object.keys(PERMISSION_RULES) as Resource[]) {
      const withheld = PERMISSION_RULES[resource].view?.withheldWhenCrossLaunched === true;
      const denial = checkPermission(PERSONAS['partner admin in a suspended sub-partner']!, 'view', resource);
      expect(denial?.reason === 'cross-launched', resource).toBe(withheld);
    }
    expect(PERMISSION_RULES['indirect-providers'].view?.withheldWhenCrossLaunched).toBe(true);
    expect(PERMISSION_RULES['billing-report'].view?.withheldWhenCrossLaunched).toBeUndefined();
  });
});
