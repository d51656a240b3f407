// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reportDrift, type LiveSubscriber } from './drift';
import { tableFromCsv } from './report-encoder';

const SNAPSHOT = [
  'CUSTOMER_ORG_ID,CUSTOMER_EXTERNAL_ID,SUBSCRIBER_ID,USER_ID,WORKSPACE_ID,SKU,REPORT_DATE,QUANTITY',
  'org-a,Acme,s1,p1,,WEBEX_CALLING,2026-02-10,1',
  'org-a,Acme,s2,p2,,WEBEX_SUITE,2026-02-10,1',
  'org-a,Acme,s3,p3,,WEBEX_MEETINGS,2026-02-10,1',
  'org-a,Acme,,,w1,COMMON_AREA_CALLING,2026-02-10,1',
  'org-b,Bee,s5,p5,,WEBEX_CALLING,2026-02-10,1',
  'org-b,Bee,s5,p5,,ATTENDANT_CONSOLE,2026-02-10,1',
  'org-b,Bee,,p8,,WEBEX_VOICE,2026-02-10,1',
].join('\n');

const live = (s: Partial<LiveSubscriber> & { id: string }): LiveSubscriber => ({
  email: `${s.id}@example.com`,
  customerId: 'cust-a',
  packages: [],
  status: 'provisioned',
  ...s,
});

describe('reportDrift', () => {
  const report = reportDrift(tableFromCsv(SNAPSHOT), [
    live({ id: 's1', packages: ['webex_calling'] }),
    live({ id: 's2', packages: ['webex_calling'] }),
    live({ id: 's4', packages: ['webex_voice'], created: '2026-02-11T09:00:00Z' }),
    live({ id: 's5', customerId: 'cust-b', packages: ['attendant_console', 'webex_calling'] }),
    live({ id: 's6', packages: ['webex_meetings'], status: 'pending_user_migration', created: '2026-01-05T00:00:00Z' }),
    live({ id: 's7', packages: [] }),
    live({ id: 's8', personId: 'p8', customerId: 'cust-b', packages: ['webex_voice'] }),
  ]);

  it('lists billed-but-unassigned, assigned-but-unbilled and package mismatches', () => {
    expect(report.items).toEqual([
      {
        kind: 'packageMismatch',
        subscriberId: 's2',
        email: 's2@example.com',
        customerId: 'cust-a',
        billedSkus: ['WEBEX_SUITE'],
        assignedSkus: ['WEBEX_CALLING'],
        onlyBilled: ['WEBEX_SUITE'],
        onlyAssigned: ['WEBEX_CALLING'],
      },
      {
        kind: 'assignedNotBilled',
        subscriberId: 's4',
        email: 's4@example.com',
        customerId: 'cust-a',
        assignedSkus: ['WEBEX_VOICE'],
        status: 'provisioned',
        createdSinceSnapshot: true,
      },
      {
        kind: 'assignedNotBilled',
        subscriberId: 's6',
        email: 's6@example.com',
        customerId: 'cust-a',
        assignedSkus: ['WEBEX_MEETINGS'],
        status: 'pending_user_migration',
        createdSinceSnapshot: false,
      },
      {
        kind: 'billedNotAssigned',
        subscriberId: 's3',
        userId: 'p3',
        customerOrgId: 'org-a',
        customerExternalId: 'Acme',
        billedSkus: ['WEBEX_MEETINGS'],
      },
    ]);
  });

  it('counts matches (several packages per user, or matched by person ID) and leaves workspaces out', () => {
    expect(report.matched).toBe(3);
    expect(report.counts).toEqual({ billedNotAssigned: 1, assignedNotBilled: 2, packageMismatch: 1 });
    expect(report.workspaceRows).toBe(1);
    expect(report.snapshotDate).toBe('2026-02-10');
  });

  it('treats a billed subscriber whose packages were all removed as billed but not assigned', () => {
    const result = reportDrift(tableFromCsv(SNAPSHOT), [live({ id: 's1', packages: [] })]);
    expect(result.items.filter((i) => i.kind === 'billedNotAssigned').map((i) => i.subscriberId)).toEqual([
      's1',
      's2',
      's3',
      's5',
      '',
    ]);
  });

  it('with an empty snapshot, flags every subscriber holding a package (and one created on the snapshot day as expected)', () => {
    const empty = tableFromCsv(SNAPSHOT.split('\n')[0] as string);
    const result = reportDrift(empty, [
      live({ id: 'a', packages: ['webex_suite'], created: '2026-01-01T00:00:00Z' }),
      live({ id: 'b', packages: [] }),
    ]);
    // No REPORT_DATE without rows, so nothing can be called "created since the snapshot".
    expect(result.snapshotDate).toBeNull();
    expect(result.items).toEqual([
      {
        kind: 'assignedNotBilled',
        subscriberId: 'a',
        email: 'a@example.com',
        customerId: 'cust-a',
        assignedSkus: ['WEBEX_SUITE'],
        status: 'provisioned',
        createdSinceSnapshot: false,
      },
    ]);
    expect(result.counts).toEqual({ billedNotAssigned: 0, assignedNotBilled: 1, packageMismatch: 0 });
    expect(result.matched).toBe(0);
  });

  it('with no live subscribers, everything billed is billed but not assigned; workspaces stay out', () => {
    const result = reportDrift(tableFromCsv(SNAPSHOT), []);
    // s1, s2, s3, s5 (two packages, one item) and the person p8 without a subscriber ID; w1 is a workspace.
    expect(result.counts.billedNotAssigned).toBe(5);
    expect(result.workspaceRows).toBe(1);
    const s5 = result.items.find((i) => i.kind === 'billedNotAssigned' && i.subscriberId === 's5');
    expect(s5).toMatchObject({ billedSkus: ['ATTENDANT_CONSOLE', 'WEBEX_CALLING'], customerExternalId: 'Bee' });
  });
});
