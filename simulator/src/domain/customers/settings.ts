import { randomUUID } from 'node:crypto';
import type { CustomerSettings, SettingsChange } from '@contract/hub';
import type { Queryable } from '../../db/db';
import type { Principal } from '../../http/context';
import { recordEvent, type CustomerRow } from './repository';

/** customer_events kind of every change of "Restricted by partner". */
export const RESTRICTED_EVENT = 'restricted_by_partner';

interface EventRow {
  data: { restrictedByPartner: boolean; actorName?: string; actorEmail?: string; reason?: string };
  at: Date;
}

/** The setting with its change history, newest first; `changedBy` is null for the simulator's own changes. */
export async function customerSettings(q: Queryable, c: CustomerRow): Promise<CustomerSettings> {
  const rows = await q.query<EventRow>(
    'SELECT data, at FROM customer_events WHERE customer_id = $1 AND kind = $2 ORDER BY at DESC, id DESC',
    [c.id, RESTRICTED_EVENT],
  );
  const history: SettingsChange[] = rows.map((r) => ({
    restrictedByPartner: r.data.restrictedByPartner,
    changedBy: r.data.actorEmail ? { name: r.data.actorName ?? '', email: r.data.actorEmail } : null,
    changedAt: r.at.toISOString(),
    ...(r.data.reason ? { reason: r.data.reason } : {}),
  }));
  const [last] = history;
  return {
    customerId: c.id,
    restrictedByPartner: c.restricted,
    changedBy: last?.changedBy ?? null,
    changedAt: last?.changedAt ?? null,
    history,
  };
}

/** Records who flipped the toggle and when (simulated now); setting the current value again changes nothing. */
export async function setRestricted(
  q: Queryable,
  c: CustomerRow,
  value: boolean,
  who: Principal,
  now: Date,
): Promise<void> {
  if (c.restricted === value) return;
  await q.query('UPDATE customers SET restricted = $2, updated_at = $3 WHERE id = $1', [c.id, value, now]);
  await recordEvent(q, {
    id: randomUUID(),
    tenantId: c.tenant_id,
    customerId: c.id,
    kind: RESTRICTED_EVENT,
    data: { restrictedByPartner: value, previous: c.restricted, actorName: who.adminName, actorEmail: who.adminEmail },
    actor: who.adminId,
    at: now,
  });
}
