// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nextSort, parseSort } from './view-query';

const columns = ['SKU', 'QUANTITY'];

describe('viewer sort in the URL', () => {
  it('reads COLUMN as ascending and -COLUMN as descending; an unknown column sorts nothing', () => {
    expect(parseSort('QUANTITY', columns)).toEqual({ column: 'QUANTITY', direction: 'asc' });
    expect(parseSort('-SKU', columns)).toEqual({ column: 'SKU', direction: 'desc' });
    expect(parseSort('-USER_ID', columns)).toBeNull();
    expect(parseSort(undefined, columns)).toBeNull();
  });

  it('cycles a header through ascending, descending and file order; another header starts ascending', () => {
    expect(nextSort(null, 'SKU')).toBe('SKU');
    expect(nextSort({ column: 'SKU', direction: 'asc' }, 'SKU')).toBe('-SKU');
    expect(nextSort({ column: 'SKU', direction: 'desc' }, 'SKU')).toBeUndefined();
    expect(nextSort({ column: 'SKU', direction: 'desc' }, 'QUANTITY')).toBe('QUANTITY');
  });
});
