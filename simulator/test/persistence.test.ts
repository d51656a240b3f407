import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { call, type TenantResponse } from './helpers';
import { startSimulator, type RunningSimulator } from './server-process';

const DAY = 86_400_000;

/**
 * Creates state through one simulator process, kills it without warning (SIGKILL: no
 * shutdown hook runs), starts a new process on the same storage and reads it all back.
 */
async function survivesKill(storage: Record<string, string | undefined>) {
  // No background job polling: on a shared PostgreSQL these processes would otherwise
  // claim other tests' due jobs; this scenario schedules none of its own.
  const env = { ...storage, JOB_POLL_MS: '3600000' };
  const running: RunningSimulator[] = [];
  try {
    const first = await startSimulator(env);
    running.push(first);
    const at = (path: string) => first.baseUrl + path;
    const created = await call<TenantResponse>('POST', at('/_sim/tenants'), {
      body: {
        name: 'Durable Partner',
        subPartners: [{ name: 'Durable One' }, { name: 'Durable Two', provisioningState: 'suspended' }],
      },
    });
    expect(created.status).toBe(201);
    const t = created.body;
    const orgId = t.partner.orgId;
    const moved = await call<{ now: string }>('POST', at(`/_sim/tenants/${orgId}/clock`), { body: { advance: 'P3D' } });
    expect(moved.status).toBe(200);
    await call('POST', at(`/_sim/tenants/${orgId}/settings`), {
      body: { reportDelay: 'PT0S', rateLimit: { requestsPerMinute: 500 } },
    });
    await call('POST', at(`/_sim/tenants/${orgId}/faults`), {
      body: { method: 'GET', path: '/v1/wholesale/customers', status: 503, times: 4 },
    });
    const minted = await call<{ accessToken: string }>('POST', at('/_sim/tokens'), {
      body: { orgId: t.subPartners[0]!.orgId, role: 'read_only_admin' },
    });
    const before = await call('GET', at('/v1/wholesale/subPartners'), { token: t.tokens.fullAdmin });
    expect(before.body.items).toHaveLength(2);

    await first.stop('SIGKILL');
    const second = await startSimulator(env);
    running.push(second);
    const again = (path: string) => second.baseUrl + path;

    const after = await call('GET', again('/v1/wholesale/subPartners'), { token: t.tokens.fullAdmin });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(before.body);
    const session = await call('GET', again('/hub/v1/session'), { token: minted.body.accessToken });
    expect(session.status).toBe(200);
    expect(session.body.org.id).toBe(t.subPartners[0]!.orgId);

    // The clock kept its 3-day lead over real time.
    const clock = await call<{ now: string }>('GET', again(`/_sim/tenants/${orgId}/clock`));
    const lead = Date.parse(clock.body.now) - Date.now();
    expect(lead).toBeGreaterThan(3 * DAY - 60_000);
    expect(lead).toBeLessThan(3 * DAY + 60_000);
    expect((await call('GET', again(`/_sim/tenants/${orgId}/settings`))).body).toMatchObject({
      reportDelay: 'PT0S',
      rateLimit: { requestsPerMinute: 500 },
    });
    expect((await call('GET', again(`/_sim/tenants/${orgId}/faults`))).body.items).toMatchObject([
      { method: 'GET', path: '/v1/wholesale/customers', status: 503, timesLeft: 4 },
    ]);
  } finally {
    await Promise.all(running.map((sim) => sim.stop('SIGKILL')));
  }
}

describe('persistence across a crash', () => {
  // Each storage engine is covered in the API pass that uses it (scripts/test-all.ts runs both).
  it.skipIf(inject('simStorage') === 'postgres')(
    'keeps every tenant, token, clock, setting and fault in a PGlite data dir after SIGKILL',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'wph-persist-'));
      try {
        await survivesKill({ DATABASE_URL: undefined, DATA_DIR: dataDir });
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'keeps every tenant, token, clock, setting and fault in PostgreSQL after SIGKILL',
    async () => {
      await survivesKill({ DATABASE_URL: process.env.DATABASE_URL });
    },
    180_000,
  );
});
