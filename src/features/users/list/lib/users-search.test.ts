import { describe, expect, it } from 'vitest';
import { isFiltered, serverFilters, startOfDay, UsersSearch } from './users-search';

describe('users search (URL state)', () => {
  it('opens a mangled URL with defaults instead of failing', () => {
    expect(
      UsersSearch.parse({
        status: 'bogus',
        package: 'nope',
        sortBy: 'name',
        max: 7,
        offset: -3,
        createdAfter: 'yesterday',
      }),
    ).toEqual({
      status: undefined,
      package: undefined,
      createdAfter: undefined,
      customerId: undefined,
      externalCustomerId: undefined,
      email: undefined,
      changedAfter: undefined,
      sortBy: 'created',
      sortOrder: 'DESC',
      offset: 0,
      max: 25,
    });
  });

  it('sends the API its own parameters: days as epoch milliseconds, no package', () => {
    const search = UsersSearch.parse({
      email: '  ann@acme.example ',
      package: 'webex_calling',
      createdAfter: '2026-03-01',
      changedAfter: '2026-03-02',
      sortBy: 'lastStatusChange',
      sortOrder: 'ASC',
    });
    expect(serverFilters(search)).toEqual({
      customerId: undefined,
      externalCustomerId: undefined,
      email: 'ann@acme.example',
      status: undefined,
      after: new Date(2026, 2, 1).getTime(),
      lastStatusChange: new Date(2026, 2, 2).getTime(),
      sortBy: 'lastStatusChange',
      sortOrder: 'ASC',
    });
    expect(isFiltered(search)).toBe(true);
    expect(isFiltered(UsersSearch.parse({ sortOrder: 'ASC', offset: 50 }))).toBe(false);
    expect(startOfDay(undefined)).toBeUndefined();
  });
});
