import { randomUUID } from 'node:crypto';
import { LOG_START, LogPosition, NewEvent, comparePositions } from '@maillage/shared/kernel';
import { createTestDatabase, TestDatabase } from '@maillage/shared/testing';
import { eventStoreContract } from '../testing/event-store.contract';
import { upcastingContract } from '../testing/upcasting.contract';
import { EVENT_STORE_MIGRATIONS } from '../migrations';
import { PostgresEventStore } from './postgres-event-store';

// The power-of-ten test races other test files for transaction ids; a retry re-aims at the next boundary.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

let db: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  db = await createTestDatabase(EVENT_STORE_MIGRATIONS);
  store = new PostgresEventStore(db.pool);
});
afterAll(() => db.drop());

describe('PostgresEventStore contract', () => {
  eventStoreContract(() => store);
  upcastingContract((registry) => new PostgresEventStore(db.pool, registry));
});

describe('PostgresEventStore appending to several streams', () => {
  const event = (type: string): NewEvent => ({
    eventId: randomUUID(), type, data: {}, metadata: { actorId: 't', roles: [], correlationId: 'c', causationId: null, occurredAt: '2026-12-01T08:00:00.000Z' },
  });

  it('writes nothing when a later stream is refused, and names that stream', async () => {
    const [guard, agent] = [`guard-${randomUUID()}`, `agent-${randomUUID()}`];
    await store.append(agent, [event('A'), event('B')], 'no_stream');
    const attempt = store.appendToStreams([
      { streamId: guard, events: [event('G')], expected: 'no_stream' },
      { streamId: agent, events: [event('C')], expected: 0 },
    ]);
    await expect(attempt).rejects.toMatchObject({ streamId: agent, expected: 0, actual: 1 });
    expect(await store.readStream(guard)).toEqual([]);
    expect(await store.readStream(agent)).toHaveLength(2);
  });

  it('puts both streams in one transaction of the log', async () => {
    const [guard, agent] = [`guard-${randomUUID()}`, `agent-${randomUUID()}`];
    const [g, a] = await store.appendToStreams([
      { streamId: guard, events: [event('G')], expected: 'no_stream' },
      { streamId: agent, events: [event('A'), event('B')], expected: 'no_stream' },
    ]);
    expect([g.streamVersion, a.streamVersion]).toEqual([0, 1]);
    expect(g.logPosition.transaction).toBe(a.logPosition.transaction);
    expect(comparePositions(g.logPosition, a.logPosition)).toBeLessThan(0);
  });
});

/**
 * Other databases of the shared test cluster may hold transactions open, which
 * holds back what any reader may see: wait until our last append is readable.
 */
async function waitUntilReadable(position: LogPosition): Promise<void> {
  for (let i = 0; i < 400 && comparePositions(await store.headPosition(), position) < 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('PostgresEventStore specifics', () => {
  const newEvent = (type: string): NewEvent => ({
    eventId: randomUUID(),
    type,
    data: {},
    metadata: { actorId: 'test', roles: [], correlationId: 'c', causationId: null, occurredAt: new Date().toISOString() },
  });

  it('never lets a reader skip an event whose transaction commits after a later one', async () => {
    // Start where every earlier append is readable, so the reads below see only this test's events.
    await waitUntilReadable(await store.committedHeadPosition());
    const start = await store.headPosition();
    const slow = await db.pool.connect();
    try {
      await slow.query('BEGIN');
      // The slow writer takes its transaction id and position first...
      await slow.query(`SELECT * FROM append_to_stream($1, 'no_stream', $2)`, [
        `slow-${randomUUID()}`,
        JSON.stringify([newEvent('Slow')]),
      ]);
      // ...a fast writer commits after it...
      const fast = await store.append(`fast-${randomUUID()}`, [newEvent('Fast')], 'no_stream');
      // ...so a reader now must not see the fast event yet, or it would move its
      // checkpoint past the slow one and never read it.
      const early = await store.readAll({ after: start, limit: 10 });
      expect(early.events.map((e) => e.type)).toEqual([]);
      await slow.query('COMMIT');
      await waitUntilReadable(fast.logPosition);
      const late = await store.readAll({ after: early.next, limit: 10 });
      expect(late.events.map((e) => e.type)).toEqual(['Slow', 'Fast']);
    } finally {
      slow.release();
    }
  });

  it('reports a committed append as the committed head while an older transaction still hides it from readers', async () => {
    const older = await db.pool.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      const written = await store.append(`fast-${randomUUID()}`, [newEvent('Fast')], 'no_stream');
      // Readers must not see it yet (the older transaction could still append below it)...
      expect(comparePositions(await store.headPosition(), written.logPosition)).toBeLessThan(0);
      // ...but whoever waits for "every write so far" must wait for it.
      expect(comparePositions(await store.committedHeadPosition(), written.logPosition)).toBe(0);
    } finally {
      await older.query('ROLLBACK');
      older.release();
    }
  });

  it('reads events in numeric transaction order across a power-of-ten boundary (no page skips past 999 → 1000)', async () => {
    const { rows } = await db.pool.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
    const current = Number(rows[0].xid);
    // Too close to the next boundary to leave a margin: aim at the one after.
    const next = 10 ** String(current).length;
    const boundary = next - current < 1000 ? next * 10 : next;
    // A wide margin: other test files append concurrently in the same cluster.
    const target = boundary - 300;
    // Burning ids is cheap without waiting for the disk (test database only). The loop
    // watches the counter itself, not a count of its own ids: other files burn ids too.
    await db.pool.query(`DO $$ DECLARE x bigint; BEGIN
      LOOP SET LOCAL synchronous_commit = off; x := pg_current_xact_id()::text::bigint; COMMIT; EXIT WHEN x >= ${target}; END LOOP; END $$`);
    const start = await store.headPosition();
    const written: string[] = [];
    let last = start;
    for (let i = 0; i < 600; i++) {
      const e = newEvent('Burned');
      last = (await store.append(`digits-${randomUUID()}`, [e], 'no_stream')).logPosition;
      written.push(e.eventId);
    }
    await waitUntilReadable(last);
    const read: { eventId: string; logPosition: { transaction: number } }[] = [];
    for (let after = start; ; ) {
      const page = await store.readAll({ after, limit: 70, types: ['Burned'] });
      read.push(...page.events);
      if (page.events.length === 0) break;
      after = page.next;
    }
    // The precondition of the test: the appends really straddle the boundary.
    expect(Math.min(...read.map((e) => e.logPosition.transaction))).toBeLessThan(boundary);
    expect(Math.max(...read.map((e) => e.logPosition.transaction))).toBeGreaterThanOrEqual(boundary);
    expect(read.map((e) => e.eventId)).toEqual(written);
  });

  it('refuses to update, delete or truncate stored events', async () => {
    await store.append(`agent-${randomUUID()}`, [newEvent('A')], 'no_stream');
    await expect(db.pool.query(`UPDATE events SET type = 'Forged'`)).rejects.toMatchObject({ code: 'MA003' });
    await expect(db.pool.query('DELETE FROM events')).rejects.toMatchObject({ code: 'MA003' });
    await expect(db.pool.query('TRUNCATE events')).rejects.toMatchObject({ code: 'MA003' });
    const all = await store.readAll({ after: LOG_START, limit: 10000 });
    expect(all.events.every((e) => e.type !== 'Forged')).toBe(true);
  });
});
