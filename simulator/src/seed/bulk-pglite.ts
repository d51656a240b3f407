import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from '../db/db';

const DATE_OID = 1082;

/**
 * PGlite opened for one bulk load by a process that owns the data dir for its duration
 * (the scale CLI): index builds skip the WAL (wal_level=minimal) and page writes carry no
 * full-page images, a quarter less CPU for rebuilding a million-row table's indexes.
 * Nothing is fsynced while loading (fsync=off): the load is one transaction whose
 * half-written files are worthless after a crash anyway, and syncing gigabytes file by file
 * as PostgreSQL goes would stall it on the disk again and again. Instead `close()` syncs
 * the whole data dir once, so the load is on disk when it returns.
 * These are start settings, not stored ones: the simulator opens the dir afterwards with
 * its usual durable settings. Same value types as db.ts's PGlite (dates as strings).
 */
const BULK_SETTINGS = {
  wal_level: 'minimal',
  max_wal_senders: '0',
  full_page_writes: 'off',
  fsync: 'off',
  // Room for the load's working set: the per-customer temp tables every subscriber row
  // joins, the heap pages being filled, and a million index entries sorted in memory.
  temp_buffers: '64MB',
  shared_buffers: '384MB',
  maintenance_work_mem: '768MB',
};

export async function openBulkPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(dataDir, {
    parsers: { [DATE_OID]: (value: string) => value },
    startParams: [
      ...PGlite.defaultStartParams,
      ...Object.entries(BULK_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
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
    close: async () => {
      await lite.close();
      syncTree(dataDir);
    },
  };
}

/** fsync every file and directory under `dir`: what fsync=off left to the page cache. */
function syncTree(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncTree(path);
    else if (entry.isFile()) syncPath(path);
  }
  syncPath(dir);
}

function syncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
