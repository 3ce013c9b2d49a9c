import { NewEvent } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { AppendTarget } from './append-target';
import { POOL_SIZE } from './our-store.target';

/**
 * The floor: one multi-row INSERT per append into a copy of our `events`
 * table (same columns, defaults, identity, unique constraints and indexes),
 * with no version check and no stream table.
 */
export async function plainInsertTarget(url: string): Promise<AppendTarget> {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  await pool.query('CREATE TABLE plain_events (LIKE events INCLUDING ALL)');
  return {
    async append(streamId: string, version: number, events: readonly NewEvent[]) {
      const params: unknown[] = [];
      const rows = events.map((e, i) => {
        params.push(e.eventId, streamId, version + 1 + i, e.type, e.schemaVersion ?? 1, JSON.stringify(e.data), JSON.stringify(e.metadata));
        const p = i * 7;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7})`;
      });
      await pool.query(
        `INSERT INTO plain_events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
         VALUES ${rows.join(', ')}`,
        params,
      );
    },
    close: () => pool.end(),
  };
}
