/** Isolation levels a unit of work may ask for (PostgreSQL's names). */
export type SqlIsolation = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface SqlQueryOptions {
  /** Names the statement so each connection parses and plans it once: for hot queries whose planning is a real share of their cost. */
  readonly name?: string;
}

/**
 * The one way infrastructure code queries the database: plain SQL over the
 * app's single pool. The row type is stated at the query site; nothing checks
 * it against the schema (generated row types are not in scope).
 */
export interface Sql {
  /** The statement's rows, a fresh array the caller owns (an UPDATE/DELETE answers its RETURNING rows, or none). */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: SqlQueryOptions): Promise<Row[]>;
  /** Runs `work` on one connection inside a transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (sql: Sql) => Promise<T>, isolation?: SqlIsolation): Promise<T>;
}

export const SQL = Symbol('Sql');
