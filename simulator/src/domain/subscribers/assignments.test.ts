// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { JobRunner } from '../jobs';
import { createTenant, type CreatedTenant } from '../tenants';
import { registerWebexUsers } from '../world';
import { CONSENT_ACCEPTED_JOB, acceptConsent } from './consent';
import { provisionSubscriber } from './provision';
import { deleteSubscriber } from './remove';
import { updateSubscriber } from './update';

/*
 * The billing intervals behind subscriber operations, read straight from `assignments`
 * (the API cannot show them). Instants are fixed by hand; the customer holds a licence ID
 * for webex_calling only, so webex_meetings intervals carry none.
 */
const T0 = new Date('2026-03-02T09:00:00.000Z');
const T1 = new Date('2026-03-05T15:30:00.000Z');
const T2 = new Date('2026-03-09T08:00:00.000Z');
const CUSTOMER = 'cust-assignments';
const HQ = 'loc-hq';
const CALLING_LICENCE = 'LICENCE-CALLING-1';

let db: Db;
let tenant: CreatedTenant;
let jobs: JobRunner;

interface AssignmentRow {
  subscriber_id: string;
  user_id: string | null;
  package: string;
  location_id: string | null;
  license_id: string | null;
  start_at: Date;
  end_at: Date | null;
  customer_org_id: string | null;
  customer_external_id: string | null;
}

async function assignmentsOf(subscriberId: string): Promise<AssignmentRow[]> {
  return db.query<AssignmentRow>(
    'SELECT * FROM assignments WHERE subscriber_id = $1 ORDER BY start_at, end_at NULLS LAST',
    [subscriberId],
  );
}

const ctx = (now: Date) => ({ orgId: tenant.partner.orgId, tenantId: tenant.partner.orgId, now });

beforeAll(async () => {
  db = await openDb({ memory: true });
  await migrate(db);
  tenant = await createTenant(db, { name: 'Assignments Partner', subPartners: [] }, T0);
  jobs = new JobRunner(db);
  jobs.register(CONSENT_ACCEPTED_JOB, (tx, job) => acceptConsent(tx, job));
  await db.query(
    `INSERT INTO customers (id, tenant_id, org_id, webex_org_id, external_id, address, status, packages, resource_details,
                            created_at, updated_at)
     VALUES ($1, $2, $2, 'WEBEX-ORG-1', 'EXT-1', '{}'::jsonb, 'provisioned', $3, $4, $5, $5)`,
    [
      CUSTOMER,
      tenant.partner.orgId,
      ['webex_calling', 'webex_meetings'],
      JSON.stringify({
        packages: [{ name: 'webex_calling', licenseIds: [CALLING_LICENCE] }, { name: 'webex_meetings' }],
      }),
      T0,
    ],
  );
  await db.query(
    `INSERT INTO locations (id, tenant_id, customer_id, name, address, timezone, language, is_headquarters, created_at)
     VALUES ($1, $2, $3, 'Headquarters', '{}'::jsonb, 'Europe/London', 'en_GB', true, $4)`,
    [HQ, tenant.partner.orgId, CUSTOMER, T0],
  );
}, 60_000);

afterAll(async () => {
  await db.close();
});

describe('subscriber assignments', () => {
  it('opens on provisioning, moves with a package change and closes on delete, each at its instant', async () => {
    const s = await provisionSubscriber(db, jobs, ctx(T0), {
      customerId: CUSTOMER,
      email: 'mover@example.com',
      packages: ['webex_meetings'],
      provisioningParameters: {},
    });
    expect(await assignmentsOf(s.id)).toEqual([
      expect.objectContaining({
        user_id: s.person_id,
        package: 'webex_meetings',
        location_id: null,
        license_id: null,
        start_at: T0,
        end_at: null,
        customer_org_id: 'WEBEX-ORG-1',
        customer_external_id: 'EXT-1',
      }),
    ]);

    await updateSubscriber(db, ctx(T1), s.id, {
      packages: ['webex_calling'],
      provisioningParameters: { extension: '2001' },
    });
    expect(await assignmentsOf(s.id)).toEqual([
      expect.objectContaining({ package: 'webex_meetings', start_at: T0, end_at: T1, license_id: null }),
      expect.objectContaining({
        package: 'webex_calling',
        start_at: T1,
        end_at: null,
        location_id: HQ,
        license_id: CALLING_LICENCE,
        user_id: s.person_id,
      }),
    ]);

    // Asking for the package it already has changes nothing.
    await updateSubscriber(db, ctx(T2), s.id, { package: 'webex_calling' });
    expect(await assignmentsOf(s.id)).toHaveLength(2);

    await deleteSubscriber(db, ctx(T2), s.id);
    expect((await assignmentsOf(s.id)).map((a) => [a.package, a.start_at, a.end_at])).toEqual([
      ['webex_meetings', T0, T1],
      ['webex_calling', T1, T2],
    ]);
  });

  it('bills a free-account person only from consent, two days after provisioning', async () => {
    await registerWebexUsers(db, ['consenting@example.com'], 'free');
    const s = await provisionSubscriber(db, jobs, ctx(T0), {
      customerId: CUSTOMER,
      email: 'consenting@example.com',
      packages: ['webex_calling'],
      provisioningParameters: { primaryPhoneNumber: '+442071838750' },
    });
    expect(s.status).toBe('pending_user_migration');
    expect(s.person_id).toBeNull();
    expect(await assignmentsOf(s.id)).toEqual([]);

    // The clock jumps past acceptance; the interval still starts when the person accepted.
    const accepted = new Date(T0.getTime() + 2 * 86_400_000);
    await jobs.runDueForTenant(tenant.partner.orgId, new Date(accepted.getTime() - 1));
    expect(await assignmentsOf(s.id)).toEqual([]);
    await jobs.runDueForTenant(tenant.partner.orgId, T2);
    const [row] = await db.query<{ status: string; person_id: string; last_status_change: Date }>(
      'SELECT status, person_id, last_status_change FROM subscribers WHERE id = $1',
      [s.id],
    );
    expect(row).toMatchObject({ status: 'provisioned', last_status_change: accepted });
    expect(await assignmentsOf(s.id)).toEqual([
      expect.objectContaining({
        package: 'webex_calling',
        user_id: row!.person_id,
        start_at: accepted,
        end_at: null,
        location_id: HQ,
        license_id: CALLING_LICENCE,
      }),
    ]);
  });
});
