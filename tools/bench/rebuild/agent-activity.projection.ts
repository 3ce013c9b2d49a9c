import { Projection, ProjectionSql } from '@maillage/shared/event-store';
import { RecordedEvent } from '@maillage/shared/kernel';
import { SAMPLE_EVENT_TYPES } from '../sample-events';

export const AGENT_ACTIVITY_TABLE = 'agent_activity';

/** What the read model serves: how much each agent's card moved, and when last. */
export const CREATE_AGENT_ACTIVITY = `
  CREATE TABLE ${AGENT_ACTIVITY_TABLE} (
    stream_id text PRIMARY KEY,
    event_count bigint NOT NULL,
    last_version bigint NOT NULL,
    last_type text NOT NULL,
    last_actor_id text NOT NULL,
    last_occurred_at timestamptz NOT NULL
  )`;

/**
 * One statement per batch, whatever its size: the batch goes in as arrays,
 * is folded per stream, and upserted. Events at or below the version already
 * stored are ignored, so a replayed batch changes nothing.
 */
const UPSERT = `
  WITH batch AS (
    SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::timestamptz[])
      AS b(stream_id, version, type, actor_id, occurred_at)
  ), fresh AS (
    SELECT b.* FROM batch b LEFT JOIN ${AGENT_ACTIVITY_TABLE} a ON a.stream_id = b.stream_id
    WHERE b.version > coalesce(a.last_version, -1)
  ), folded AS (
    SELECT DISTINCT ON (stream_id) stream_id, version, type, actor_id, occurred_at,
           count(*) OVER (PARTITION BY stream_id) AS n
    FROM fresh ORDER BY stream_id, version DESC
  )
  INSERT INTO ${AGENT_ACTIVITY_TABLE} AS a (stream_id, event_count, last_version, last_type, last_actor_id, last_occurred_at)
  SELECT stream_id, n, version, type, actor_id, occurred_at FROM folded
  ON CONFLICT (stream_id) DO UPDATE SET
    event_count = a.event_count + excluded.event_count,
    last_version = excluded.last_version,
    last_type = excluded.last_type,
    last_actor_id = excluded.last_actor_id,
    last_occurred_at = excluded.last_occurred_at
  WHERE excluded.last_version > a.last_version`;

export const agentActivityProjection: Projection = {
  name: 'bench.agent-activity',
  eventTypes: SAMPLE_EVENT_TYPES,
  readModelTables: [AGENT_ACTIVITY_TABLE],
  async apply(events: readonly RecordedEvent[], sql: ProjectionSql) {
    await sql.query(UPSERT, [
      events.map((e) => e.streamId),
      events.map((e) => e.streamVersion),
      events.map((e) => e.type),
      events.map((e) => e.metadata.actorId),
      events.map((e) => e.metadata.occurredAt),
    ]);
  },
};
