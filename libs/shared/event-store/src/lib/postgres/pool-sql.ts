import { Sql, SqlIsolation, SqlQueryOptions } from '@maillage/shared/kernel';
import { Pool, PoolClient, QueryConfig } from 'pg';

const statement = (text: string, params: readonly unknown[] | undefined, options: SqlQueryOptions | undefined): QueryConfig => ({
  text,
  values: params ? [...params] : undefined,
  name: options?.name,
});

/** The `Sql` port over the app's pg pool (or, inside a transaction, over the one client holding it). */
export class PoolSql implements Sql {
  constructor(private readonly pool: Pool) {}

  async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<Row[]> {
    return (await this.pool.query(statement(text, params, options))).rows as Row[];
  }

  async transaction<T>(work: (sql: Sql) => Promise<T>, isolation?: SqlIsolation): Promise<T> {
    const client = await this.pool.connect();
    let broken: unknown;
    try {
      await client.query(isolation ? `BEGIN ISOLATION LEVEL ${isolation}` : 'BEGIN');
      const result = await work(new ClientSql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A failed ROLLBACK means the connection is unusable: it must not go back to the pool.
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  }
}

class ClientSql implements Sql {
  constructor(private readonly client: PoolClient) {}

  async query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<Row[]> {
    return (await this.client.query(statement(text, params, options))).rows as Row[];
  }

  /** Already in one: the work joins it, so a helper that opens a transaction composes with a caller that has one. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return work(this);
  }
}
