import { Client, ClientConfig, Pool, PoolConfig } from 'pg';

/** Bounds on every conversation with PostgreSQL, so a database that is away or frozen yields errors, not hung requests. */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP + start-up): a stopped or frozen server fails fast. */
  readonly connectTimeoutMs: number;
  /** Server-side cap on one statement (PostgreSQL `statement_timeout`). */
  readonly statementTimeoutMs: number;
  /** Server-side cap on a transaction left idle (a client that went away mid-transaction holds locks). */
  readonly idleInTransactionTimeoutMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = {
  connectTimeoutMs: 5_000,
  statementTimeoutMs: 10_000,
  idleInTransactionTimeoutMs: 60_000,
};

/** A frozen server cannot enforce its own statement timeout: the client gives up a little after it would have. */
const CLIENT_GRACE_MS = 2_000;

const READ_TIMEOUT = 'Query read timeout';

type QueryArgs = Parameters<Client['query']>;

/**
 * A pg client that never lives on after a client-side read timeout: pg
 * answers the caller but leaves the query in flight, so the connection would
 * go back to the pool busy and the next borrower would wait behind a frozen
 * server. Destroying the socket makes pg mark the client unusable, and the
 * pool discards it on release instead of handing it out again.
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    // A connection lost while checked out emits 'error' on the client; without a
    // listener Node would kill the process. The borrower sees the error on its
    // query; the pool drops the client on release (it is no longer queryable).
    this.on('error', () => undefined);
  }

  override query(...args: unknown[]): never {
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last] as (error: Error | null, result: unknown) => void;
      args[last] = (error: Error | null, result: unknown) => {
        this.dropAfterReadTimeout(error);
        callback(error, result);
      };
      return (super.query as (...a: unknown[]) => never)(...(args as QueryArgs));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...(args as QueryArgs));
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        this.dropAfterReadTimeout(error);
        throw error;
      }) as never;
    }
    return result as never;
  }

  private dropAfterReadTimeout(error: unknown): void {
    if (error instanceof Error && error.message === READ_TIMEOUT) {
      const self = this as unknown as { _queryable: boolean; connection: { stream: { destroy(): void } } };
      // At once, not when the socket reports closing: the caller may release the client in the same tick.
      self._queryable = false;
      self.connection.stream.destroy();
    }
  }
}

/** pg pool options carrying the timeouts. */
export function resilientPoolOptions(timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS): PoolConfig {
  return {
    Client: GuardedClient,
    connectionTimeoutMillis: timeouts.connectTimeoutMs,
    statement_timeout: timeouts.statementTimeoutMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
    query_timeout: timeouts.statementTimeoutMs + CLIENT_GRACE_MS,
    // Half-open connections (a server that vanished without a FIN) are found by the kernel.
    keepAlive: true,
  };
}

/**
 * The app's pool: bounded by the timeouts, and an 'error' listener on the
 * pool itself (idle clients losing their server report there; unheard, the
 * event would kill the process). The pool opens new connections on demand,
 * so it reconnects by itself once the server is back.
 */
export function createResilientPool(
  options: { connectionString: string; max: number; timeouts?: DatabaseTimeouts },
  onError: (error: Error) => void,
): Pool {
  const pool = new Pool({ connectionString: options.connectionString, max: options.max, ...resilientPoolOptions(options.timeouts) });
  pool.on('error', onError);
  return pool;
}
