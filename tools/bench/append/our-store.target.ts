import { PostgresEventStore } from '@maillage/shared/event-store';
import { NewEvent } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { AppendTarget } from './append-target';

export const POOL_SIZE = 10;

/** Our PostgresEventStore, used exactly as the command handlers use it. */
export function ourStoreTarget(url: string): AppendTarget {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  const store = new PostgresEventStore(pool);
  return {
    async append(streamId: string, version: number, events: readonly NewEvent[]) {
      await store.append(streamId, events, version < 0 ? 'no_stream' : version);
    },
    close: () => pool.end(),
  };
}
