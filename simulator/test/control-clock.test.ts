import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { JobRunner } from '../src/domain/jobs';
import { as, call, createTenant, expectWebexError } from './helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Real time passes between two calls; a generous bound keeps slow machines green.
const SLACK_MS = 30_000;

const clockOf = async (orgId: string) => {
  const res = await call<{ now: string }>('GET', `/_sim/tenants/${orgId}/clock`);
  expect(res.status).toBe(200);
  return Date.parse(res.body.now);
};
const moveClock = (orgId: string, body: unknown) =>
  call<{ now: string }>('POST', `/_sim/tenants/${orgId}/clock`, { body });

describe('tenant clock', () => {
  it('starts at real time', async () => {
    const before = Date.now();
    const t = await createTenant();
    const now = await clockOf(t.partner.orgId);
    expect(now).toBeGreaterThanOrEqual(before - 1000);
    expect(now).toBeLessThan(Date.now() + 1000);
  });

  it('advances by an ISO-8601 duration and keeps running from there', async () => {
    const t = await createTenant();
    const start = await clockOf(t.partner.orgId);
    const res = await moveClock(t.partner.orgId, { advance: 'P1DT2H30M' });
    expect(res.status).toBe(200);
    const moved = Date.parse(res.body.now) - start;
    expect(moved).toBeGreaterThanOrEqual(DAY + 2.5 * HOUR);
    expect(moved).toBeLessThan(DAY + 2.5 * HOUR + SLACK_MS);
    expect(await clockOf(t.partner.orgId)).toBeGreaterThanOrEqual(Date.parse(res.body.now));
  });

  it('sets an exact later instant, which the public API then reports as now', async () => {
    const t = await createTenant();
    const target = '2031-07-01T12:00:00.000Z';
    const res = await moveClock(t.partner.orgId, { set: target });
    expect(res.status).toBe(200);
    expect(res.body.now).toBe(target);
    const session = await as(t.tokens.fullAdmin).get<{ now: string }>('/hub/v1/session');
    const seen = Date.parse(session.body.now) - Date.parse(target);
    expect(seen).toBeGreaterThanOrEqual(0);
    expect(seen).toBeLessThan(SLACK_MS);
  });

  it('refuses to go back with 409 and leaves the clock where it was', async () => {
    const t = await createTenant();
    await moveClock(t.partner.orgId, { set: '2032-01-01T00:00:00Z' });
    const res = await moveClock(t.partner.orgId, { set: '2031-12-31T23:59:59Z' });
    const body = expectWebexError(res, 409);
    expect(body.errors[0]?.field).toBe('set');
    const now = await clockOf(t.partner.orgId);
    expect(now).toBeGreaterThanOrEqual(Date.parse('2032-01-01T00:00:00Z'));
    expect(now).toBeLessThan(Date.parse('2032-01-01T00:00:00Z') + SLACK_MS);
  });

  it.each([
    [{ advance: '1 day' }, 'advance'],
    [{ advance: 'P' }, 'advance'],
    [{ advance: '-P1D' }, 'advance'],
    [{ set: 'tomorrow' }, 'set'],
    [{ set: '2031-02-30T00:00:00Z' }, 'set'],
    [{}, 'set'],
    [{ set: '2031-01-01T00:00:00Z', advance: 'P1D' }, 'set'],
    [{ advance: 'P1D', by: 'P1D' }, 'by'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const t = await createTenant();
    const before = await clockOf(t.partner.orgId);
    const res = expectWebexError(await moveClock(t.partner.orgId, body), 400);
    expect(res.errors.map((e) => e.field)).toContain(field);
    expect(res.errors.find((e) => e.field === field)?.description).toMatch(new RegExp(`^${field}\\b`));
    expect(await clockOf(t.partner.orgId)).toBeLessThan(before + SLACK_MS);
  });

  it('answers 404 for an unknown tenant', async () => {
    expectWebexError(await moveClock('no-such-tenant', { advance: 'PT1M' }), 404);
    expectWebexError(await call('GET', '/_sim/tenants/no-such-tenant/clock'), 404);
  });
});

describe('clock moves complete due async work before answering (in-process)', () => {
  let db: Db;
  let jobs: JobRunner;
  let app: ReturnType<typeof createApp>;
  const ran: { refId: string | null; now: Date }[] = [];

  beforeAll(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    jobs = new JobRunner(db);
    // No jobs.start(): only the clock route can run the probe job.
    jobs.register('test.probe', async (_tx, job, now) => {
      ran.push({ refId: job.ref_id, now });
    });
    app = createApp({ db, config: loadConfig({}), jobs, seedDemo: async () => undefined });
  }, 180_000);
  afterAll(async () => db?.close());

  const post = async (path: string, body: unknown) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('runs a job that falls due within the advance, with the new now, and none that does not', async () => {
    const created = await post('/_sim/tenants', { name: 'In-process' });
    const orgId = (created.body.partner as { orgId: string }).orgId;
    const start = Date.parse((await (await app.request(`/_sim/tenants/${orgId}/clock`)).json()).now);
    await db.transaction(async (tx) => {
      await jobs.schedule(tx, { tenantId: orgId, kind: 'test.probe', refId: 'in-1h', dueAt: new Date(start + HOUR) });
      await jobs.schedule(tx, {
        tenantId: orgId,
        kind: 'test.probe',
        refId: 'in-3h',
        dueAt: new Date(start + 3 * HOUR),
      });
    });

    const first = await post(`/_sim/tenants/${orgId}/clock`, { advance: 'PT90M' });
    expect(first.status).toBe(200);
    expect(ran.map((r) => r.refId)).toEqual(['in-1h']);
    expect(ran[0]?.now.toISOString()).toBe(first.body.now);

    const second = await post(`/_sim/tenants/${orgId}/clock`, { set: new Date(start + 4 * HOUR).toISOString() });
    expect(second.status).toBe(200);
    expect(ran.map((r) => r.refId)).toEqual(['in-1h', 'in-3h']);
    const pending = await db.query(`SELECT 1 FROM jobs WHERE tenant_id = $1 AND status = 'pending'`, [orgId]);
    expect(pending).toEqual([]);
  });
});
