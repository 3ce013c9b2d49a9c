import { randomUUID } from 'node:crypto';
import { LogPosition, NewEvent, comparePositions } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { Projection, ProjectionSql } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelWaiter } from './read-model-waiter';
import { resetProjection } from './rebuild';

/** Counts `Counted` events per stream, set-based and idempotent. */
class CounterProjection implements Projection {
  readonly name = 'test-counter';
  readonly eventTypes = ['Counted'];
  readonly readModelTables = ['test_counters'];
  batches = 0;
  async apply(events: readonly { streamId: string; streamVersion: number }[], sql: ProjectionSql) {
    this.batches++;
    const ids = [...new Set(events.map((e) => e.streamId))];
    const { rows } = await sql.query<{ stream_id: string; count: number; version: number }>(
      'SELECT stream_id, count, version FROM test_counters WHERE stream_id = ANY($1)',
      [ids],
    );
    const counters = new Map(rows.map((r) => [r.stream_id, { count: r.count, version: r.version }]));
    for (const e of events) {
      const current = counters.get(e.streamId) ?? { count: 0, version: -1 };
      if (e.streamVersion > current.version) counters.set(e.streamId, { count: current.count + 1, version: e.streamVersion });
    }
    await sql.query(
      `INSERT INTO test_counters AS c (stream_id, count, version)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[])
       ON CONFLICT (stream_id) DO UPDATE SET count = EXCLUDED.count, version = EXCLUDED.version
       WHERE c.version < EXCLUDED.version`,
      [[...counters.keys()], [...counters.values()].map((c) => c.count), [...counters.values()].map((c) => c.version)],
    );
  }
}

const event = (type: string): NewEvent => ({
  eventId: randomUUID(),
  type,
  data: {},
  metadata: { actorId: 't', roles: [], correlationId: 'c', causationId: null, occurredAt: new Date().toISOString() },
});

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  await db.pool.query('CREATE TABLE test_counters (stream_id text PRIMARY KEY, count int NOT NULL, version int NOT NULL)');
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

/** Other databases of the shared test cluster can hold the read horizon back: wait until `position` is readable. */
async function readable(position: LogPosition): Promise<void> {
  for (let i = 0; i < 400 && comparePositions(await store.headPosition(), position) < 0; i++) await new Promise((r) => setTimeout(r, 50));
}

async function counters(): Promise<Record<string, number>> {
  const { rows } = await db.pool.query<{ stream_id: string; count: number }>('SELECT stream_id, count FROM test_counters ORDER BY stream_id');
  return Object.fromEntries(rows.map((r) => [r.stream_id, r.count]));
}

describe('ProjectionRunner', () => {
  it('projects the log in batches and skips event types it does not handle', async () => {
    for (let s = 0; s < 5; s++) {
      await readable((await store.append(`c-${s}`, [event('Counted'), event('Ignored'), event('Counted')], 'no_stream')).logPosition);
    }
    const projection = new CounterProjection();
    const runner = new ProjectionRunner(db.pool, store, [projection], { batchSize: 3 });
    try {
      await runner.catchUp();
      expect(await counters()).toEqual({ 'c-0': 2, 'c-1': 2, 'c-2': 2, 'c-3': 2, 'c-4': 2 });
      expect(projection.batches).toBeGreaterThan(1);
    } finally {
      await runner.stop();
    }
  });

  it('rebuilds from zero to exactly the rows it had built incrementally', async () => {
    const runner = new ProjectionRunner(db.pool, store, [new CounterProjection()]);
    try {
      await readable((await store.append('c-0', [event('Counted')], 'any')).logPosition);
      await runner.catchUp();
      const incremental = await counters();
      expect(incremental['c-0']).toBe(3);
      await resetProjection(db.pool, new CounterProjection());
      expect(await counters()).toEqual({});
      await runner.catchUp();
      expect(await counters()).toEqual(incremental);
    } finally {
      await runner.stop();
    }
  });

  it('runs a projection in one instance only; a standby takes over when the owner stops', async () => {
    const first = new ProjectionRunner(db.pool, store, [new CounterProjection()], { idleMs: 10, standbyRetryMs: 50 });
    const second = new ProjectionRunner(db.pool, store, [new CounterProjection()], { idleMs: 10, standbyRetryMs: 50 });
    try {
    first.start();
    await new Promise((r) => setTimeout(r, 100));
    second.start();
    await new Promise((r) => setTimeout(r, 150));
    expect(first.ownedProjections).toEqual(['test-counter']);
    expect(second.ownedProjections).toEqual([]);
    await first.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(second.ownedProjections).toEqual(['test-counter']);
    const written = await store.append('c-9', [event('Counted')], 'no_stream');
    const waiter = new ReadModelWaiter(db.pool, ['test-counter'], second);
    expect(await waiter.waitFor(written.logPosition, 5000)).toBe(true);
    expect((await counters())['c-9']).toBe(1);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  it('tells a waiting request when the read models have not caught up in time', async () => {
    const written = await store.append('c-late', [event('Counted')], 'no_stream');
    const waiter = new ReadModelWaiter(db.pool, ['test-counter'], null);
    expect(await waiter.waitFor(written.logPosition, 100)).toBe(false);
  });
});
