import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { openDb, type Db } from '../db/db';
import { migrate } from '../db/migrate';
import { createTenant, type CreatedTenant } from '../domain/tenants';
import { beginBulkLoad } from './bulk-load';
import { openBulkPglite } from './bulk-pglite';
import { CALLING_WARNING, COUNT_MISSING_CUSTOMERS, CREATE_TEMP_TABLES, scaleStatements } from './scale-sql';

export interface ScaleOptions {
  customers: number;
  subscribersPerCustomer: number;
  historyDays: number;
  /** Called after each step, for progress output. */
  onStep?: (step: ScaleStep) => void;
}

export interface ScaleStep {
  name: string;
  rows: number;
  ms: number;
  /** CPU time of this process (PGlite runs in-process): a figure that ignores machine load. */
  cpuMs: number;
}

export interface ScaleResult {
  tenant: CreatedTenant;
  now: Date;
  customers: number;
  subscribers: number;
  steps: ScaleStep[];
  totalMs: number;
}

/** One customer in fifty ended in `error` and holds no subscribers. */
const ERROR_SHARE = 0.02;
/** Subscribers per statement: bounds the memory of one INSERT ... SELECT in PGlite. */
const SUBSCRIBER_CHUNK = 250_000;

/** Runs one step, measuring its wall time and this process's CPU time (PGlite runs in-process). */
async function timeStep<T>(
  name: string,
  rows: number,
  work: () => Promise<T>,
): Promise<{ result: T; step: ScaleStep }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpu0);
  return {
    result,
    step: { name, rows, ms: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000) },
  };
}

function printStep(s: ScaleStep): void {
  console.error(
    `[scale] ${s.name.padEnd(36)} ${String(s.rows).padStart(9)} rows ${(s.ms / 1000).toFixed(1).padStart(7)} s (cpu ${(s.cpuMs / 1000).toFixed(1)} s)`,
  );
}

/**
 * Creates a partner (with one reseller) and fills it set-based with `customers` customers
 * in terminal statuses, an HQ location each, `customers × subscribersPerCustomer`
 * subscribers and `historyDays` of billing history (hires, package changes, removed
 * users, workspaces), in one transaction. All rows are computed inside the database.
 */
export async function seedScaleTenant(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const steps: ScaleStep[] = [];
  const timed = async <T>(name: string, rows: number, work: () => Promise<T>): Promise<T> => {
    const { result, step } = await timeStep(name, rows, work);
    steps.push(step);
    options.onStep?.(step);
    return result;
  };
  const now = new Date();
  const totalSubscribers = Math.round(options.customers * options.subscribersPerCustomer);
  const goodCustomers = Math.max(1, options.customers - Math.floor(options.customers * ERROR_SHARE));
  const tag = randomBytes(4).toString('hex');
  const tenant = await timed('tenant', 0, () =>
    createTenant(
      db,
      { name: `Scale Partner ${tag}`, subPartners: [{ name: `Scale Reseller ${tag}`, provisioningState: 'active' }] },
      now,
    ),
  );
  const templateId = tenant.partner.templates[0]?.id;
  if (!templateId) throw new Error('createTenant gave the partner no template');
  const sql = scaleStatements(tag);
  const base = [tenant.partner.orgId, tenant.partner.orgId, tag, now, goodCustomers, options.historyDays];

  await db.transaction(async (tx) => {
    const step = (name: string, statement: string, params: unknown[], rows: number) =>
      timed(name, rows, () => tx.query(statement, params));
    const bulk = await timed('prepare bulk load', 0, () =>
      beginBulkLoad(tx, [
        { table: 'customers', addingRows: options.customers },
        { table: 'locations', addingRows: goodCustomers },
        { table: 'subscribers', addingRows: totalSubscribers },
        { table: 'assignments', addingRows: totalSubscribers },
      ]),
    );
    // Billing history needs the orgs to predate it.
    await tx.query(
      `UPDATE orgs SET created_at = $2::timestamptz - make_interval(days => $3::int + 90),
              billing_start_date = $2::timestamptz - make_interval(days => $3::int + 90)
        WHERE tenant_id = $1`,
      [tenant.partner.orgId, now, options.historyDays],
    );
    for (const statement of CREATE_TEMP_TABLES) await tx.query(statement);
    await step('customer keys', sql.fillCustomers, [...base, options.customers], options.customers);
    await step('licence keys', sql.fillLicences, base, options.customers);
    await tx.query('ANALYZE scale_customers');
    await tx.query('ANALYZE scale_licenses');
    await step('customers', sql.insertCustomers, [...base, CALLING_WARNING, templateId], options.customers);
    await step('locations', sql.insertLocations, base, goodCustomers);
    for (let from = 0; from < totalSubscribers; from += SUBSCRIBER_CHUNK) {
      const to = Math.min(totalSubscribers, from + SUBSCRIBER_CHUNK) - 1;
      await step(`users and history ${from}-${to}`, sql.insertUsers, [...base, from, to], to - from + 1);
    }
    const removed = Math.floor(totalSubscribers / 50);
    await step('removed users', sql.insertRemovedAssignments, [...base, removed], removed);
    await step('workspaces', sql.insertWorkspaceAssignments, base, Math.floor(goodCustomers / 4));
    for (const index of bulk.dropped) await step(`index ${index.name}`, index.definition, [], 0);
    if (bulk.triggersOff) {
      const [check] = await timed('verify references', 0, () => tx.query<{ missing: number }>(COUNT_MISSING_CUSTOMERS));
      if (check?.missing !== 0) throw new Error(`scale seed left ${check?.missing} customers unwritten`);
    }
  });
  // PGlite runs no autovacuum: without fresh statistics the planner would guess row counts.
  // Customers are vacuumed too (a few seconds for 100,000): their visibility map lets a
  // list page find its keys from the index alone, however deep the offset.
  await timed('analyze', 0, async () => {
    await db.query('VACUUM (ANALYZE) customers');
    for (const table of ['locations', 'subscribers', 'assignments']) await db.query(`ANALYZE ${table}`);
  });
  return {
    tenant,
    now,
    customers: options.customers,
    subscribers: totalSubscribers,
    steps,
    totalMs: Math.round(performance.now() - started),
  };
}

/**
 * CLI: creates and fills a scale tenant, printing progress to stderr and, at the end, the
 * tenant's orgId and full-admin token (or, with --json, one JSON summary on stdout).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '100000' },
      subscribers: { type: 'string', default: '1000000' },
      'history-days': { type: 'string', default: '30' },
      'data-dir': { type: 'string', default: '.tmp/scale' },
      json: { type: 'boolean', default: false },
    },
  });
  const customers = Number(values.customers);
  const subscribers = Number(values.subscribers);
  const historyDays = Number(values['history-days']);
  if (![customers, subscribers, historyDays].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--customers, --subscribers and --history-days must be positive whole numbers');
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const t0 = performance.now();
  const db = databaseUrl ? await openDb({ databaseUrl }) : await openBulkPglite(values['data-dir']);
  await migrate(db);
  const openMs = Math.round(performance.now() - t0);
  console.error(`[scale] ${databaseUrl ? 'PostgreSQL' : `PGlite in ${values['data-dir']}`} ready in ${openMs} ms`);
  const result = await seedScaleTenant(db, {
    customers,
    subscribersPerCustomer: subscribers / customers,
    historyDays,
    onStep: printStep,
  });
  // The bulk PGlite syncs its data dir on close: part of the seed, so it is timed with it.
  const { step: closeStep } = await timeStep('close and sync to disk', 0, () => db.close());
  printStep(closeStep);
  const summary = {
    orgId: result.tenant.partner.orgId,
    fullAdminToken: result.tenant.partner.tokens.fullAdmin,
    subPartnerOrgId: result.tenant.subPartners[0]?.orgId,
    customers: result.customers,
    subscribers: result.subscribers,
    openSeconds: openMs / 1000,
    seedSeconds: (result.totalMs + closeStep.ms) / 1000,
    steps: [...result.steps, closeStep],
  };
  if (values.json) {
    console.log(JSON.stringify(summary));
    return;
  }
  console.log(
    `seeded ${result.customers} customers / ${result.subscribers} subscribers in ${summary.seedSeconds.toFixed(1)} s`,
  );
  console.log(`orgId:            ${summary.orgId}`);
  console.log(`full-admin token: ${summary.fullAdminToken}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error('[scale]', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
