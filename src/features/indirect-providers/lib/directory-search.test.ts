import { describe, expect, it } from 'vitest';
import { DirectorySearch, ProviderSearch, directoryParams } from './directory-search';

describe('directory URL state', () => {
  it('opens a mangled URL with defaults instead of failing', () => {
    expect(DirectorySearch.parse({ q: 42, state: 'paused', sort: 'size', offset: -5, max: 37 })).toEqual({
      q: undefined,
      state: undefined,
      sort: 'name',
      offset: 0,
      max: 50,
    });
    expect(DirectorySearch.parse({})).toEqual({ sort: 'name', offset: 0, max: 50 });
    expect(ProviderSearch.parse({ find: 'yes', max: 1000 })).toEqual({ find: false, offset: 0, max: 10 });
  });

  it('keeps what is valid, trimmed', () => {
    expect(
      DirectorySearch.parse({ q: '  north ', state: 'suspended', sort: '-created', offset: 100, max: 100 }),
    ).toEqual({ q: 'north', state: 'suspended', sort: '-created', offset: 100, max: 100 });
  });

  it('turns the URL state into the API parameters', () => {
    expect(directoryParams({ q: 'north', state: 'active', sort: '-name', offset: 50, max: 25 })).toEqual({
      q: 'north',
      provisioningState: 'active',
      sortBy: 'name',
      sortOrder: 'DESC',
      offset: 50,
      max: 25,
    });
    expect(directoryParams({ q: '', sort: 'created', offset: 0, max: 50 })).toMatchObject({
      q: undefined,
      provisioningState: undefined,
      sortBy: 'created',
      sortOrder: 'ASC',
    });
  });
});
