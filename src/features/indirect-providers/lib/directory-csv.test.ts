import { describe, expect, it } from 'vitest';
import type { Page } from '@/shared/api/paging';
import type { SubPartnerEntry } from '@/shared/api/sub-partners';
import { exportDirectoryCsv } from './directory-csv';

const entry = (n: number, name = `Reseller ${n}`): SubPartnerEntry => ({
  orgId: `org-${n}`,
  name,
  provisioningState: n % 2 ? 'suspended' : 'active',
  created: '2026-03-01T10:00:00.000Z',
  billingStartDate: '2026-03-02T00:00:00.000Z',
  subscriptionId: 'Sub1',
  customerCount: n * 10,
});

describe('exportDirectoryCsv', () => {
  it('writes every page the Link headers lead to, with a BOM, a header and CRLF lines', async () => {
    const pages: Record<string, Page<SubPartnerEntry>> = {
      first: { items: [entry(1), entry(2, 'Café, "Quoted"')], next: 'page-2' },
      'page-2': { items: [entry(3, '=HYPERLINK("x")')], next: null },
    };
    const asked: (string | null)[] = [];
    const progress: number[] = [];
    const { csv, rows } = await exportDirectoryCsv(
      async (next) => {
        asked.push(next);
        return pages[next ?? 'first']!;
      },
      new AbortController().signal,
      (n) => progress.push(n),
    );
    expect(asked).toEqual([null, 'page-2']);
    expect(progress).toEqual([2, 3]);
    expect(rows).toBe(3);
    expect(csv).toBe(
      '\uFEFFOrg ID,Name,Provisioning state,Created,Billing start date,Subscription ID,Customers\r\n' +
        'org-1,Reseller 1,suspended,2026-03-01T10:00:00.000Z,2026-03-02T00:00:00.000Z,Sub1,10\r\n' +
        'org-2,"Café, ""Quoted""",active,2026-03-01T10:00:00.000Z,2026-03-02T00:00:00.000Z,Sub1,20\r\n' +
        // A name a spreadsheet would run as a formula is written as text.
        `org-3,"'=HYPERLINK(""x"")",suspended,2026-03-01T10:00:00.000Z,2026-03-02T00:00:00.000Z,Sub1,30\r\n`,
    );
  });

  it('stops between pages once cancelled', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = exportDirectoryCsv(async () => {
      calls += 1;
      controller.abort();
      return { items: [entry(calls)], next: `page-${calls + 1}` };
    }, controller.signal);
    await expect(run).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
