import type { Queryable } from '../db/db';

export interface BulkLoad {
  /** Whether per-row foreign-key triggers are off (the caller must then verify references set-based). */
  triggersOff: boolean;
  /** Indexes dropped for the load: the caller runs each `definition` (CREATE INDEX) after it. */
  dropped: { table: string; name: string; definition: string }[];
}

/**
 * Prepares one transaction for loading far more rows than a table holds: a million
 * single-row index insertions and foreign-key trigger calls cost several times what a
 * sorted index build and one anti-join cost. Both measures are transaction-local: the
 * trigger setting is `SET LOCAL`, and DROP/CREATE INDEX roll back with everything else.
 *
 * - Foreign-key triggers are skipped where the role may do so (PGlite always runs as a
 *   superuser; a PostgreSQL role without superuser keeps its triggers).
 * - Secondary indexes of `tables` are dropped only when the table holds fewer rows than are
 *   about to be added, so seeding into a busy database does not rebuild its big indexes.
 *   On PostgreSQL the dropped index holds an exclusive lock on its table until commit.
 */
export async function beginBulkLoad(tx: Queryable, tables: { table: string; addingRows: number }[]): Promise<BulkLoad> {
  const [role] = await tx.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
  const triggersOff = Boolean(role?.rolsuper);
  if (triggersOff) await tx.query('SET LOCAL session_replication_role = replica');
  await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);

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
  }

  return { triggersOff, dropped };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
