import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '@contract/ids';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDb, type Db } from '../src/db/db';
import { migrate } from '../src/db/migrate';
import { JobRunner } from '../src/domain/jobs';
import { findWorldOrg, isDeniedParty, webexUserKind } from '../src/domain/world';
import { call, expectWebexError, type ApiResponse } from './helpers';
import { startSimulator, type RunningSimulator } from './server-process';

const unique = () => randomUUID().slice(0, 8);

describe('separately started simulators', () => {
  let normal: RunningSimulator | undefined;
  let controlOff: RunningSimulator | undefined;

  // DATABASE_URL unset: these must never touch the database the shared test server uses.
  beforeAll(async () => {
    normal = await startSimulator({ DATABASE_URL: undefined });
  }, 240_000);
  afterAll(async () => {
    await Promise.all([normal?.stop(), controlOff?.stop()]);
    if (normal?.dataDir) rmSync(normal.dataDir, { recursive: true, force: true });
  });

  it('POST /_sim/reset drops every tenant: their tokens stop working and their clocks are gone', async () => {
    const url = (path: string) => normal!.baseUrl + path;
    const created = await call('POST', url('/_sim/tenants'), { body: { name: 'Reset Me' } });
    expect(created.status).toBe(201);
    const { orgId } = created.body.partner as { orgId: string };
    const token = created.body.tokens.fullAdmin as string;
    expect((await call('GET', url('/v1/wholesale/subPartners'), { token })).status).toBe(200);

    expect((await call('POST', url('/_sim/reset'))).status).toBe(204);

    expectWebexError(await call('GET', url('/v1/wholesale/subPartners'), { token }), 401);
    expectWebexError(await call('GET', url(`/_sim/tenants/${orgId}/clock`)), 404);
    expect((await call('GET', url('/_sim/tenants'))).body).toEqual({ items: [] });
  });

  it('SIM_CONTROL=off answers 404 on every /_sim route and still serves the public API', async () => {
    // Restarted on the same data dir: opening an existing PGlite dir is far cheaper than creating one.
    await normal!.stop();
    controlOff = await startSimulator({ DATABASE_URL: undefined, DATA_DIR: normal!.dataDir, SIM_CONTROL: 'off' });
    const url = (path: string) => controlOff!.baseUrl + path;
    expectWebexError(await call('POST', url('/_sim/tenants'), { body: {} }), 404);
    expectWebexError(await call('GET', url('/_sim/tenants')), 404);
    expectWebexError(await call('POST', url('/_sim/reset')), 404);
    expectWebexError(await call('POST', url('/_sim/orgs'), { body: { name: 'X' } }), 404);
    expectWebexError(await call('POST', url('/_sim/tokens'), { body: {} }), 404);
    expect((await call('GET', url('/healthz'))).status).toBe(200);
    expectWebexError(await call('GET', url('/v1/wholesale/subPartners')), 401);
  }, 120_000);
});

describe('world registration over HTTP', () => {
  it('creates an existing Webex organisation with an ORGANIZATION id', async () => {
    const res = await call<{ orgId: string }>('POST', '/_sim/orgs', {
      body: { name: `Existing Org ${unique()}`, users: 120, verifiedDomain: true, claimedDomain: false },
    });
    expect(res.status).toBe(201);
    expect(decodeId(res.body.orgId)?.type).toBe('ORGANIZATION');
  });

  it('registers Webex users and denied parties with 204', async () => {
    const users = await call('POST', '/_sim/webex-users', {
      body: { emails: [`free-${unique()}@example.com`], kind: 'free' },
    });
    expect(users.status).toBe(204);
    const denied = await call('POST', '/_sim/denied-parties', { body: { names: [`Denied Co ${unique()}`] } });
    expect(denied.status).toBe(204);
  });

  it.each([
    ['/_sim/orgs', {}, 'name'],
    ['/_sim/orgs', { name: 'X', users: -1 }, 'users'],
    ['/_sim/orgs', { name: 'X', users: 'many' }, 'users'],
    ['/_sim/orgs', { name: 'X', verifiedDomain: 'yes' }, 'verifiedDomain'],
    ['/_sim/orgs', { name: 'X', region: 'EU' }, 'region'],
    ['/_sim/webex-users', { emails: ['ok@example.com', 'not-an-email'], kind: 'free' }, 'emails.1'],
    ['/_sim/webex-users', { emails: [], kind: 'free' }, 'emails'],
    ['/_sim/webex-users', { emails: 'ok@example.com', kind: 'free' }, 'emails'],
    ['/_sim/webex-users', { emails: ['ok@example.com'], kind: 'guest' }, 'kind'],
    ['/_sim/webex-users', { emails: ['ok@example.com'] }, 'kind'],
    ['/_sim/denied-parties', { names: [] }, 'names'],
    ['/_sim/denied-parties', { names: ['  '] }, 'names.0'],
    ['/_sim/denied-parties', {}, 'names'],
  ])('POST %s %j → 400 naming %s', async (path, body, field) => {
    const res = expectWebexError(await call('POST', path, { body }), 400);
    const item = res.errors.find((e) => e.field === field);
    expect(item, JSON.stringify(res.errors)).toBeDefined();
    expect(item?.description.startsWith(field)).toBe(true);
  });

  it('lists the allowed values when a kind is not one of them', async () => {
    const res = expectWebexError(
      await call('POST', '/_sim/webex-users', { body: { emails: ['a@example.com'], kind: 'guest' } }),
      400,
    );
    expect(res.errors[0]?.description).toMatch(/free, calling, other_partner/);
  });
});

describe('world read helpers and reset (in-process)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await openDb({ memory: true });
    await migrate(db);
    app = createApp({ db, config: loadConfig({}), jobs: new JobRunner(db), seedDemo: async () => undefined });
  }, 180_000);
  afterAll(async () => db?.close());

  const post = async (path: string, body?: unknown, env?: unknown, target = app): Promise<ApiResponse> => {
    const init =
      body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const res = await target.request(path, { method: 'POST', ...init }, env);
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
  };

  it('stores an organisation as given, with defaults for what was left out', async () => {
    const { orgId } = (await post('/_sim/orgs', { name: 'Globex', users: 42, claimedDomain: true })).body as {
      orgId: string;
    };
    expect(await findWorldOrg(db, orgId)).toEqual({
      id: orgId,
      name: 'Globex',
      users: 42,
      verifiedDomain: false,
      claimedDomain: true,
      trial: false,
      attachedCustomerId: null,
    });
    expect(await findWorldOrg(db, 'no-such-org')).toBeNull();
  });

  it('finds Webex users by e-mail in any case, the latest registration deciding the kind', async () => {
    await post('/_sim/webex-users', { emails: ['Pat.Smith@Example.COM'], kind: 'free' });
    expect(await webexUserKind(db, 'pat.smith@example.com')).toBe('free');
    expect(await webexUserKind(db, 'PAT.SMITH@EXAMPLE.COM')).toBe('free');
    await post('/_sim/webex-users', { emails: ['pat.smith@example.com'], kind: 'other_partner' });
    expect(await webexUserKind(db, 'Pat.Smith@example.com')).toBe('other_partner');
    expect(await webexUserKind(db, 'nobody@example.com')).toBeNull();
  });

  it('screens denied parties ignoring case and surrounding spaces', async () => {
    await post('/_sim/denied-parties', { names: ['Acme Rockets Ltd'] });
    expect(await isDeniedParty(db, 'ACME ROCKETS LTD')).toBe(true);
    expect(await isDeniedParty(db, ' acme rockets ltd ')).toBe(true);
    expect(await isDeniedParty(db, 'Acme Rockets')).toBe(false);
  });

  it('refuses non-loopback clients unless SIM_CONTROL_PUBLIC=on', async () => {
    const remote = { incoming: { socket: { remoteAddress: '203.0.113.9' } } };
    expectWebexError(await post('/_sim/orgs', { name: 'Remote' }, remote), 403);
    const publicApp = createApp({
      db,
      config: loadConfig({ SIM_CONTROL_PUBLIC: 'on' }),
      jobs: new JobRunner(db),
      seedDemo: async () => undefined,
    });
    expect((await post('/_sim/orgs', { name: 'Remote' }, remote, publicApp)).status).toBe(201);
    expect(
      (await post('/_sim/orgs', { name: 'Local' }, { incoming: { socket: { remoteAddress: '127.0.0.1' } } })).status,
    ).toBe(201);
  });

  it('serves no /_sim route at all with SIM_CONTROL=off', async () => {
    const off = createApp({
      db,
      config: loadConfig({ SIM_CONTROL: 'off' }),
      jobs: new JobRunner(db),
      seedDemo: async () => undefined,
    });
    expectWebexError(await post('/_sim/tenants', {}, undefined, off), 404);
    expectWebexError(await post('/_sim/reset', undefined, undefined, off), 404);
    expect((await post('/_sim/tenants', {})).status).toBe(201);
  });

  it('resets every tenant and the whole world', async () => {
    await post('/_sim/tenants', { subPartners: [{ name: 'Gone Reseller' }] });
    expect((await post('/_sim/reset')).status).toBe(204);
    for (const table of ['tenants', 'orgs', 'tokens', 'templates', 'world_orgs', 'webex_users', 'denied_parties']) {
      expect(await db.query(`SELECT 1 FROM ${table} LIMIT 1`), table).toEqual([]);
    }
  });
});
