import { randomUUID } from 'node:crypto';
import { comparePositions, LogPosition, NewEvent, RecordedEvent } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { loadCheckpoint } from './checkpoints';
import { countParkedEvents, listParkedEvents, parkedStreamsSql } from './parked-events';
import { Projection, ProjectionSql } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelWaiter } from './read-model-waiter';
import { retryParkedEvents } from './retry-parked';

/**
 * Sums `Added` amounts per stream and keeps the versions it applied, in order.
 * The table refuses a negative total (a CHECK, like a read model refusing a
 * value); the code refuses an event without an amount (a TypeError, like a
 * projection meeting an unexpected shape); `failOnce` simulates a transient
 * database failure.
 */
class LedgerProjection implements Projection {
  readonly name = 'test-ledger';
  readonly eventTypes = ['Added'];
  readonly readModelTables = ['test_ledger'];
  failOnce: { code: string; message: string } | null = null;

  async apply(events: readonly RecordedEvent[], sql: ProjectionSql) {
    if (this.failOnce) {
      const failure = this.failOnce;
      this.failOnce = null;
      throw Object.assign(new Error(failure.message), { code: failure.code });
    }
    const ids = [...new Set(events.map((e) => e.streamId))];
    const { rows } = await sql.query<{ stream_id: string; total: number; versions: number[] }>(
      'SELECT stream_id, total, versions FROM test_ledger WHERE stream_id = ANY($1)',
      [ids],
    );
    const ledger = new Map(rows.map((r) => [r.stream_id, { total: r.total, versions: r.versions }]));
    for (const e of events) {
      const amount = (e.data as { amount?: number }).amount;
      if (typeof amount !== 'number') throw new TypeError(`Added without an amount in ${e.streamId}`);
      const current = ledger.get(e.streamId) ?? { total: 0, versions: [] };
      if (current.versions.includes(e.streamVersion)) continue;
      ledger.set(e.streamId, { total: current.total + amount, versions: [...current.versions, e.streamVersion] });
    }
    await sql.query(
      `INSERT INTO test_ledger AS l (stream_id, total, versions)
       SELECT s, t, ARRAY(SELECT jsonb_array_elements_text(v)::int) FROM unnest($1::text[], $2::int[], $3::jsonb[]) AS x(s, t, v)
       ON CONFLICT (stream_id) DO UPDATE SET total = EXCLUDED.total, versions = EXCLUDED.versions`,
      [[...ledger.keys()], [...ledger.values()].map((l) => l.total), [...ledger.values()].map((l) => JSON.stringify(l.versions))],
    );
  }
}

const added = (amount?: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'Added',
  data: amount === undefined ? {} : { amount },
  metadata: { actorId: 't', roles: [], correlationId: 'c', causationId: null, occurredAt: new Date().toISOString() },
});

let db: TestDatabase;
let store: PostgresEventStore;
beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  await db.pool.query('CREATE TABLE test_ledger (stream_id text PRIMARY KEY, total int NOT NULL CONSTRAINT never_negative CHECK (total >= 0), versions int[] NOT NULL)');
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

/** Other databases of the shared test cluster can hold the read horizon back: wait until `position` is readable. */
async function readable(position: LogPosition): Promise<LogPosition> {
  for (let i = 0; i < 400 && comparePositions(await store.headPosition(), position) < 0; i++) await new Promise((r) => setTimeout(r, 50));
  return position;
}
const append = async (stream: string, ...events: NewEvent[]) => readable((await store.append(stream, events, 'any')).logPosition);

async function ledger(): Promise<Record<string, { total: number; versions: number[] }>> {
  const { rows } = await db.pool.query<{ stream_id: string; total: number; versions: number[] }>('SELECT * FROM test_ledger ORDER BY stream_id');
  return Object.fromEntries(rows.map((r) => [r.stream_id, { total: r.total, versions: r.versions }]));
}

describe('ProjectionRunner with an event it cannot apply', () => {
  const projection = new LedgerProjection();
  const parkedBatches: number[] = [];
  const errors: unknown[] = [];
  let live: ProjectionRunner;
  beforeAll(() => {
    live = new ProjectionRunner(db.pool, store, [projection], {
      batchSize: 2,
      onParked: (_name, count) => parkedBatches.push(count),
      onError: (_name, error) => errors.push(error),
    });
  });
  afterAll(() => live.stop());

  it('parks the event with its error, parks the later events of its stream, applies the rest and moves the checkpoint on', async () => {
    await append('p-a', added(5));
    await append('p-b', added(3));
    await append('p-a', added(-10));
    await append('p-c', added());
    await append('p-d', added(2));
    await append('p-a', added(1));
    const head = await append('p-b', added(4));

    await live.catchUp();

    expect(await ledger()).toEqual({
      'p-a': { total: 5, versions: [0] },
      'p-b': { total: 7, versions: [0, 1] },
      'p-d': { total: 2, versions: [0] },
    });
    const parked = await listParkedEvents(db.pool, 'test-ledger');
    expect(parked.map((p) => [p.streamId, p.streamVersion])).toEqual([['p-a', 1], ['p-c', 0], ['p-a', 2]]);
    expect(parked[0].error).toMatch(/^\[23514\] .*never_negative/);
    expect(parked[1].error).toMatch(/TypeError|without an amount/);
    expect(parked[2].error).toBe('held: an earlier event of stream p-a is parked');
    expect(comparePositions(await loadCheckpoint(db.pool, 'test-ledger'), head)).toBe(0);
    expect(parkedBatches.reduce((a, b) => a + b, 0)).toBe(3);
    expect(errors).toEqual([]);
  });

  it('keeps parking a parked stream\'s new events, and tells a waiting write it was parked without waiting it out', async () => {
    const written = await append('p-a', added(1));
    await append('p-e', added(1));
    await live.catchUp();
    expect((await ledger())['p-e']).toEqual({ total: 1, versions: [0] });
    expect((await ledger())['p-a']).toEqual({ total: 5, versions: [0] });
    const started = Date.now();
    expect(await new ReadModelWaiter(db.pool, ['test-ledger'], null).waitFor(written, 20_000)).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await countParkedEvents(db.pool)).toEqual([{ projection: 'test-ledger', events: 4, streams: 2 }]);
    const { rows } = await db.pool.query<{ stream: string }>(`SELECT s AS stream FROM (${parkedStreamsSql('test-ledger')}) AS p(s) ORDER BY s`);
    expect(rows.map((r) => r.stream)).toEqual(['p-a', 'p-c']);
  });

  it('retries a transient failure instead of parking', async () => {
    const before = await loadCheckpoint(db.pool, 'test-ledger');
    const written = await append('p-t', added(9));
    projection.failOnce = { code: '40001', message: 'could not serialize access due to concurrent update' };
    await live.catchUp();
    expect(errors).toHaveLength(1);
    expect(comparePositions(await loadCheckpoint(db.pool, 'test-ledger'), before)).toBe(0);
    expect((await listParkedEvents(db.pool, 'test-ledger')).map((p) => p.streamId)).not.toContain('p-t');
    await live.catchUp();
    expect((await ledger())['p-t']).toEqual({ total: 9, versions: [0] });
    expect(comparePositions(await loadCheckpoint(db.pool, 'test-ledger'), written)).toBeGreaterThanOrEqual(0);
  });

  it('keeps what still fails parked with its new error when retried, and applies every event in stream order once fixed', async () => {
    const still = await retryParkedEvents(db.pool, store, projection);
    expect(still).toEqual({ projection: 'test-ledger', retried: 4, applied: 0, stillParked: 4 });
    expect((await listParkedEvents(db.pool, 'test-ledger')).map((p) => p.attempts)).toEqual([2, 2, 2, 2]);

    // The fix: a migration that accepts a negative total (the amount-less event still cannot apply).
    await db.pool.query('ALTER TABLE test_ledger DROP CONSTRAINT never_negative');
    const retried = await retryParkedEvents(db.pool, store, projection);
    expect(retried).toEqual({ projection: 'test-ledger', retried: 4, applied: 3, stillParked: 1 });
    expect((await ledger())['p-a']).toEqual({ total: -3, versions: [0, 1, 2, 3] });
    expect((await listParkedEvents(db.pool, 'test-ledger')).map((p) => p.streamId)).toEqual(['p-c']);

    // The next write of a repaired stream is applied again, not parked.
    await append('p-a', added(10));
    await live.catchUp();
    expect((await ledger())['p-a']).toEqual({ total: 7, versions: [0, 1, 2, 3, 4] });
  });
});
