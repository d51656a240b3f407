import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from '../db/db';

const DATE_OID = 1082;

/**
 * PGlite opened for one bulk load by a process that owns the data dir for its duration
 * (the scale CLI): index builds skip the WAL (wal_level=minimal) and page writes carry no
 * full-page images, a quarter less CPU for rebuilding a million-row table's indexes.
 * These are start settings, not stored ones: the simulator opens the dir afterwards with
 * its usual durable settings. Same value types as db.ts's PGlite (dates as strings).
 */
export async function openBulkPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(dataDir, {
    parsers: { [DATE_OID]: (value: string) => value },
    startParams: [
      ...PGlite.defaultStartParams,
      ...['-c', 'wal_level=minimal', '-c', 'max_wal_senders=0', '-c', 'full_page_writes=off'],
    ],
  });
  await lite.waitReady;
  const run = async <T>(q: { query: PGlite['query'] }, sql: string, params?: readonly unknown[]) =>
    (await q.query<T>(sql, params ? [...params] : undefined)).rows;
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({ query: (sql, params) => run(q, sql, params) });
  return {
    kind: 'pglite',
    ...wrap(lite),
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: () => lite.close(),
  };
}
