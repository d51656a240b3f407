import type { Queryable } from '../db/db';

export interface BulkLoad {
  /** Whether per-row foreign-key triggers are off (the caller must then verify references set-based). */
  triggersOff: boolean;
  /**
   * Indexes (and unreferenced primary keys) dropped for the load: the caller runs each
   * `definition` (CREATE INDEX or ALTER TABLE ... ADD CONSTRAINT) after it.
   */
  dropped: { table: string; name: string; definition: string }[];
  /** Tables given fresh storage in this transaction, whose rows then skip the WAL. */
  truncated: string[];
}

/**
 * Prepares one transaction for loading far more rows than a table holds: a million
 * single-row index insertions and foreign-key trigger calls cost several times what a
 * sorted index build and one anti-join cost. Both measures are transaction-local: the
 * trigger setting is `SET LOCAL`, and DROP/CREATE INDEX roll back with everything else.
 *
 * - Foreign-key triggers are skipped where the role may do so (PGlite always runs as a
 *   superuser; a PostgreSQL role without superuser keeps its triggers), and only while the
 *   loaded tables have no triggers of their own, which the setting would silence too.
 * - Secondary indexes of `tables` are dropped only when the table holds fewer rows than are
 *   about to be added, so seeding into a busy database does not rebuild its big indexes.
 *   On PostgreSQL the dropped index holds an exclusive lock on its table until commit.
 */
export async function beginBulkLoad(tx: Queryable, tables: { table: string; addingRows: number }[]): Promise<BulkLoad> {
  const [role] = await tx.query<{ rolsuper: boolean; user_triggers: number }>(
    `SELECT rolsuper,
            (SELECT count(*)::int FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
              WHERE NOT t.tgisinternal AND c.relname = ANY($1::text[])) AS user_triggers
       FROM pg_roles WHERE rolname = current_user`,
    [tables.map((t) => t.table)],
  );
  const triggersOff = Boolean(role?.rolsuper) && role?.user_triggers === 0;
  if (triggersOff) await tx.query('SET LOCAL session_replication_role = replica');
  const truncated = await freshStorageWhenEmpty(
    tx,
    tables.map((t) => t.table),
  );

  const dropped: BulkLoad['dropped'] = [];
  for (const { table, addingRows } of tables) {
    const [count] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(table)}`);
    if ((count?.n ?? 0) >= addingRows) continue;
    const indexes = await tx.query<{ name: string; definition: string }>(
      `SELECT i.indexname AS name, i.indexdef AS definition
         FROM pg_indexes i
        WHERE i.schemaname = current_schema() AND i.tablename = $1
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
      [table],
    );
    for (const index of indexes) {
      await tx.query(`DROP INDEX ${quoteIdent(index.name)}`);
      dropped.push({ table, ...index });
    }
    // A primary key nothing references is rebuilt the same way: a million random-order
    // keys inserted one by one cost several times one sorted build. Re-adding it checks
    // uniqueness over every row, so a duplicate still fails (and rolls back) the load.
    const keys = await tx.query<{ name: string; definition: string }>(
      `SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS definition
         FROM pg_constraint k
        WHERE k.conrelid = $1::regclass AND k.contype = 'p'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = k.conrelid)`,
      [table],
    );
    for (const key of keys) {
      await tx.query(`ALTER TABLE ${quoteIdent(table)} DROP CONSTRAINT ${quoteIdent(key.name)}`);
      dropped.push({
        table,
        name: key.name,
        definition: `ALTER TABLE ${quoteIdent(table)} ADD CONSTRAINT ${quoteIdent(key.name)} ${key.definition}`,
      });
    }
  }

  // Room to sort a million index entries in memory when they are rebuilt.
  // (At least 256MB; the scale CLI's own PGlite starts with more.)
  if (dropped.length > 0) {
    await tx.query(
      `SELECT set_config('maintenance_work_mem', '256MB', true)
        WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < pg_size_bytes('256MB')`,
    );
  }
  return { triggersOff, dropped, truncated };
}

/**
 * With wal_level=minimal (the scale CLI's own PGlite), rows written into a table whose
 * storage was created in the same transaction are not WAL-logged: the files are synced at
 * commit instead. For a million subscribers that is gigabytes of WAL neither written nor
 * generated. TRUNCATE gives a table new storage, so it is used when the tables, and every
 * table referencing them, are empty: nothing is lost, and a rollback restores the old files.
 * Elsewhere (PostgreSQL with its WAL for replicas and recovery, or any rows present) it does
 * nothing, and takes no lock.
 */
async function freshStorageWhenEmpty(tx: Queryable, tables: string[]): Promise<string[]> {
  const [level] = await tx.query<{ wal_level: string }>('SHOW wal_level');
  if (level?.wal_level !== 'minimal') return [];
  const related = await tx.query<{ name: string }>(
    `WITH RECURSIVE t(oid) AS (
       SELECT c.oid FROM pg_class c WHERE c.relname = ANY($1::text[]) AND c.relnamespace = current_schema()::regnamespace
       UNION
       SELECT k.conrelid FROM pg_constraint k JOIN t ON k.confrelid = t.oid WHERE k.contype = 'f'
     )
     SELECT c.relname AS name FROM pg_class c JOIN t ON t.oid = c.oid ORDER BY 1`,
    [tables],
  );
  const names = related.map((r) => r.name);
  for (const name of names) {
    const rows = await tx.query(`SELECT 1 FROM ${quoteIdent(name)} LIMIT 1`);
    if (rows.length > 0) return [];
  }
  await tx.query(`TRUNCATE ${names.map(quoteIdent).join(', ')}`);
  return names;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Rows of one tenant whose references point nowhere: what the foreign-key triggers would
 * have refused. One anti-join per reference, cheap for a tenant of a few thousand rows.
 */
export async function countDanglingReferences(tx: Queryable, tenantId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT (
       (SELECT count(*) FROM customers c WHERE c.tenant_id = $1
          AND (NOT EXISTS (SELECT 1 FROM orgs o WHERE o.id = c.org_id AND o.tenant_id = $1)
               OR (c.template_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM templates t WHERE t.id = c.template_id))))
     + (SELECT count(*) FROM subscribers s WHERE s.tenant_id = $1
          AND (NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = s.customer_id)
               OR NOT EXISTS (SELECT 1 FROM orgs o WHERE o.id = s.org_id AND o.tenant_id = $1)))
     + (SELECT count(*) FROM locations l WHERE l.tenant_id = $1
          AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = l.customer_id))
     + (SELECT count(*) FROM customer_events e WHERE e.tenant_id = $1
          AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = e.customer_id))
     )::int AS n`,
    [tenantId],
  );
  return row?.n ?? 0;
}
