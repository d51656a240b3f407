import { describe, expect, it } from 'vitest';
import { CustomersSearch, isFiltered } from './customers-search';

describe('CustomersSearch (the URL state of the customer list)', () => {
  it('keeps valid values and fills defaults', () => {
    expect(
      CustomersSearch.parse({ status: 'error,provisioned', externalId: ' acme-7 ', package: 'webex_calling', max: 50 }),
    ).toEqual({
      status: 'error,provisioned',
      externalId: 'acme-7',
      orgId: undefined,
      package: 'webex_calling',
      offset: 0,
      max: 50,
    });
  });

  it('turns a mangled URL into a usable one instead of an error page', () => {
    expect(
      CustomersSearch.parse({
        status: 'nonsense,error,error',
        package: 'not_a_package',
        offset: -5,
        max: 7,
        orgId: '  ',
      }),
    ).toEqual({
      status: 'error',
      externalId: undefined,
      orgId: undefined,
      package: undefined,
      offset: 0,
      max: 25,
    });
  });

  it('tells a filtered list from the whole list', () => {
    expect(isFiltered(CustomersSearch.parse({}))).toBe(false);
    expect(isFiltered(CustomersSearch.parse({ offset: 100 }))).toBe(false);
    expect(isFiltered(CustomersSearch.parse({ orgId: 'o-1' }))).toBe(true);
  });
});
