import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@maillage/shared/event-store';
import { EventMetadata, NewEvent, eventMetadataFor, systemActor, systemClock } from '@maillage/shared/kernel';
import { TownHall, TownHallStream, townHallEvents } from './town-hall';
import { Pool } from 'pg';

const WRITERS = 8;
const STREAMS_PER_TRANSACTION = 1000;

/** How the city's log is written: one multi-stream INSERT per 1,000 streams (default), or one store append per stream. */
export type CityLoadMode = 'bulk' | 'append';

export interface CityLoad {
  readonly mode: CityLoadMode;
  readonly units: number;
  readonly agents: number;
  readonly events: number;
  /** Running the commands through the deciders. */
  readonly decideMs: number;
  readonly writeMs: number;
}

const toNew = (stream: TownHallStream, metadata: EventMetadata): NewEvent[] =>
  stream.events.map((e) => ({ eventId: randomUUID(), type: e.type, data: e.data, metadata }));

/** Through the shipped store: one append per stream (a new stream each), 8 at a time. */
async function appendAll(store: PostgresEventStore, streams: readonly TownHallStream[], metadata: EventMetadata): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = next++; i < streams.length; i = next++) {
        await store.append(streams[i].streamId, toNew(streams[i], metadata), 'no_stream');
      }
    }),
  );
}

/**
 * The rows appends would leave (same tables and columns, stream versions from
 * 0, one transaction id per commit, event_streams at the last version), 1,000
 * streams per transaction, one transaction at a time so the log order is the
 * town hall's order.
 */
async function insertAll(pool: Pool, streams: readonly TownHallStream[], metadata: EventMetadata): Promise<void> {
  const meta = JSON.stringify(metadata);
  for (let from = 0; from < streams.length; from += STREAMS_PER_TRANSACTION) {
    const chunk = streams.slice(from, from + STREAMS_PER_TRANSACTION);
    const cols: unknown[][] = [[], [], [], [], [], []];
    for (const stream of chunk) {
      toNew(stream, metadata).forEach((e, version) =>
        [e.eventId, stream.streamId, version, e.type, JSON.stringify(e.data), meta].forEach((v, c) => cols[c].push(v)),
      );
    }
    await pool.query(
      `WITH streams AS (
         INSERT INTO event_streams (stream_id, version) SELECT unnest($7::text[]), unnest($8::bigint[])
       )
       INSERT INTO events (event_id, stream_id, stream_version, type, data, metadata)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::jsonb[], $6::jsonb[])`,
      [...cols, chunk.map((s) => s.streamId), chunk.map((s) => s.events.length - 1)],
    );
  }
}

/**
 * The generated city, through the domain deciders (townHallEvents). Every
 * unit is in the log before the first agent, so the directory projection
 * always knows an agent's unit (and direction) when it meets the agent.
 */
export async function loadCity(pool: Pool, townHall: TownHall, mode: CityLoadMode): Promise<CityLoad> {
  const t0 = Date.now();
  const streams = townHallEvents(townHall);
  const decideMs = Date.now() - t0;
  const metadata = eventMetadataFor(systemActor(`bench-city-${randomUUID()}`), systemClock);
  const units = streams.slice(0, townHall.orgUnits.length);
  const agents = streams.slice(units.length);
  const t1 = Date.now();
  if (mode === 'append') {
    const store = new PostgresEventStore(pool);
    await appendAll(store, units, metadata);
    await appendAll(store, agents, metadata);
  } else {
    await insertAll(pool, units, metadata);
    await insertAll(pool, agents, metadata);
  }
  return {
    mode,
    units: units.length,
    agents: agents.length,
    events: streams.reduce((n, s) => n + s.events.length, 0),
    decideMs,
    writeMs: Date.now() - t1,
  };
}
