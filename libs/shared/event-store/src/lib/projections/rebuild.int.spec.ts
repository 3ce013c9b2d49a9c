import { randomUUID } from 'node:crypto';
import { comparePositions, LogPosition, NewEvent, RecordedEvent } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { loadCheckpoint } from './checkpoints';
import { listParkedEvents } from './parked-events';
import { Projection, ProjectionSql } from './projection';
import { ProjectionRunner } from './projection-runner';
import { RebuildError, rebuildProjection } from './rebuild';

/** Counts events of one type per stream; refuses (CHECK) a negative total `weight`. */
class TallyProjection implements Projection {
  constructor(
    readonly name: string,
    private readonly table: string,
    private readonly type = 'Tallied',
  ) {}
  get eventTypes() {
    return [this.type];
  }
  get readModelTables() {
    return [this.table];
  }
  async apply(events: readonly RecordedEvent[], sql: ProjectionSql) {
    const ids = [...new Set(events.map((e) => e.streamId))];
    const { rows } = await sql.query<{ stream_id: string; count: number; weight: number; version: number }>(
      `SELECT stream_id, count, weight, version FROM ${this.table} WHERE stream_id = ANY($1)`,
      [ids],
    );
    const tallies = new Map(rows.map((r) => [r.stream_id, r]));
    for (const e of events) {
      const current = tallies.get(e.streamId) ?? { stream_id: e.streamId, count: 0, weight: 0, version: -1 };
      if (e.streamVersion <= current.version) continue;
      tallies.set(e.streamId, { ...current, count: current.count + 1, weight: current.weight + (e.data as { weight: number }).weight, version: e.streamVersion });
    }
    const values = [...tallies.values()];
    await sql.query(
      `INSERT INTO ${this.table} AS t (stream_id, count, weight, version)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[])
       ON CONFLICT (stream_id) DO UPDATE SET count = EXCLUDED.count, weight = EXCLUDED.weight, version = EXCLUDED.version
       WHERE t.version < EXCLUDED.version`,
      [values.map((v) => v.stream_id), values.map((v) => v.count), values.map((v) => v.weight), values.map((v) => v.version)],
    );
  }
}

const tallied = (weight = 1, type = 'Tallied'): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: { weight },
  metadata: { actorId: 't', roles: [], correlationId: 'c', causationId: null, occurredAt: new Date().toISOString() },
});

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  for (const table of ['test_tally', 'test_poisoned']) {
    await db.pool.query(`CREATE TABLE ${table} (stream_id text PRIMARY KEY, count int NOT NULL, weight int NOT NULL CHECK (weight >= 0), version int NOT NULL)`);
    await db.pool.query(`CREATE INDEX ${table}_by_count ON ${table} (count DESC, stream_id)`);
  }
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

async function readable(position: LogPosition): Promise<LogPosition> {
  for (let i = 0; i < 400 && comparePositions(await store.headPosition(), position) < 0; i++) await new Promise((r) => setTimeout(r, 50));
  return position;
}

const tallies = async (table: string) => {
  const { rows } = await db.pool.query<{ stream_id: string; count: number }>(`SELECT stream_id, count FROM ${table} ORDER BY stream_id`);
  return Object.fromEntries(rows.map((r) => [r.stream_id, r.count]));
};

describe('rebuilding a projection beside its live tables', () => {
  it('keeps answering from the full live tables during the rebuild, then swaps in a copy equal to the incremental one', async () => {
    const projection = new TallyProjection('test-tally', 'test_tally');
    for (let s = 0; s < 20; s++) await store.append(`t-${s}`, Array.from({ length: 30 }, () => tallied()), 'no_stream');
    await readable(await store.committedHeadPosition());
    const live = new ProjectionRunner(db.pool, store, [projection], { idleMs: 10 });
    await live.catchUp();
    const incremental = await tallies('test_tally');
    expect(Object.values(incremental).reduce((a, b) => a + b, 0)).toBe(600);
    live.start();

    const samples: number[] = [];
    let writes = 0;
    const outcome = await rebuildProjection(db.pool, store, projection, {
      batchSize: 25,
      onProgress: async () => {
        const { rows } = await db.pool.query<{ n: string }>('SELECT coalesce(sum(count), 0) AS n FROM test_tally');
        samples.push(Number(rows[0].n));
        // The log keeps growing while the rebuild runs; the live runner keeps applying it to the live tables.
        if (writes < 5) await store.append(`t-${writes++}`, [tallied()], 'any');
      },
    });
    await live.stop();

    expect(samples.length).toBeGreaterThan(10);
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(600);
    expect(outcome).toMatchObject({ projection: 'test-tally', parked: 0 });
    expect(outcome.events).toBeGreaterThanOrEqual(600);

    await readable(await store.committedHeadPosition());
    const after = new ProjectionRunner(db.pool, store, [projection]);
    await after.catchUp();
    await after.stop();
    const expected = { ...incremental };
    for (let s = 0; s < writes; s++) expected[`t-${s}`] += 1;
    expect(await tallies('test_tally')).toEqual(expected);
    expect(comparePositions(await loadCheckpoint(db.pool, 'test-tally'), await store.headPosition())).toBe(0);

    const { rows: indexes } = await db.pool.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'test_tally' ORDER BY indexname`);
    expect(indexes.map((i) => i.indexname)).toEqual(['test_tally_by_count', 'test_tally_pkey']);
    const { rows: schemas } = await db.pool.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(schemas).toEqual([]);
  });

  it('parks again, in the rebuilt copy, an event it cannot apply, and still ends', async () => {
    const projection = new TallyProjection('test-poisoned', 'test_poisoned', 'Weighed');
    await store.append('poison-a', [tallied(1, 'Weighed'), tallied(-5, 'Weighed'), tallied(1, 'Weighed')], 'no_stream');
    await readable((await store.append('poison-b', [tallied(1, 'Weighed'), tallied(1, 'Weighed')], 'no_stream')).logPosition);
    const live = new ProjectionRunner(db.pool, store, [projection]);
    await live.catchUp();
    await live.stop();
    const parkedLive = await listParkedEvents(db.pool, 'test-poisoned');
    expect(parkedLive.map((p) => [p.streamId, p.streamVersion])).toEqual([['poison-a', 1], ['poison-a', 2]]);
    // A parked row the rebuild will not find again (as if the code had been fixed meanwhile): it must go.
    await db.pool.query(
      `INSERT INTO projection_parked_events (projection, event_id, stream_id, stream_version, transaction_id, position, type, error)
       VALUES ('test-poisoned', $1, 'poison-b', 0, 1, 1, 'Tallied', 'stale')`,
      [randomUUID()],
    );

    const outcome = await rebuildProjection(db.pool, store, projection, { batchSize: 2 });

    expect(outcome.parked).toBe(2);
    const parkedAgain = await listParkedEvents(db.pool, 'test-poisoned');
    expect(parkedAgain.map((p) => [p.streamId, p.streamVersion, p.error.startsWith('[23514]') || p.error.startsWith('held')])).toEqual([
      ['poison-a', 1, true],
      ['poison-a', 2, true],
    ]);
    expect(await tallies('test_poisoned')).toEqual({ 'poison-a': 1, 'poison-b': 2 });
  });

  it('refuses, naming the projection and the table, to swap a table a view depends on, and leaves the live rows alone', async () => {
    const projection = new TallyProjection('test-tally', 'test_tally');
    const before = await tallies('test_tally');
    await db.pool.query('CREATE VIEW test_tally_view AS SELECT stream_id FROM test_tally');
    try {
      const failure = await rebuildProjection(db.pool, store, projection).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RebuildError);
      expect((failure as Error).message).toMatch(/"test-tally".*test_tally.*view test_tally_view/);
      expect(await tallies('test_tally')).toEqual(before);
      const { rows: schemas } = await db.pool.query(`SELECT 1 FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
      expect(schemas).toEqual([]);
    } finally {
      await db.pool.query('DROP VIEW test_tally_view');
    }
  });
});
