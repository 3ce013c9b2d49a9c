import { Pool } from 'pg';

export type TableSnapshot = Readonly<Record<string, readonly Record<string, unknown>[]>>;

/**
 * Every row of each table, keyed by table, in an order that depends on the
 * rows only (their text form), so two builds of a read model compare row for
 * row whatever their keys and whatever order they were written in.
 */
export async function snapshotTables(pool: Pool, tables: readonly string[]): Promise<TableSnapshot> {
  const snapshot: Record<string, Record<string, unknown>[]> = {};
  for (const table of tables) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    snapshot[table] = (await pool.query<Record<string, unknown>>(`SELECT * FROM ${quoted} t ORDER BY t::text`)).rows;
  }
  return snapshot;
}
