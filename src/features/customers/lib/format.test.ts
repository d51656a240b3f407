import { describe, expect, it } from 'vitest';
import { addressLines, formatDateTime } from './format';

describe('formatDateTime', () => {
  it('formats an instant with its time zone named, and leaves bad input readable', () => {
    const text = formatDateTime('2026-03-01T09:30:00.000Z');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/(UTC|GMT|[A-Z]{2,5})/);
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDateTime(null)).toBeNull();
  });
});

describe('addressLines', () => {
  it('joins city, state and postal code, and skips blanks', () => {
    expect(
      addressLines({
        addressLine1: '1 Main St',
        city: 'Milpitas',
        stateOrProvince: 'CA',
        zipOrPostalCode: '95035',
        country: 'US',
      }),
    ).toEqual(['1 Main St', 'Milpitas, CA, 95035', 'US']);
  });
});
