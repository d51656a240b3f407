import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db';

/**
 * Injected faults of one tenant. HTTP faults are consumed by the `faults` middleware
 * (http/middleware.ts); provisioning faults by the provisioning job through
 * `takeProvisioningFault`. Each fault fires `times` times, then stays as a spent row
 * (times_left = 0) that nothing matches any more.
 */

export interface HttpFaultInput {
  method: string;
  path: string;
  status: number;
  times: number;
  retryAfterSeconds?: number | undefined;
  errorCode?: number | undefined;
  description?: string | undefined;
}

export interface ProvisioningFaultInput {
  packages: readonly string[];
  errorCode: number;
  description: string;
  times: number;
}

export interface FaultView {
  id: string;
  kind: 'http' | 'provisioning';
  timesLeft: number;
  method?: string;
  path?: string;
  status?: number;
  retryAfterSeconds?: number;
  packages?: string[];
  errorCode?: number;
  description?: string;
}

interface FaultRow {
  id: string;
  kind: 'http' | 'provisioning';
  method: string | null;
  path: string | null;
  status: number | null;
  times_left: number;
  retry_after_seconds: number | null;
  error_code: number | null;
  description: string | null;
  packages: string[] | null;
}

export async function addHttpFault(q: Queryable, tenantId: string, f: HttpFaultInput, now: Date): Promise<string> {
  const id = randomUUID();
  await q.query(
    `INSERT INTO faults (id, tenant_id, kind, method, path, status, times_left, retry_after_seconds, error_code, description, created_at)
     VALUES ($1, $2, 'http', $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      tenantId,
      f.method.toUpperCase(),
      f.path,
      f.status,
      f.times,
      f.retryAfterSeconds ?? null,
      f.errorCode ?? null,
      f.description || null,
      now,
    ],
  );
  return id;
}

export async function addProvisioningFault(
  q: Queryable,
  tenantId: string,
  f: ProvisioningFaultInput,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await q.query(
    `INSERT INTO faults (id, tenant_id, kind, packages, times_left, error_code, description, created_at)
     VALUES ($1, $2, 'provisioning', $3, $4, $5, $6, $7)`,
    [id, tenantId, [...f.packages], f.times, f.errorCode, f.description, now],
  );
  return id;
}

/** Faults that can still fire, oldest first (the order in which they are matched). */
export async function listActiveFaults(q: Queryable, tenantId: string): Promise<FaultView[]> {
  const rows = await q.query<FaultRow>(
    `SELECT id, kind, method, path, status, times_left, retry_after_seconds, error_code, description, packages
       FROM faults WHERE tenant_id = $1 AND times_left > 0 ORDER BY created_at, id`,
    [tenantId],
  );
  return rows.map((r) => {
    const view: FaultView = { id: r.id, kind: r.kind, timesLeft: r.times_left };
    if (r.method !== null) view.method = r.method;
    if (r.path !== null) view.path = r.path;
    if (r.status !== null) view.status = r.status;
    if (r.retry_after_seconds !== null) view.retryAfterSeconds = r.retry_after_seconds;
    if (r.packages !== null) view.packages = r.packages;
    if (r.error_code !== null) view.errorCode = r.error_code;
    if (r.description !== null) view.description = r.description;
    return view;
  });
}

export async function clearFaults(q: Queryable, tenantId: string): Promise<void> {
  await q.query('DELETE FROM faults WHERE tenant_id = $1', [tenantId]);
}

export interface ProvisioningFault {
  /** The first of the provisioned packages that the fault names. */
  package: string;
  errorCode: number;
  description: string;
}

/**
 * Consumes one pending provisioning fault that names any of `packages` and says how that
 * provisioning must fail, or returns null. Call it inside the provisioning job's
 * transaction: the fault is spent only if the failed outcome is committed with it, and
 * SKIP LOCKED keeps two concurrent jobs from spending one `times` twice.
 */
export async function takeProvisioningFault(
  tx: Queryable,
  tenantId: string,
  packages: string[],
): Promise<ProvisioningFault | null> {
  if (packages.length === 0) return null;
  const [row] = await tx.query<{ packages: string[]; error_code: number | null; description: string | null }>(
    `UPDATE faults SET times_left = times_left - 1
      WHERE id = (SELECT id FROM faults
                   WHERE tenant_id = $1 AND kind = 'provisioning' AND times_left > 0 AND packages && $2::text[]
                   ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING packages, error_code, description`,
    [tenantId, packages],
  );
  if (!row) return null;
  const hit = packages.find((p) => row.packages.includes(p)) ?? packages[0] ?? '';
  return {
    package: hit,
    errorCode: row.error_code ?? PROVISIONING_FAULT_DEFAULTS.errorCode,
    description: row.description ?? PROVISIONING_FAULT_DEFAULTS.description(hit),
  };
}

/** What a provisioning fault reports when its creator gave no error code or description. */
export const PROVISIONING_FAULT_DEFAULTS = {
  // 2560 is the spec's own example of a provisioning failure (Calling under maintenance).
  errorCode: 2560,
  description: (pkg: string) => `Provisioning of ${pkg} failed (injected fault).`,
};
