import { describe, expect, it } from 'vitest';
import type { Customer } from '@contract/wholesale';
import { createCsvParser } from '@/shared/csv/csv-parser';
import { exportCustomersCsv } from './customer-csv';

const customer = (i: number, packages: string[], extra: Partial<Customer> = {}): Customer => ({
  id: `c${i}`,
  externalId: `ext-${i}`,
  packages,
  errors: [],
  ...extra,
});

describe('exportCustomersCsv', () => {
  it('follows Link next to the end, keeps only the package asked for, and writes one row per customer', async () => {
    const pages: Record<string, { items: Customer[]; next: string | null }> = {
      first: {
        items: [
          customer(1, ['webex_calling'], {
            orgId: 'org-1',
            status: 'provisioned_with_errors',
            address: { addressLine1: '1 Main St, Suite 2', city: 'Milpitas', country: 'US' },
            resourceDetails: {
              packages: [{ name: 'webex_calling', status: 'error', errors: [{ errorCode: 2560 }], warnings: [] }],
            },
          }),
          customer(2, ['webex_meetings']),
        ],
        next: 'https://api/next-2',
      },
      'https://api/next-2': { items: [customer(3, ['webex_calling', 'webex_meetings'])], next: null },
    };
    const asked: (string | null)[] = [];
    const progress: number[] = [];
    const { blob, rows } = await exportCustomersCsv({
      fetchPage: (next) => {
        asked.push(next);
        return Promise.resolve(pages[next ?? 'first'] ?? { items: [], next: null });
      },
      pkg: 'webex_calling',
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p.rows),
    });
    expect(asked).toEqual([null, 'https://api/next-2']);
    expect(rows).toBe(2);
    expect(progress).toEqual([1, 2]);
    // A UTF-8 byte order mark first, so Excel reads accents right (Blob#text drops it when decoding).
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await blob.text();
    const records: string[][] = [];
    const parser = createCsvParser((rows) => records.push(...rows));
    parser.push(text);
    parser.finish();
    expect(records[0]?.slice(0, 4)).toEqual(['Customer ID', 'External ID', 'Org ID', 'Status']);
    expect(records.slice(1).map((r) => r.slice(0, 7))).toEqual([
      ['c1', 'ext-1', 'org-1', 'provisioned_with_errors', 'webex_calling', 'webex_calling=error', '2560'],
      ['c3', 'ext-3', '', '', 'webex_calling; webex_meetings', '', ''],
    ]);
    expect(records[1]?.slice(7)).toEqual(['1 Main St, Suite 2', '', 'Milpitas', '', '', 'US']);
  });

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = exportCustomersCsv({
      fetchPage: () => {
        calls += 1;
        controller.abort();
        return Promise.resolve({ items: [customer(calls, ['webex_calling'])], next: 'more' });
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
