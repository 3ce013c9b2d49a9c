import { PoolClient } from 'pg';

/** A live read-model table, with what a swap must give back to its replacement: its schema and index names. */
export interface LiveTable {
  readonly schema: string;
  readonly name: string;
  readonly oid: number;
  readonly indexes: readonly { readonly name: string; readonly shape: string }[];
}

export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const qualified = (t: { schema: string; name: string }) => `${ident(t.schema)}.${ident(t.name)}`;

/** The parked-events table, copied into the scratch schema so a rebuild parks beside too. */
export const PARKED_TABLE = 'projection_parked_events';

/** Where each table lives and its indexes, by shape (the definition without index name and table). */
export async function describeLiveTables(db: PoolClient, tables: readonly string[]): Promise<LiveTable[]> {
  const described: LiveTable[] = [];
  for (const table of tables) {
    const { rows } = await db.query<{ schema: string; name: string; oid: string }>(
      `SELECT n.nspname AS schema, c.relname AS name, c.oid::bigint AS oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.oid = to_regclass($1)`,
      [table],
    );
    if (rows.length === 0) throw new Error(`its table ${table} does not exist (migrations not run?)`);
    const oid = Number(rows[0].oid);
    described.push({ schema: rows[0].schema, name: rows[0].name, oid, indexes: await indexesOf(db, oid) });
  }
  return described;
}

async function indexesOf(db: PoolClient, oid: number): Promise<{ name: string; shape: string }[]> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT ic.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE i.indrelid = $1 ORDER BY ic.relname`,
    [oid],
  );
  return rows.map((r) => ({ name: r.name, shape: r.def.replace(/^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?\S+ /, 'CREATE $1INDEX ON ') }));
}

/**
 * A swap drops the live table and moves its copy in: what would not survive
 * that is refused up front, naming it — a view or foreign key depending on the
 * table (DROP would fail or cascade), a trigger (LIKE does not copy it), a
 * serial column (its sequence goes with the old table). Identity columns are
 * fine: the copy gets its own sequence, and a replay regenerates the values.
 */
export async function refuseUnswappable(db: PoolClient, tables: readonly LiveTable[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await db.query<{ what: string }>(
      `SELECT 'view ' || v.oid::regclass::text AS what FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
         WHERE d.refobjid = $1 AND v.oid <> $1
       UNION SELECT 'foreign key ' || conname FROM pg_constraint WHERE contype = 'f' AND (conrelid = $1 OR confrelid = $1)
       UNION SELECT 'trigger ' || tgname FROM pg_trigger WHERE tgrelid = $1 AND NOT tgisinternal
       UNION SELECT 'serial sequence ' || s.relname FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
         WHERE d.refobjid = $1 AND d.deptype = 'a'`,
      [table.oid],
    );
    if (rows.length > 0) {
      throw new Error(`its table ${table.name} cannot be built beside and swapped: ${rows.map((r) => r.what).join(', ')} depend(s) on it`);
    }
  }
}

/** A fresh scratch schema holding empty copies (columns, defaults, checks, indexes) of the tables. */
export async function createScratch(db: PoolClient, scratch: string, tables: readonly LiveTable[]): Promise<void> {
  await db.query(`DROP SCHEMA IF EXISTS ${ident(scratch)} CASCADE`);
  await db.query(`CREATE SCHEMA ${ident(scratch)}`);
  for (const table of tables) {
    await db.query(`CREATE TABLE ${ident(scratch)}.${ident(table.name)} (LIKE ${qualified(table)} INCLUDING ALL)`);
  }
  await db.query(`CREATE TABLE ${ident(scratch)}.${PARKED_TABLE} (LIKE ${PARKED_TABLE} INCLUDING ALL)`);
}

/**
 * Replaces each live table by its scratch copy (caller's transaction, tables
 * already locked) and gives the copies' indexes the live names back, so later
 * migrations naming an index or constraint still find it.
 */
export async function swapIn(db: PoolClient, scratch: string, tables: readonly LiveTable[]): Promise<void> {
  for (const table of tables) await db.query(`DROP TABLE ${qualified(table)}`);
  for (const table of tables) await db.query(`ALTER TABLE ${ident(scratch)}.${ident(table.name)} SET SCHEMA ${ident(table.schema)}`);
  const renames: { from: string; to: string; schema: string }[] = [];
  for (const table of tables) {
    const { rows } = await db.query<{ oid: string }>('SELECT to_regclass($1)::oid::bigint AS oid', [qualified(table)]);
    const moved = await indexesOf(db, Number(rows[0].oid));
    const unmatched = [...moved];
    for (const live of table.indexes) {
      const at = unmatched.findIndex((m) => m.shape === live.shape);
      if (at < 0) throw new Error(`the copy of ${table.name} has no index like ${live.name}`);
      const [copy] = unmatched.splice(at, 1);
      if (copy.name !== live.name) renames.push({ from: copy.name, to: live.name, schema: table.schema });
    }
  }
  // Two steps, so a generated name that happens to be another index's live name never collides.
  for (const [i, r] of renames.entries()) await db.query(`ALTER INDEX ${ident(r.schema)}.${ident(r.from)} RENAME TO ${ident(`rebuild_swap_${i}`)}`);
  for (const [i, r] of renames.entries()) await db.query(`ALTER INDEX ${ident(r.schema)}.${ident(`rebuild_swap_${i}`)} RENAME TO ${ident(r.to)}`);
}

/** The projection's parked events become those the rebuild parked. */
export async function replaceParked(db: PoolClient, scratch: string, projection: string, liveSchema: string): Promise<void> {
  await db.query(`DELETE FROM ${ident(liveSchema)}.${PARKED_TABLE} WHERE projection = $1`, [projection]);
  await db.query(`INSERT INTO ${ident(liveSchema)}.${PARKED_TABLE} SELECT * FROM ${ident(scratch)}.${PARKED_TABLE} WHERE projection = $1`, [projection]);
}
