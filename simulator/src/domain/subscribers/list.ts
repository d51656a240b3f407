import { ERROR_CODES } from '@contract/error-codes';
import type { ListSubscribersQuery } from '@contract/wholesale';
import type { Queryable } from '../../db/db';
import { refuse } from '../../http/errors';
import { SUBSCRIBER_SELECT, type SubscriberRow } from './subscriber-row';

function instant(ms: number, field: string): Date {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) {
    throw refuse(ERROR_CODES.INVALID_DATE, `${field}: ${ms} is outside the range of dates (epoch milliseconds)`, field);
  }
  return date;
}

/**
 * One page of the acting org's subscribers. The ORDER BY matches the indexes
 * (org_id, created_at, id) and (org_id, last_status_change, id), so a page is an index
 * walk that stops after offset + max + 1 rows, never a count or a sort of the whole set;
 * the extra row says whether a next page exists. The id tie-break keeps pages stable when
 * several subscribers share an instant. Default order is ascending (the spec gives none):
 * new subscribers then land on the last page instead of shifting every page under a
 * client that is walking the list.
 */
export async function listSubscribers(
  q: Queryable,
  orgId: string,
  query: ListSubscribersQuery,
): Promise<{ rows: SubscriberRow[]; hasMore: boolean }> {
  const params: unknown[] = [orgId];
  const where = ['s.org_id = $1'];
  const add = (condition: (param: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (query.customerId) add((p) => `s.customer_id = ${p}`, query.customerId);
  if (query.personId) add((p) => `s.person_id = ${p}`, query.personId);
  if (query.externalCustomerId) {
    add(
      (p) => `s.customer_id IN (SELECT id FROM customers WHERE org_id = $1 AND external_id = ${p})`,
      query.externalCustomerId,
    );
  }
  if (query.email) add((p) => `lower(s.email) = lower(${p})`, query.email.trim());
  if (query.status) add((p) => `s.status = ${p}`, query.status);
  if (query.after !== undefined) add((p) => `s.created_at > ${p}`, instant(query.after, 'after'));
  if (query.lastStatusChange !== undefined) {
    add((p) => `s.last_status_change > ${p}`, instant(query.lastStatusChange, 'lastStatusChange'));
  }
  const column = query.sortBy === 'lastStatusChange' ? 's.last_status_change' : 's.created_at';
  const direction = query.sortOrder === 'DESC' ? 'DESC' : 'ASC';
  params.push(query.max + 1, query.offset);
  const rows = await q.query<SubscriberRow>(
    `${SUBSCRIBER_SELECT} WHERE ${where.join(' AND ')}
      ORDER BY ${column} ${direction}, s.id ${direction}
      LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows: rows.slice(0, query.max), hasMore: rows.length > query.max };
}
