import { randomUUID } from 'node:crypto';
import { encodeId } from '@contract/ids';
import type { HubLocation } from '@contract/hub';
import type { Queryable } from '../../db/db';

export interface LocationInput {
  name: string;
  address: Record<string, unknown>;
  timezone: string;
  language: string;
  emergencyLocationIdentifier?: string | undefined;
}

interface LocationRow {
  id: string;
  customer_id: string;
  name: string;
  address: Record<string, string>;
  timezone: string;
  language: string;
  emergency_location_identifier: string | null;
  is_headquarters: boolean;
  created_at: Date;
}

export async function insertLocation(
  q: Queryable,
  l: LocationInput & { tenantId: string; customerId: string; headquarters: boolean; now: Date },
): Promise<string> {
  const id = encodeId('LOCATION', randomUUID());
  await q.query(
    `INSERT INTO locations (id, tenant_id, customer_id, name, address, timezone, language, emergency_location_identifier,
                            is_headquarters, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      l.tenantId,
      l.customerId,
      l.name,
      JSON.stringify(l.address),
      l.timezone,
      l.language,
      l.emergencyLocationIdentifier ?? null,
      l.headquarters,
      l.now,
    ],
  );
  return id;
}

export async function headquartersId(q: Queryable, customerId: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    'SELECT id FROM locations WHERE customer_id = $1 AND is_headquarters LIMIT 1',
    [customerId],
  );
  return row?.id ?? null;
}

/**
 * A customer created without calling got its headquarters from the billing address; its
 * first calling location replaces those details (keeping the HQ's name if another
 * location already has the requested one).
 */
export async function becomeCallingHeadquarters(q: Queryable, customerId: string, l: LocationInput): Promise<void> {
  await q.query(
    `UPDATE locations SET
        name = CASE WHEN EXISTS (SELECT 1 FROM locations o WHERE o.customer_id = $1 AND NOT o.is_headquarters
                                  AND lower(o.name) = lower($2)) THEN name ELSE $2 END,
        address = $3, timezone = $4, language = $5, emergency_location_identifier = $6
      WHERE customer_id = $1 AND is_headquarters`,
    [customerId, l.name, JSON.stringify(l.address), l.timezone, l.language, l.emergencyLocationIdentifier ?? null],
  );
}

export async function locationNameTaken(q: Queryable, customerId: string, name: string): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM locations WHERE customer_id = $1 AND lower(name) = lower($2) LIMIT 1', [
    customerId,
    name,
  ]);
  return rows.length > 0;
}

/** A customer has a handful of branch offices, so the list is not paged. */
export async function listLocations(q: Queryable, customerId: string): Promise<HubLocation[]> {
  const rows = await q.query<LocationRow>('SELECT * FROM locations WHERE customer_id = $1 ORDER BY created_at, id', [
    customerId,
  ]);
  return rows.map(toWireLocation);
}

export async function findLocation(q: Queryable, customerId: string, id: string): Promise<HubLocation | null> {
  const [row] = await q.query<LocationRow>('SELECT * FROM locations WHERE customer_id = $1 AND id = $2', [
    customerId,
    id,
  ]);
  return row ? toWireLocation(row) : null;
}

function toWireLocation(r: LocationRow): HubLocation {
  return {
    id: r.id,
    customerId: r.customer_id,
    name: r.name,
    address: r.address,
    timezone: r.timezone,
    language: r.language,
    ...(r.emergency_location_identifier ? { emergencyLocationIdentifier: r.emergency_location_identifier } : {}),
    isHeadquarters: r.is_headquarters,
    created: r.created_at.toISOString(),
  };
}
