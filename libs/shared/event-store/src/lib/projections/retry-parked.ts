import { EventStore, RecordedEvent } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { lockCheckpoint } from './checkpoints';
import { heldBehind, listParkedEvents, parkEvent, unparkEvent } from './parked-events';
import { tryApply } from './apply-with-parking';
import { Projection, ProjectionSql } from './projection';
import { describeError } from './transient-errors';

export interface RetryParkedOutcome {
  readonly projection: string;
  /** Parked events tried. */
  readonly retried: number;
  /** Of those, applied now and removed from the parked events. */
  readonly applied: number;
  /** Still parked, with their new error (or held behind one that still fails). */
  readonly stillParked: number;
}

/**
 * Retries a projection's parked events, stream by stream in stream order,
 * in one transaction: each one that now applies is removed from the parked
 * events; the first that fails again keeps its new error and holds the rest
 * of its stream. Events are read again from the log (the parked table keeps
 * no copy). A transient failure rolls the whole retry back and is thrown.
 */
export async function retryParkedEvents(pool: Pool, store: EventStore, projection: Projection): Promise<RetryParkedOutcome> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // The runner's batches hold this row too: none runs while parked events are replayed.
    await lockCheckpoint(client, projection.name);
    const parked = await listParkedEvents(client, projection.name, true);
    const logs = new Map<string, Map<string, RecordedEvent>>();
    const blocked = new Set<string>();
    let applied = 0;
    for (const entry of parked) {
      if (!logs.has(entry.streamId)) logs.set(entry.streamId, new Map((await store.readStream(entry.streamId)).map((e) => [e.eventId, e])));
      const event = logs.get(entry.streamId)?.get(entry.eventId);
      if (!event) {
        blocked.add(entry.streamId);
        await touch(client, projection.name, entry.eventId, 'not found in the log any more');
        continue;
      }
      if (blocked.has(entry.streamId)) {
        await parkEvent(client, projection.name, event, heldBehind(event.streamId));
        continue;
      }
      const error = await tryApply(client, projection, [event]);
      if (error === null) {
        await unparkEvent(client, projection.name, event.eventId);
        applied++;
      } else {
        blocked.add(entry.streamId);
        await parkEvent(client, projection.name, event, describeError(error));
      }
    }
    await client.query('COMMIT');
    return { projection: projection.name, retried: parked.length, applied, stillParked: parked.length - applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function touch(sql: ProjectionSql, projection: string, eventId: string, error: string): Promise<void> {
  await sql.query(
    `UPDATE projection_parked_events SET error = $3, attempts = attempts + 1, last_attempt_at = now() WHERE projection = $1 AND event_id = $2`,
    [projection, eventId, error],
  );
}
