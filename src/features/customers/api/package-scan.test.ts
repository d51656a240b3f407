import { describe, expect, it } from 'vitest';
import type { Customer } from '@contract/wholesale';
import type { Page } from '@/shared/api/paging';
import { scanForPackage } from './package-scan';

/** 250 customers; every 7th (index 0, 7, 14, …) holds webex_calling. */
const LIST: Customer[] = Array.from({ length: 250 }, (_, i) => ({
  id: `c${i}`,
  packages: i % 7 === 0 ? ['webex_calling'] : ['webex_meetings'],
  errors: [],
}));

function server() {
  const calls: { offset: number; max: number }[] = [];
  const fetchPage = (offset: number, max: number): Promise<Page<Customer>> => {
    calls.push({ offset, max });
    const items = LIST.slice(offset, offset + max);
    return Promise.resolve({ items, next: offset + max < LIST.length ? `next-${offset + max}` : null });
  };
  return { calls, fetchPage };
}

describe('scanForPackage', () => {
  it('stops as soon as a page of results is full, resuming right after the last match', async () => {
    const { calls, fetchPage } = server();
    const step = await scanForPackage({ fetchPage, pkg: 'webex_calling', startOffset: 0, want: 3, pageSize: 10 });
    // Matches at 0, 7, 14: the third is the 5th item of the second page.
    expect(step.matches.map((c) => c.id)).toEqual(['c0', 'c7', 'c14']);
    expect(step).toMatchObject({ end: 'filled', nextOffset: 15, scanned: 15 });
    expect(calls).toEqual([
      { offset: 0, max: 10 },
      { offset: 10, max: 10 },
    ]);
  });

  it('reads no further than its page budget, and says where to continue', async () => {
    const { calls, fetchPage } = server();
    const step = await scanForPackage({
      fetchPage,
      pkg: 'webex_calling',
      startOffset: 100,
      want: 25,
      pageSize: 20,
      pageBudget: 3,
    });
    // Offsets 100..159 hold multiples of 7 from 105 to 154: 8 of them.
    expect(step.matches.map((c) => c.id)).toEqual(['c105', 'c112', 'c119', 'c126', 'c133', 'c140', 'c147', 'c154']);
    expect(step).toMatchObject({ end: 'paused', nextOffset: 160, scanned: 60 });
    expect(calls).toHaveLength(3);
  });

  it('reports the end of the list when it runs out before the page fills', async () => {
    const { fetchPage } = server();
    const step = await scanForPackage({ fetchPage, pkg: 'webex_calling', startOffset: 240, want: 25, pageSize: 100 });
    expect(step.matches.map((c) => c.id)).toEqual(['c245']);
    expect(step).toMatchObject({ end: 'end', nextOffset: null, scanned: 10 });
  });

  it('stops between pages when asked, keeping what it found', async () => {
    const { calls, fetchPage } = server();
    let pages = 0;
    const step = await scanForPackage({
      fetchPage: (offset, max) => {
        pages += 1;
        return fetchPage(offset, max);
      },
      pkg: 'webex_calling',
      startOffset: 0,
      want: 100,
      pageSize: 10,
      shouldStop: () => pages >= 2,
    });
    expect(calls).toHaveLength(2);
    expect(step).toMatchObject({ end: 'stopped', nextOffset: 20, scanned: 20 });
    expect(step.matches.map((c) => c.id)).toEqual(['c0', 'c7', 'c14']);
  });

  it('offers no next page when the match that fills the page is the last customer of the list', async () => {
    const three: Customer[] = ['webex_meetings', 'webex_meetings', 'webex_calling'].map((pkg, i) => ({
      id: `d${i}`,
      packages: [pkg],
      errors: [],
    }));
    const step = await scanForPackage({
      fetchPage: () => Promise.resolve({ items: three, next: null }),
      pkg: 'webex_calling',
      startOffset: 0,
      want: 1,
    });
    expect(step).toMatchObject({ end: 'filled', nextOffset: null, scanned: 3 });
  });
});
