import type { Queryable } from '../db/db';
import type { TenantSettings, TenantState } from '../http/context';

export const DEFAULT_SETTINGS: TenantSettings = {
  provisioningDelay: 'PT5S',
  reportDelay: 'PT10S',
  rateLimit: null,
};

/** A tenant's clock runs with real time, shifted by an offset that only grows. */
export function tenantNow(tenant: Pick<TenantState, 'clockOffsetMs'>, realNow = Date.now()): Date {
  return new Date(realNow + tenant.clockOffsetMs);
}

export async function loadTenant(db: Queryable, tenantId: string): Promise<TenantState | null> {
  const [row] = await db.query<{ id: string; clock_offset_ms: number; settings: Partial<TenantSettings> }>(
    'SELECT id, clock_offset_ms, settings FROM tenants WHERE id = $1',
    [tenantId],
  );
  return row ? toTenantState(row) : null;
}

export function toTenantState(row: {
  id: string;
  clock_offset_ms: number;
  settings: Partial<TenantSettings>;
}): TenantState {
  return { id: row.id, clockOffsetMs: Number(row.clock_offset_ms), settings: { ...DEFAULT_SETTINGS, ...row.settings } };
}
