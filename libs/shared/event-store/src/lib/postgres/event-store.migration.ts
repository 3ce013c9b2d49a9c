import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log. Global order is (transaction_id, global_position): a reader
 * only reads below the oldest transaction still running, so an event whose
 * transaction commits late is never skipped (identity values are handed out
 * before commit, so ordering by position alone would let readers jump past it).
 */
export class EventStore1764576000000 implements MigrationInterface {
  name = 'EventStore1764576000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_streams (
        stream_id text PRIMARY KEY,
        version bigint NOT NULL
      );
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL UNIQUE,
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        type text NOT NULL,
        schema_version int NOT NULL DEFAULT 1,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX events_log_order ON events (transaction_id, global_position);
      CREATE INDEX events_type_log_order ON events (type, transaction_id, global_position);

      -- Append-only, for every role that does not own the trigger: updates,
      -- deletes and truncation of the log fail.
      CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the event log is append-only (% refused on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'MA003';
      END $$;
      CREATE TRIGGER events_no_update BEFORE UPDATE OR DELETE ON events
        FOR EACH ROW EXECUTE FUNCTION events_are_append_only();
      CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
        FOR EACH STATEMENT EXECUTE FUNCTION events_are_append_only();

      -- One round trip per append: expected-version check, idempotent retry
      -- (same event ids → original positions, nothing added) and insert.
      CREATE FUNCTION append_to_stream(p_stream_id text, p_expected text, p_events jsonb)
      RETURNS TABLE (stream_version bigint, transaction_id xid8, global_position bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_count int := jsonb_array_length(p_events);
        v_current bigint;
        v_already int;
      BEGIN
        SELECT count(*) INTO v_already FROM events e
          WHERE e.event_id IN (SELECT (x->>'eventId')::uuid FROM jsonb_array_elements(p_events) x);
        IF v_already > 0 THEN
          IF v_already = v_count AND NOT EXISTS (
               SELECT 1 FROM events e
               WHERE e.event_id IN (SELECT (x->>'eventId')::uuid FROM jsonb_array_elements(p_events) x)
                 AND e.stream_id <> p_stream_id) THEN
            RETURN QUERY SELECT e.stream_version, e.transaction_id, e.global_position FROM events e
              WHERE e.event_id IN (SELECT (x->>'eventId')::uuid FROM jsonb_array_elements(p_events) x)
              ORDER BY e.stream_version;
            RETURN;
          END IF;
          RAISE EXCEPTION 'some of these event ids were already appended' USING ERRCODE = 'MA002';
        END IF;

        SELECT s.version INTO v_current FROM event_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
        IF NOT FOUND THEN
          IF p_expected <> 'any' AND p_expected <> 'no_stream' THEN
            RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'MA001',
              DETAIL = json_build_object('expected', p_expected, 'actual', 'no_stream')::text;
          END IF;
          INSERT INTO event_streams (stream_id, version) VALUES (p_stream_id, v_count - 1)
            ON CONFLICT ON CONSTRAINT event_streams_pkey DO NOTHING;
          IF FOUND THEN
            v_current := -1;
          ELSE
            -- Another writer created the stream between our read and insert.
            SELECT s.version INTO v_current FROM event_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
            IF p_expected = 'no_stream' THEN
              RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'MA001',
                DETAIL = json_build_object('expected', p_expected, 'actual', v_current)::text;
            END IF;
            UPDATE event_streams s SET version = v_current + v_count WHERE s.stream_id = p_stream_id;
          END IF;
        ELSE
          IF p_expected = 'no_stream' OR (p_expected ~ '^[0-9]+$' AND p_expected::bigint <> v_current) THEN
            RAISE EXCEPTION 'wrong expected version' USING ERRCODE = 'MA001',
              DETAIL = json_build_object('expected', p_expected, 'actual', v_current)::text;
          END IF;
          UPDATE event_streams s SET version = v_current + v_count WHERE s.stream_id = p_stream_id;
        END IF;

        RETURN QUERY INSERT INTO events AS e (event_id, stream_id, stream_version, type, schema_version, data, metadata)
          SELECT (x->>'eventId')::uuid, p_stream_id, v_current + t.ord, x->>'type',
                 coalesce((x->>'schemaVersion')::int, 1), x->'data', x->'metadata'
          FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(x, ord)
          ORDER BY t.ord
          RETURNING e.stream_version, e.transaction_id, e.global_position;
      END $$;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION append_to_stream(text, text, jsonb);
      DROP TABLE events;
      DROP FUNCTION events_are_append_only();
      DROP TABLE event_streams;
    `);
  }
}
