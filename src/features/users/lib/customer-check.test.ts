import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { createApiClient } from '@/shared/api/client';
import { createOrgApi } from '@/shared/api/org-api';
import { ORIGIN, setupMswServer } from '@/test/msw';
import { CustomerCheck, summarizeVerdicts, type CheckVerdict } from './customer-check';
import type { ImportUser } from './import-validator';

const server = setupMswServer();
const VALIDATE = `${ORIGIN}/v1/wholesale/subscribers/validate`;
const SUCCESS = {
  message: 'success',
  info: [{ infoCode: 100, description: 'Provisioning preCheck validation successful.' }],
};

function newCheck(concurrency?: number) {
  const client = createApiClient({ baseUrls: () => ({ api: '/v1', hub: null, sim: null }), getToken: () => 't' });
  return new CustomerCheck(createOrgApi(client, { orgId: 'org-1', subPartnerOrgId: null }), 'cust-1', { concurrency });
}

const caller = (n: number, numbers: Partial<ImportUser> = {}): ImportUser => ({
  email: `user${n}@example.com`,
  package: 'webex_calling',
  extension: `${2000 + n}`,
  ...numbers,
});

const refusal = (status: number, item: { errorCode?: number; description: string; field?: string }) =>
  HttpResponse.json({ message: item.description, errors: [item], trackingId: 'track-1' }, { status });

interface Sent {
  email: string;
  customerId: string;
  packages: string[];
  provisioningParameters: { primaryPhoneNumber?: string; extension?: string };
}

describe('CustomerCheck', () => {
  it('puts each refusal on the cell it is about, with the Webex code and the plain explanation', async () => {
    const answers: Record<string, () => Response> = {
      'user1@example.com': () =>
        refusal(409, {
          errorCode: 1201,
          description: 'provisioningParameters.primaryPhoneNumber +14085550142 is already the number of another user',
          field: 'provisioningParameters.primaryPhoneNumber',
        }),
      'user2@example.com': () =>
        refusal(409, {
          errorCode: 1202,
          description: 'provisioningParameters.extension 2002 is already the extension of another user',
          field: 'provisioningParameters.extension',
        }),
      // The real API names no field: the code's own field decides.
      'user3@example.com': () => refusal(409, { errorCode: 1202, description: 'Extension in use.' }),
      'user4@example.com': () =>
        refusal(409, {
          errorCode: 10022,
          description: 'The email is already associated with an existing user.',
          field: 'email',
        }),
      'user5@example.com': () => refusal(400, { errorCode: 99999, description: 'Something only the server knows.' }),
      'user6@example.com': () => refusal(500, { errorCode: 5000, description: 'Injected failure.' }),
      'user7@example.com': () => HttpResponse.json(SUCCESS),
    };
    const sent: Sent[] = [];
    server.use(
      http.post(VALIDATE, async ({ request }) => {
        const body = (await request.json()) as Sent;
        sent.push(body);
        return (answers[body.email] ?? (() => HttpResponse.json(SUCCESS)))();
      }),
    );
    const check = newCheck();
    const users = [1, 2, 3, 4, 5, 6, 7].map((n) => caller(n, n === 1 ? { primaryPhoneNumber: '+14085550142' } : {}));
    check.arm();
    await check.check(users);

    expect(sent.find((b) => b.email === 'user1@example.com')).toEqual({
      customerId: 'cust-1',
      email: 'user1@example.com',
      packages: ['webex_calling'],
      provisioningParameters: { primaryPhoneNumber: '+14085550142', extension: '2001' },
    });
    const verdicts = users.map((u) => check.verdict(u));
    expect(verdicts).toEqual<(CheckVerdict | undefined)[]>([
      {
        kind: 'refused',
        cell: 'phoneNumber',
        code: 1201,
        message: 'Webex 1201: Another user of this customer already has this phone number. Choose a different number.',
      },
      {
        kind: 'refused',
        cell: 'extension',
        code: 1202,
        message: 'Webex 1202: Another user of this customer already has this extension. Choose a different extension.',
      },
      {
        kind: 'refused',
        cell: 'extension',
        code: 1202,
        message: 'Webex 1202: Another user of this customer already has this extension. Choose a different extension.',
      },
      {
        kind: 'refused',
        cell: 'email',
        code: 10022,
        message:
          'Webex 10022: The email is already associated with an existing user. Use another email, or move that user first.',
      },
      { kind: 'refused', cell: null, code: 99999, message: 'Webex 99999: Something only the server knows.' },
      { kind: 'failed', message: 'Could not check this row with Webex (HTTP 500: Injected failure).' },
      { kind: 'ok' },
    ]);
    expect(summarizeVerdicts([...verdicts, undefined])).toEqual({
      checked: 7,
      numberClashes: 3,
      otherRefusals: 2,
      failed: 1,
    });
  });

  it('sends nothing unless armed, and an arm serves one check', async () => {
    let requests = 0;
    server.use(
      http.post(VALIDATE, () => {
        requests += 1;
        return HttpResponse.json(SUCCESS);
      }),
    );
    const check = newCheck();
    await check.check([caller(1)]);
    expect(requests).toBe(0);
    expect(check.verdict(caller(1))).toBeUndefined();
    check.arm();
    await check.check([caller(1)]);
    expect(requests).toBe(1);
    await check.check([caller(2)]);
    expect(requests).toBe(1);
    expect(check.verdict(caller(1))).toEqual({ kind: 'ok' });
  });

  it('keeps at most `concurrency` prechecks in flight and reports progress up to the last row', async () => {
    let active = 0;
    let maxActive = 0;
    let requests = 0;
    server.use(
      http.post(VALIDATE, async () => {
        requests += 1;
        active += 1;
        maxActive = Math.max(maxActive, active);
        await delay(5);
        active -= 1;
        return HttpResponse.json(SUCCESS);
      }),
    );
    const check = newCheck(3);
    const seen: string[] = [];
    check.subscribe(() => {
      const p = check.getProgress();
      seen.push(`${p.running ? 'running' : 'idle'} ${p.done}/${p.total}`);
    });
    const users = Array.from({ length: 10 }, (_, i) => caller(i + 1));
    check.arm();
    await check.check(users);
    expect(requests).toBe(10);
    expect(maxActive).toBe(3);
    expect(seen[0]).toBe('running 0/10');
    expect(seen).toContain('running 5/10');
    expect(seen.at(-1)).toBe('idle 10/10');
    expect(users.every((u) => check.verdict(u)?.kind === 'ok')).toBe(true);
  });

  it('asks again only about rows that changed or could not be checked; a 429 waits and retries', async () => {
    const asked: string[] = [];
    let failNext = new Set(['user2@example.com']);
    let throttleNext = new Set(['user3@example.com']);
    server.use(
      http.post(VALIDATE, async ({ request }) => {
        const body = (await request.json()) as Sent;
        asked.push(`${body.email} ${body.provisioningParameters.extension}`);
        if (failNext.delete(body.email)) return HttpResponse.error();
        if (throttleNext.delete(body.email)) {
          return HttpResponse.json({ message: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '0' } });
        }
        return HttpResponse.json(SUCCESS);
      }),
    );
    const check = newCheck();
    const users = [caller(1), caller(2), caller(3)];
    check.arm();
    await check.check(users);
    expect(asked.sort()).toEqual([
      'user1@example.com 2001',
      'user2@example.com 2002',
      'user3@example.com 2003',
      'user3@example.com 2003',
    ]);
    expect(check.verdict(users[1]!)).toMatchObject({
      kind: 'failed',
      message: /^Could not check this row with Webex \(no answer/,
    });
    expect(check.verdict(users[2]!)).toEqual({ kind: 'ok' });

    asked.length = 0;
    failNext = new Set();
    throttleNext = new Set();
    const changed = caller(1, { extension: '2101' });
    check.arm();
    await check.check([changed, users[1]!, users[2]!]);
    expect(asked.sort()).toEqual(['user1@example.com 2101', 'user2@example.com 2002']);
    expect(check.verdict(users[1]!)).toEqual({ kind: 'ok' });
    // The earlier content keeps its answer; the changed row has its own.
    expect(check.verdict(users[0]!)).toEqual({ kind: 'ok' });
    expect(check.verdict(caller(1, { extension: '2999' }))).toBeUndefined();
  });
});
