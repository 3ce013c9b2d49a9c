import { LogPosition, RecordedEvent } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { ProjectionSql } from './projection';

/** An event a projection could not apply, waiting for a retry. */
export interface ParkedEvent {
  readonly projection: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly logPosition: LogPosition;
  readonly type: string;
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: string;
}

export interface ParkedCount {
  readonly projection: string;
  readonly events: number;
  readonly streams: number;
}

/*
 * The table is named without a schema on purpose: a rebuild runs the same
 * code with `search_path` pointing at its scratch schema first, so events it
 * parks land in its own copy and replace the live ones only at the swap.
 */

/** Of these streams, those with an event parked in this projection. */
export async function parkedStreamsAmong(sql: ProjectionSql, projection: string, streamIds: readonly string[]): Promise<Set<string>> {
  if (streamIds.length === 0) return new Set();
  const { rows } = await sql.query<{ stream_id: string }>(
    'SELECT DISTINCT stream_id FROM projection_parked_events WHERE projection = $1 AND stream_id = ANY($2::text[])',
    [projection, streamIds],
  );
  return new Set(rows.map((r) => r.stream_id));
}

/** The error kept for an event parked only because an earlier one of its stream is. */
export const heldBehind = (streamId: string): string => `held: an earlier event of stream ${streamId} is parked`;

/** Parks (or re-parks, counting the attempt) one event with the error that stopped it. */
export async function parkEvent(sql: ProjectionSql, projection: string, event: RecordedEvent, error: string): Promise<void> {
  await sql.query(
    `INSERT INTO projection_parked_events AS p (projection, event_id, stream_id, stream_version, transaction_id, position, type, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (projection, event_id) DO UPDATE SET error = EXCLUDED.error, attempts = p.attempts + 1, last_attempt_at = now()`,
    [projection, event.eventId, event.streamId, event.streamVersion, event.logPosition.transaction, event.logPosition.position, event.type, error],
  );
}

export async function unparkEvent(sql: ProjectionSql, projection: string, eventId: string): Promise<void> {
  await sql.query('DELETE FROM projection_parked_events WHERE projection = $1 AND event_id = $2', [projection, eventId]);
}

/** A projection's parked events in log order (per stream, that is stream order). */
export async function listParkedEvents(sql: ProjectionSql, projection: string, lock = false): Promise<ParkedEvent[]> {
  const { rows } = await sql.query<{
    projection: string; event_id: string; stream_id: string; stream_version: string; transaction_id: string; position: string;
    type: string; error: string; attempts: number; parked_at: Date;
  }>(
    `SELECT projection, event_id, stream_id, stream_version, transaction_id, position, type, error, attempts, parked_at
     FROM projection_parked_events WHERE projection = $1 ORDER BY transaction_id, position ${lock ? 'FOR UPDATE' : ''}`,
    [projection],
  );
  return rows.map((r) => ({
    projection: r.projection,
    eventId: r.event_id,
    streamId: r.stream_id,
    streamVersion: Number(r.stream_version),
    logPosition: { transaction: Number(r.transaction_id), position: Number(r.position) },
    type: r.type,
    error: r.error,
    attempts: r.attempts,
    parkedAt: r.parked_at.toISOString(),
  }));
}

/** Per projection with parked events: how many events and streams wait. */
export async function countParkedEvents(db: Pool): Promise<ParkedCount[]> {
  const { rows } = await db.query<{ projection: string; events: string; streams: string }>(
    `SELECT projection, count(*) AS events, count(DISTINCT stream_id) AS streams
     FROM projection_parked_events GROUP BY projection ORDER BY projection`,
  );
  return rows.map((r) => ({ projection: r.projection, events: Number(r.events), streams: Number(r.streams) }));
}

const PROJECTION_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * A sub-select of the stream ids a projection has parked events of, to put in
 * a read model's WHERE so the rows those streams concern are withheld (fail
 * closed): `… AND ('agentskills-' || s.agent_id) NOT IN (${parkedStreamsSql('competences')})`.
 * Set-based: evaluated once per query, not per row.
 */
export function parkedStreamsSql(projection: string): string {
  if (!PROJECTION_NAME.test(projection)) throw new Error(`Not a projection name: ${projection}`);
  return `SELECT stream_id FROM projection_parked_streams('${projection}') AS stream_id`;
}
