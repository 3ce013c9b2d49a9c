import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a projection could not apply, kept with their error so the projection
 * goes on, and `projection_parked_streams(projection)`: the one way other
 * contexts ask which streams a read model is missing events of (to withhold
 * their rows). A set-returning SQL function, so the planner inlines it and a
 * `NOT IN (SELECT …)` runs as one hashed lookup, not a call per row.
 * No copy of the event's data is kept (it may be personal): a retry reads the
 * event again from the log by stream and id.
 */
export class ProjectionParking1764577100000 implements MigrationInterface {
  name = 'ProjectionParking1764577100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE projection_parked_events (
        projection text NOT NULL,
        event_id uuid NOT NULL,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        transaction_id bigint NOT NULL,
        position bigint NOT NULL,
        type text NOT NULL,
        error text NOT NULL,
        attempts int NOT NULL DEFAULT 1,
        parked_at timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, event_id)
      );
      CREATE INDEX projection_parked_events_stream ON projection_parked_events (projection, stream_id, stream_version);
      CREATE INDEX projection_parked_events_write ON projection_parked_events (transaction_id);

      CREATE FUNCTION projection_parked_streams(p_projection text) RETURNS SETOF text
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT DISTINCT stream_id FROM projection_parked_events WHERE projection = p_projection
      $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION projection_parked_streams(text); DROP TABLE projection_parked_events;');
  }
}
