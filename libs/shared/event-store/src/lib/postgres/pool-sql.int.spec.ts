import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { PoolSql } from './pool-sql';

let db: TestDatabase;
let sql: PoolSql;

beforeAll(async () => {
  db = await createTestDatabase([]);
  sql = new PoolSql(db.pool);
  await sql.query('CREATE TABLE t (id int PRIMARY KEY, label text NOT NULL)');
});
afterAll(async () => {
  await db.drop();
});
beforeEach(async () => {
  await sql.query('TRUNCATE t');
});

describe('PoolSql, the Sql port over the app pool', () => {
  it('answers rows typed at the query site, RETURNING rows for an UPDATE', async () => {
    await sql.query('INSERT INTO t (id, label) VALUES ($1, $2), ($3, $4)', [1, 'un', 2, 'deux']);
    const rows = await sql.query<{ id: number; label: string }>('SELECT id, label FROM t ORDER BY id');
    expect(rows).toEqual([{ id: 1, label: 'un' }, { id: 2, label: 'deux' }]);
    expect(await sql.query('UPDATE t SET label = $2 WHERE id = $1 RETURNING id', [2, 'two'])).toEqual([{ id: 2 }]);
    expect(await sql.query('DELETE FROM t WHERE id = 99')).toEqual([]);
  });

  it('runs a named statement again with other values', async () => {
    await sql.query('INSERT INTO t (id, label) VALUES (1, $1), (2, $2)', ['un', 'deux']);
    const byId = (id: number) => sql.query<{ label: string }>('SELECT label FROM t WHERE id = $1', [id], { name: 'pool-sql-spec-by-id' });
    expect(await byId(1)).toEqual([{ label: 'un' }]);
    expect(await byId(2)).toEqual([{ label: 'deux' }]);
  });

  it('commits a transaction that resolves, on one connection', async () => {
    const pids = await sql.transaction(async (tx) => {
      await tx.query('INSERT INTO t (id, label) VALUES (1, $1)', ['un']);
      const [a] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const [b] = await tx.transaction((nested) => nested.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'));
      return [a.pid, b.pid];
    });
    expect(pids[0]).toBe(pids[1]);
    expect(await sql.query('SELECT id FROM t')).toEqual([{ id: 1 }]);
  });

  it('rolls back a transaction that throws, and gives the error back', async () => {
    const failing = sql.transaction(async (tx) => {
      await tx.query('INSERT INTO t (id, label) VALUES (1, $1)', ['un']);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await sql.query('SELECT id FROM t')).toEqual([]);
  });

  it('opens the transaction at the isolation level asked for', async () => {
    const [{ level }] = await sql.transaction((tx) => tx.query<{ level: string }>("SELECT current_setting('transaction_isolation') AS level"), 'REPEATABLE READ');
    expect(level).toBe('repeatable read');
  });
});
