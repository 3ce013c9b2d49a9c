import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { agentStream, sampleBatch } from '../sample-events';

const STREAMS_PER_TRANSACTION = 50;
const LOADERS = 8;

/**
 * Fills the log for a rebuild: many streams of `perStream` events, written
 * with one multi-row INSERT per transaction (50 streams at a time) on 8
 * connections. The rows are what appends would leave (same tables, ids,
 * versions, one transaction id per commit); the append path itself is what
 * the throughput section measures.
 */
export async function loadLog(pool: Pool, totalEvents: number, perStream: number): Promise<{ streams: number; ms: number }> {
  const streams = Math.ceil(totalEvents / perStream);
  const transactions = Math.ceil(streams / STREAMS_PER_TRANSACTION);
  let next = 0;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: LOADERS }, async () => {
      while (next < transactions) {
        const t = next++;
        const ids = Array.from({ length: Math.min(STREAMS_PER_TRANSACTION, streams - t * STREAMS_PER_TRANSACTION) }, () =>
          agentStream(randomUUID()),
        );
        await insertStreams(pool, ids, perStream, t * STREAMS_PER_TRANSACTION * perStream);
      }
    }),
  );
  return { streams, ms: Date.now() - start };
}

async function insertStreams(pool: Pool, streamIds: string[], perStream: number, firstSequence: number): Promise<void> {
  const cols: unknown[][] = [[], [], [], [], [], []];
  streamIds.forEach((streamId, s) => {
    sampleBatch(perStream, firstSequence + s * perStream).forEach((e, version) => {
      [e.eventId, streamId, version, e.type, JSON.stringify(e.data), JSON.stringify(e.metadata)].forEach((v, c) => cols[c].push(v));
    });
  });
  await pool.query(
    `WITH streams AS (
       INSERT INTO event_streams (stream_id, version) SELECT unnest($7::text[]), $8::bigint - 1
     )
     INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::jsonb[], $6::jsonb[])`,
    [...cols, streamIds, perStream],
  );
}
