import { RecordedEvent } from '@maillage/shared/kernel';
import { heldBehind, parkedStreamsAmong, parkEvent } from './parked-events';
import { Projection, ProjectionSql } from './projection';
import { describeError, isTransient } from './transient-errors';

/**
 * Applies a batch inside the caller's transaction so that one event the
 * projection cannot apply never stops it: the whole batch is tried first
 * (set-based, the usual case); when it fails for a reason of its own, it is
 * bisected under savepoints, in log order, down to the events that fail,
 * which are parked with their error while the rest is applied. A transient
 * failure (see `isTransient`) is rethrown: the caller rolls the batch back
 * and retries it, nothing is parked.
 *
 * Per-stream order is kept: once a stream has a parked event in this
 * projection, its later events are parked behind it (never applied out of
 * order), so a retry can replay them in order.
 *
 * Returns how many events were parked.
 */
export async function applyWithParking(sql: ProjectionSql, projection: Projection, events: readonly RecordedEvent[]): Promise<number> {
  const parked = await parkedStreamsAmong(sql, projection.name, [...new Set(events.map((e) => e.streamId))]);
  let count = 0;

  const park = async (event: RecordedEvent, error: string) => {
    await parkEvent(sql, projection.name, event, error);
    parked.add(event.streamId);
    count++;
  };

  const isolate = async (run: readonly RecordedEvent[]): Promise<void> => {
    const ready: RecordedEvent[] = [];
    for (const event of run) {
      if (parked.has(event.streamId)) await park(event, heldBehind(event.streamId));
      else ready.push(event);
    }
    if (ready.length === 0) return;
    const error = await tryApply(sql, projection, ready);
    if (error === null) return;
    if (ready.length === 1) {
      await park(ready[0], describeError(error));
      return;
    }
    const half = Math.ceil(ready.length / 2);
    await isolate(ready.slice(0, half));
    await isolate(ready.slice(half));
  };

  await isolate(events);
  return count;
}

/**
 * Applies `events` under a savepoint: null when they applied, else the error
 * (their writes undone, the transaction still usable). Transient errors are
 * thrown: the whole transaction must go.
 */
export async function tryApply(sql: ProjectionSql, projection: Projection, events: readonly RecordedEvent[]): Promise<unknown> {
  await sql.query('SAVEPOINT projection_apply');
  try {
    await projection.apply(events, sql);
    await sql.query('RELEASE SAVEPOINT projection_apply');
    return null;
  } catch (error) {
    if (isTransient(error)) throw error;
    await sql.query('ROLLBACK TO SAVEPOINT projection_apply');
    await sql.query('RELEASE SAVEPOINT projection_apply');
    return error ?? new Error('apply failed');
  }
}
