import { describe, expect, it } from 'vitest';
import { pollDelay } from './customer-status';

describe('pollDelay', () => {
  it('starts at 2 s, grows by half each poll and never exceeds 30 s', () => {
    expect([0, 1, 2, 3].map((n) => pollDelay(n))).toEqual([2000, 3000, 4500, 6750]);
    expect(pollDelay(20)).toBe(30_000);
  });

  it('waits at least as long as the server’s Retry-After', () => {
    expect(pollDelay(0, 12)).toBe(12_000);
    expect(pollDelay(3, 1)).toBe(6750);
  });
});
