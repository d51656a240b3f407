import { describe, expect, it } from 'vitest';
import { parseLinkHeader } from './link-header';
import { parseRetryAfter } from './api-error';

describe('parseLinkHeader', () => {
  it('reads every relation, keeping commas inside URLs', () => {
    const header =
      '<https://api.example.com/v1/items?offset=20&max=10&ids=a,b>; rel="next", <https://api.example.com/v1/items?offset=0&max=10>; rel="prev first"';
    expect(parseLinkHeader(header)).toEqual({
      next: 'https://api.example.com/v1/items?offset=20&max=10&ids=a,b',
      prev: 'https://api.example.com/v1/items?offset=0&max=10',
      first: 'https://api.example.com/v1/items?offset=0&max=10',
    });
  });

  it('resolves relative URLs against the request URL and tolerates unquoted rel', () => {
    expect(parseLinkHeader('</v1/items?offset=5>; rel=next', 'https://api.example.com/v1/items?max=5')).toEqual({
      next: 'https://api.example.com/v1/items?offset=5',
    });
  });

  it('answers no links for an absent or relation-less header', () => {
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('<https://x.example.com/>; title="no rel"')).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
