/**
 * A report whose generation fails: no public request can cause that, so this runs the app
 * in-process and breaks the stored report before its generation job runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { JobRunner } from '../src/domain/jobs';
import { dayOffset } from './billing-fixtures';

describe('a failed billing report (in-process)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    app = createApp({ db, config: loadConfig({}), jobs: new JobRunner(db), seedDemo: async () => undefined });
  }, 180_000);
  afterAll(async () => db?.close());

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };

  it('shows FAILED with errors, cannot be deleted, and does not block a new report for the period', async () => {
    const tenant = await call('POST', '/_sim/tenants', undefined, { name: 'Failing Partner' });
    const orgId = (tenant.body.partner as { orgId: string }).orgId;
    const token = (tenant.body.tokens as { fullAdmin: string }).fullAdmin;
    expect((await call('POST', `/_sim/tenants/${orgId}/settings`, undefined, { reportDelay: 'PT1H' })).status).toBe(
      200,
    );
    const now = (await call('GET', `/_sim/tenants/${orgId}/clock`)).body.now as string;
    const period = { billingStartDate: dayOffset(now, -10), billingEndDate: dayOffset(now, -1) };

    const created = await call('POST', '/v1/wholesale/billing/reports', token, period);
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    // A PARTNER point-in-time report has no column set: generation must fail.
    await db.query(`UPDATE billing_reports SET category = 'POINT_IN_TIME' WHERE id = $1`, [id]);
    expect((await call('POST', `/_sim/tenants/${orgId}/clock`, undefined, { advance: 'PT1H' })).status).toBe(200);

    const got = await call('GET', `/v1/wholesale/billing/reports/${id}`, token);
    expect(got.body).toMatchObject({ status: 'FAILED', errors: [{ code: 5000 }] });
    expect((got.body.errors as { description: string }[])[0]?.description).toMatch(/^Report generation failed: /);
    expect(got.body.tempDownloadURL).toBeUndefined();

    const del = await call('DELETE', `/v1/wholesale/billing/reports/${id}`, token);
    expect(del.status).toBe(409);
    expect(del.body.errors).toEqual([expect.objectContaining({ errorCode: 2030, field: 'id' })]);
    expect(del.body.message).toMatch(/cannot be deleted.*FAILED/);

    await db.query(`UPDATE billing_reports SET category = 'RECONCILIATION' WHERE id = $1`, [id]);
    const again = await call('POST', '/v1/wholesale/billing/reports', token, period);
    expect(again.status).toBe(200);
    expect(again.body.id).not.toBe(id);
  });
});
