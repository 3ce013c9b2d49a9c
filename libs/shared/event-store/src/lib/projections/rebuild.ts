import { Pool } from 'pg';
import { resetCheckpoint } from './checkpoints';
import { Projection } from './projection';

/**
 * Empties a projection's tables and moves its checkpoint back to the start,
 * in one transaction. Whichever instance runs the projection notices the moved
 * checkpoint and replays the whole log into the empty tables.
 */
export async function resetProjection(pool: Pool, projection: Projection): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (projection.readModelTables.length > 0) {
      await client.query(`TRUNCATE ${projection.readModelTables.map((t) => `"${t}"`).join(', ')}`);
    }
    await resetCheckpoint(client, projection.name);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
