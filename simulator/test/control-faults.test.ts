import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { JobRunner } from '../src/domain/jobs';
import { takeProvisioningFault } from '../src/domain/faults';
import { as, call, createTenant, expectWebexError } from './helpers';

const addFault = (orgId: string, body: unknown) =>
  call<{ id: string }>('POST', `/_sim/tenants/${orgId}/faults`, { body });
const listFaults = (orgId: string) =>
  call<{ items: { id: string; timesLeft: number }[] }>('GET', `/_sim/tenants/${orgId}/faults`);

describe('HTTP faults', () => {
  it('fails exactly `times` matching requests with the given status, Retry-After and error, then clears', async () => {
    const t = await createTenant();
    const res = await addFault(t.partner.orgId, {
      method: 'GET',
      path: '/v1/wholesale/subPartners',
      status: 503,
      times: 2,
      retryAfterSeconds: 7,
      errorCode: 2560,
      description: 'Calling services unavailable due to maintenance',
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toEqual(expect.any(String));
    const client = as(t.tokens.fullAdmin);
    for (let i = 0; i < 2; i += 1) {
      const failed = await client.get('/v1/wholesale/subPartners');
      const body = expectWebexError(failed, 503);
      expect(failed.headers.get('retry-after')).toBe('7');
      expect(body.errors[0]).toMatchObject({
        errorCode: 2560,
        description: 'Calling services unavailable due to maintenance',
      });
      expect(body.trackingId).toBe(failed.headers.get('trackingid'));
    }
    expect((await client.get('/v1/wholesale/subPartners')).status).toBe(200);
    expect((await listFaults(t.partner.orgId)).body.items).toEqual([]);
  });

  it('defaults to one time and matches only the given method', async () => {
    const t = await createTenant();
    await addFault(t.partner.orgId, { method: 'POST', path: '/v1/wholesale/subPartners', status: 500 });
    const client = as(t.tokens.fullAdmin);
    expect((await client.get('/v1/wholesale/subPartners')).status).toBe(200);
    expectWebexError(await client.post('/v1/wholesale/subPartners', {}), 500);
    expect((await client.post('/v1/wholesale/subPartners', {})).status).not.toBe(500);
  });

  it('lets "*" stand for exactly one path segment', async () => {
    const t = await createTenant();
    await addFault(t.partner.orgId, { method: 'GET', path: '/hub/v1/orgs/*', status: 502, times: 3 });
    const client = as(t.tokens.fullAdmin);
    expect((await client.get('/hub/v1/session')).status).toBe(200);
    expect((await client.get('/hub/v1/orgs')).status).not.toBe(502);
    expect((await client.get(`/hub/v1/orgs/${t.partner.orgId}/extra`)).status).not.toBe(502);
    expectWebexError(await client.get(`/hub/v1/orgs/${t.partner.orgId}`), 502);
    expectWebexError(await client.get('/hub/v1/orgs/anything-else'), 502);
    expect((await listFaults(t.partner.orgId)).body.items).toMatchObject([{ timesLeft: 1 }]);
  });

  it('clears every fault on DELETE', async () => {
    const t = await createTenant();
    await addFault(t.partner.orgId, { method: 'GET', path: '/v1/wholesale/subPartners', status: 503, times: 10 });
    await addFault(t.partner.orgId, { kind: 'provisioning', packages: ['webex_calling'] });
    expect((await listFaults(t.partner.orgId)).body.items).toHaveLength(2);
    const del = await call('DELETE', `/_sim/tenants/${t.partner.orgId}/faults`);
    expect(del.status).toBe(204);
    expect((await listFaults(t.partner.orgId)).body.items).toEqual([]);
    expect((await as(t.tokens.fullAdmin).get('/v1/wholesale/subPartners')).status).toBe(200);
  });

  it('applies to the tenant’s sub-partner tokens too, and to no other tenant', async () => {
    const [t, other] = await Promise.all([
      createTenant({ subPartners: [{ name: 'Faulty Reseller' }] }),
      createTenant(),
    ]);
    await addFault(t.partner.orgId, { method: 'GET', path: '/hub/v1/session', status: 504, times: 5 });
    expectWebexError(await as(t.subPartners[0]!.tokens.fullAdmin).get('/hub/v1/session'), 504);
    expect((await as(other.tokens.fullAdmin).get('/hub/v1/session')).status).toBe(200);
  });

  it.each([
    [{ method: 'GET', path: '/v1/x', status: 302 }, 'status'],
    [{ method: 'GET', path: '/v1/x', status: 600 }, 'status'],
    [{ method: 'GET', path: '/v1/x', status: 503, times: 0 }, 'times'],
    [{ method: 'FETCH', path: '/v1/x', status: 503 }, 'method'],
    [{ method: 'GET', path: 'v1/x', status: 503 }, 'path'],
    [{ method: 'GET', path: '/v1/x?max=1', status: 503 }, 'path'],
    [{ method: 'GET', path: '/v1/x', status: 503, retryAfterSeconds: -1 }, 'retryAfterSeconds'],
    [{ method: 'GET', path: '/v1/x', status: 503, colour: 'red' }, 'colour'],
    [{ kind: 'network', method: 'GET', path: '/v1/x', status: 503 }, 'kind'],
    [{ kind: 'provisioning', packages: [] }, 'packages'],
    [{ kind: 'provisioning', packages: ['webex_teleport'] }, 'packages.0'],
    [{ kind: 'provisioning', packages: ['webex_calling'], times: 1.5 }, 'times'],
  ])('refuses %j with 400 naming %s, and stores nothing', async (body, field) => {
    const t = await createTenant();
    const res = expectWebexError(await addFault(t.partner.orgId, body), 400);
    expect(res.errors.map((e) => e.field)).toContain(field);
    expect((await listFaults(t.partner.orgId)).body.items).toEqual([]);
  });

  it('answers 404 for an unknown tenant', async () => {
    expectWebexError(await addFault('no-such-tenant', { method: 'GET', path: '/v1/x', status: 503 }), 404);
    expectWebexError(await call('DELETE', '/_sim/tenants/no-such-tenant/faults'), 404);
  });
});

describe('provisioning faults (takeProvisioningFault, in-process)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    app = createApp({ db, config: loadConfig({}), jobs: new JobRunner(db), seedDemo: async () => undefined });
  }, 180_000);
  afterAll(async () => db?.close());

  const post = async (path: string, body: unknown) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const newTenant = async () => ((await post('/_sim/tenants', {})).partner as { orgId: string }).orgId;
  const take = (tenantId: string, packages: string[]) =>
    db.transaction((tx) => takeProvisioningFault(tx, tenantId, packages));

  it('is consumed `times` times by provisionings that include one of its packages', async () => {
    const tenantId = await newTenant();
    await post(`/_sim/tenants/${tenantId}/faults`, {
      kind: 'provisioning',
      packages: ['webex_calling', 'webex_voice'],
      errorCode: 2560,
      description: 'Calling services unavailable',
      times: 2,
    });
    expect(await take(tenantId, ['webex_meetings'])).toBeNull();
    expect(await take(tenantId, ['webex_meetings', 'webex_voice'])).toEqual({
      package: 'webex_voice',
      errorCode: 2560,
      description: 'Calling services unavailable',
    });
    expect(await take(tenantId, ['webex_calling'])).toMatchObject({ package: 'webex_calling' });
    expect(await take(tenantId, ['webex_calling'])).toBeNull();
  });

  it('defaults to one time and a description naming the package, and stays within its tenant', async () => {
    const [tenantId, otherId] = [await newTenant(), await newTenant()];
    await post(`/_sim/tenants/${tenantId}/faults`, { kind: 'provisioning', packages: ['webex_suite'] });
    expect(await take(otherId, ['webex_suite'])).toBeNull();
    const fault = await take(tenantId, ['webex_suite']);
    expect(fault?.package).toBe('webex_suite');
    expect(fault?.description).toContain('webex_suite');
    expect(await take(tenantId, ['webex_suite'])).toBeNull();
  });

  it('is not spent when the provisioning that took it rolls back', async () => {
    const tenantId = await newTenant();
    await post(`/_sim/tenants/${tenantId}/faults`, { kind: 'provisioning', packages: ['webex_calling'] });
    await expect(
      db.transaction(async (tx) => {
        expect(await takeProvisioningFault(tx, tenantId, ['webex_calling'])).not.toBeNull();
        throw new Error('provisioning crashed');
      }),
    ).rejects.toThrow('provisioning crashed');
    expect(await take(tenantId, ['webex_calling'])).not.toBeNull();
  });
});
