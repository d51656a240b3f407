import { describe, expect, it } from 'vitest';
import type { Subscriber } from '@contract/wholesale';
import type { Page } from '@/shared/api/paging';
import { exportUsersCsv } from './users-csv';
import { scanUsersForPackage } from './users-scan';

/** 10 users; every third one (2, 5, 8) has Webex Calling. */
const ALL: Subscriber[] = Array.from({ length: 10 }, (_, i) => ({
  id: `u${i}`,
  email: `u${i}@acme.example`,
  customerId: 'c1',
  packages: [i % 3 === 2 ? 'webex_calling' : 'webex_meetings'],
  status: 'provisioned',
  errors: [],
}));

function pages(size: number) {
  const asked: number[] = [];
  const fetchPage = (offset: number, max: number): Promise<Page<Subscriber>> => {
    asked.push(offset);
    const items = ALL.slice(offset, offset + Math.min(max, size));
    return Promise.resolve({
      items,
      next: offset + items.length < ALL.length ? `next-${offset + items.length}` : null,
    });
  };
  return { fetchPage, asked };
}

describe('package scan', () => {
  it('stops as soon as a page of matches is full and says where the next page starts', async () => {
    const { fetchPage, asked } = pages(4);
    const result = await scanUsersForPackage({ fetchPage, pkg: 'webex_calling', startOffset: 0, want: 2, pageSize: 4 });
    expect(result.matches.map((u) => u.id)).toEqual(['u2', 'u5']);
    expect(result).toMatchObject({ end: 'filled', nextOffset: 6, scanned: 6 });
    expect(asked).toEqual([0, 4]);
  });

  it('reads to the end, or pauses when the page budget runs out', async () => {
    const end = await scanUsersForPackage({ ...pages(4), pkg: 'webex_calling', startOffset: 6, want: 5, pageSize: 4 });
    expect(end).toMatchObject({ end: 'end', nextOffset: null, scanned: 4 });
    expect(end.matches.map((u) => u.id)).toEqual(['u8']);
    const paused = await scanUsersForPackage({
      ...pages(2),
      pkg: 'webex_calling',
      startOffset: 0,
      want: 5,
      pageSize: 2,
      pageBudget: 2,
    });
    expect(paused).toMatchObject({ end: 'paused', nextOffset: 4, scanned: 4 });
  });
});

describe('CSV export', () => {
  it('follows Link pages and keeps only the package asked for', async () => {
    const calls: (string | null)[] = [];
    const { blob, rows } = await exportUsersCsv({
      fetchPage: (next) => {
        calls.push(next);
        const offset = next ? Number(next.split('-')[1]) : 0;
        const items = ALL.slice(offset, offset + 4);
        return Promise.resolve({ items, next: offset + 4 < ALL.length ? `next-${offset + 4}` : null });
      },
      pkg: 'webex_calling',
      signal: new AbortController().signal,
    });
    expect(calls).toEqual([null, 'next-4', 'next-8']);
    expect(rows).toBe(3);
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Subscriber ID,E-mail,Customer ID/);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([
      'u2@acme.example',
      'u5@acme.example',
      'u8@acme.example',
    ]);
  });
});
