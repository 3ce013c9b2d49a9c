import { PostgresDirectoryReadModel } from '@maillage/directory/infrastructure';
import { Pool, QueryConfig } from 'pg';
import { PoolSql } from '@maillage/shared/event-store';
import { SearchPage, pageOf } from './search-page';

/** One statement the read model ran, with its values. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface ShippedSearch {
  /** PostgresDirectoryReadModel.searchAgents, the app's own code, with a page of 20 as the web app asks. */
  search(text: string): Promise<SearchPage>;
  /** The statements one search runs, in order: what the bench explains. */
  statementsOf(text: string): Promise<Statement[]>;
  close(): Promise<void>;
}

/** The shipped read model over its own pool and `Sql` port (as the app builds it), `connections` pooled connections. */
export async function openShippedSearch(url: string, connections: number): Promise<ShippedSearch> {
  const pool = new Pool({ connectionString: url, max: connections });
  const directory = new PostgresDirectoryReadModel(new PoolSql(pool));
  // The port sends every statement through pool.query: record them there, while statementsOf asks.
  let recording: Statement[] | null = null;
  const query = pool.query.bind(pool) as (config: QueryConfig) => Promise<unknown>;
  pool.query = ((config: QueryConfig) => {
    recording?.push({ sql: config.text, params: config.values ?? [] });
    return query(config);
  }) as unknown as Pool['query'];

  const search = async (text: string) => {
    const page = await directory.searchAgents({ text, page: 1, pageSize: 20 });
    return pageOf(page.items, page.total);
  };
  return {
    search,
    async statementsOf(text) {
      recording = [];
      try {
        await search(text);
        return recording;
      } finally {
        recording = null;
      }
    },
    close: () => pool.end(),
  };
}
